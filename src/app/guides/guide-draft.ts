import type { Guide, GuidePhase } from '../../domain/guides/guide';
import type { ResidentProfile } from '../../domain/guides/profiles';
import type { GuideChanges } from '../../domain/guides/versions';
import type { ValueId } from '../../domain/values';

/**
 * A guide as the editor form holds it: plain strings as typed (probes one per line), turned into
 * a guide only on saving, so nothing the interviewer types is reshaped under their fingers.
 */
export interface PromptDraft {
  id: string;
  question: string;
  probes: string;
  hint: string;
  values: readonly ValueId[];
}

export interface SectionDraft {
  phase: GuidePhase;
  title: string;
  intro: string;
  prompts: readonly PromptDraft[];
}

export interface GuideDraft {
  title: string;
  description: string;
  residentProfile: ResidentProfile;
  sections: readonly SectionDraft[];
}

export function draftOf(guide: Guide): GuideDraft {
  return {
    title: guide.title,
    description: guide.description ?? '',
    residentProfile: guide.residentProfile,
    sections: guide.sections.map((section) => ({
      phase: section.phase,
      title: section.title,
      intro: section.intro ?? '',
      prompts: section.prompts.map((prompt) => ({
        id: prompt.id,
        question: prompt.question,
        probes: prompt.probes.join('\n'),
        hint: prompt.hint ?? '',
        values: prompt.values,
      })),
    })),
  };
}

const optional = (text: string): string | undefined => text.trim() || undefined;

export function changesOf(draft: GuideDraft): GuideChanges {
  return {
    title: draft.title.trim(),
    description: optional(draft.description),
    residentProfile: draft.residentProfile,
    sections: draft.sections.map((section) => ({
      phase: section.phase,
      title: section.title.trim(),
      intro: optional(section.intro),
      prompts: section.prompts.map((prompt) => ({
        id: prompt.id,
        question: prompt.question.trim(),
        probes: prompt.probes
          .split('\n')
          .map((probe) => probe.trim())
          .filter((probe) => probe !== ''),
        hint: optional(prompt.hint),
        values: prompt.values,
      })),
    })),
  };
}

export function sameChanges(a: GuideDraft, b: GuideDraft): boolean {
  return JSON.stringify(changesOf(a)) === JSON.stringify(changesOf(b));
}

/**
 * A new prompt's id: notes point at prompt ids across versions, so a new prompt must never reuse
 * the id of one removed earlier. A random part makes that so without reading old versions.
 */
export function newPrompt(draft: GuideDraft, phase: GuidePhase): PromptDraft {
  const used = new Set(draft.sections.flatMap((section) => section.prompts.map((prompt) => prompt.id)));
  let id: string;
  do id = `${phase}-${crypto.randomUUID().slice(0, 8)}`;
  while (used.has(id));
  return { id, question: '', probes: '', hint: '', values: [] };
}

export function withSection(
  draft: GuideDraft,
  index: number,
  change: (section: SectionDraft) => SectionDraft,
): GuideDraft {
  return {
    ...draft,
    sections: draft.sections.map((section, at) => (at === index ? change(section) : section)),
  };
}

export function movedPrompt(section: SectionDraft, index: number, by: -1 | 1): SectionDraft {
  const prompts = [...section.prompts];
  const [moved] = prompts.splice(index, 1);
  if (!moved) return section;
  prompts.splice(index + by, 0, moved);
  return { ...section, prompts };
}
