import type { Guide, GuidePhase, GuidePrompt } from '../../domain/guides/guide';

/** The conversation as a path: every prompt of the guide in order, then a free note, then wrapping up. */
export type TalkStepKind =
  | { kind: 'prompt'; phase: GuidePhase; prompt: GuidePrompt }
  | { kind: 'free' }
  | { kind: 'wrap-up' };

export function stepsOf(guide: Guide | undefined): TalkStepKind[] {
  const prompts: TalkStepKind[] = (guide?.sections ?? []).flatMap((section) =>
    section.prompts.map((prompt) => ({ kind: 'prompt' as const, phase: section.phase, prompt })),
  );
  return [...prompts, { kind: 'free' }, { kind: 'wrap-up' }];
}
