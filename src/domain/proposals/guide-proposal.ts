import { anonymise, findPersonalDetails, type PiiType } from '../anonymiser';
import type { Guide, GuideLanguage } from '../guides/guide';

/**
 * A guide written on a device, proposed to the area's administrators for publication. Only
 * published guides can be named in a summary the server accepts, so until an administrator
 * publishes it, conversations that follow it wait. What leaves the device is the guide with every
 * free text (title, description, section titles and intros, questions, probes, hints) after the
 * anonymiser: the same function builds the preview and the request, so what is sent is what she saw.
 */
export type GuideProposalStatus = 'sent' | 'published' | 'rejected';

export interface GuideProposal {
  /** Made on the device; the server keeps it as the idempotency key of the send. */
  id: string;
  /** The version of her own guide that was proposed. */
  guideId: string;
  language: GuideLanguage;
  version: number;
  status: GuideProposalStatus;
  sentAt: number;
  /** The published version it became: the same id and version unless another guide held the id. */
  published?: { id: string; version: number };
  /** Why the administrators did not publish it, as they wrote it. */
  reason?: string;
}

export type GuideProposalOutcome =
  | { status: 'published'; guide: { id: string; version: number } }
  | { status: 'rejected'; reason: string };

/** One free text of a guide and where it sits, as a path in the request (`guide/sections/1/title`). */
export interface GuideText {
  path: string;
  text: string;
}

/** Every free text of a guide, each with its path: what the anonymiser must see before it leaves. */
export function guideTexts(guide: Guide): GuideText[] {
  const texts: GuideText[] = [{ path: 'guide/title', text: guide.title }];
  if (guide.description !== undefined) texts.push({ path: 'guide/description', text: guide.description });
  guide.sections.forEach((section, s) => {
    const at = `guide/sections/${s}`;
    texts.push({ path: `${at}/title`, text: section.title });
    if (section.intro !== undefined) texts.push({ path: `${at}/intro`, text: section.intro });
    section.prompts.forEach((prompt, p) => {
      const promptAt = `${at}/prompts/${p}`;
      texts.push({ path: `${promptAt}/question`, text: prompt.question });
      prompt.probes.forEach((probe, i) => {
        texts.push({ path: `${promptAt}/probes/${i}`, text: probe });
      });
      if (prompt.hint !== undefined) texts.push({ path: `${promptAt}/hint`, text: prompt.hint });
    });
  });
  return texts;
}

/** The guide as it would be sent: every free text after the anonymiser, ids and structure as they are. */
export function anonymisedGuide(guide: Guide): Guide {
  const clean = (text: string) => anonymise(text).text;
  return {
    ...guide,
    title: clean(guide.title),
    ...(guide.description === undefined ? {} : { description: clean(guide.description) }),
    sections: guide.sections.map((section) => ({
      ...section,
      title: clean(section.title),
      ...(section.intro === undefined ? {} : { intro: clean(section.intro) }),
      prompts: section.prompts.map((prompt) => ({
        ...prompt,
        question: clean(prompt.question),
        probes: prompt.probes.map(clean),
        ...(prompt.hint === undefined ? {} : { hint: clean(prompt.hint) }),
      })),
    })),
  };
}

/** Where the anonymiser still finds something, and which kinds: never the text itself. */
export function personalDetailsInGuide(guide: Guide): { path: string; kinds: PiiType[] }[] {
  return guideTexts(guide).flatMap(({ path, text }) => {
    const kinds = [...new Set(findPersonalDetails(text).map((found) => found.type))];
    return kinds.length === 0 ? [] : [{ path, kinds }];
  });
}

/** How many texts the anonymiser changed: the preview tells her, so she can look for them. */
export function changedTextCount(guide: Guide): number {
  const sent = guideTexts(anonymisedGuide(guide));
  return guideTexts(guide).filter((text, index) => sent[index]?.text !== text.text).length;
}

/**
 * What the administrators decided, as the server reports it. A decision is final: a later answer
 * never turns a published proposal back into a waiting or rejected one.
 */
export function withGuideOutcome(proposal: GuideProposal, outcome: GuideProposalOutcome): GuideProposal {
  if (proposal.status !== 'sent') return proposal;
  return outcome.status === 'published'
    ? { ...proposal, status: 'published', published: outcome.guide }
    : { ...proposal, status: 'rejected', reason: outcome.reason };
}

/** The proposal of this guide version, if any; a rejected one may be proposed again as a new one. */
export function proposalOfVersion(
  proposals: readonly GuideProposal[],
  guide: Pick<Guide, 'id' | 'language' | 'version'>,
): GuideProposal | undefined {
  return proposals
    .filter((p) => p.guideId === guide.id && p.language === guide.language && p.version === guide.version)
    .sort((a, b) => b.sentAt - a.sentAt)[0];
}
