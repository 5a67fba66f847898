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

export type PhaseStop = { phase: GuidePhase | 'wrap-up'; index: number };

/** Where each phase begins, and the wrap-up: the places a conversation jumps to. */
export function phaseStops(steps: readonly TalkStepKind[]): PhaseStop[] {
  const stops: PhaseStop[] = [];
  steps.forEach((step, index) => {
    if (step.kind === 'prompt' && !stops.some((stop) => stop.phase === step.phase)) {
      stops.push({ phase: step.phase, index });
    }
    if (step.kind === 'wrap-up') stops.push({ phase: 'wrap-up', index });
  });
  return stops;
}

/** The phase a step belongs to; the free note belongs to the last phase before it. */
export function phaseAt(steps: readonly TalkStepKind[], index: number): PhaseStop['phase'] | null {
  for (let at = index; at >= 0; at--) {
    const step = steps[at];
    if (step?.kind === 'prompt') return step.phase;
    if (step?.kind === 'wrap-up') return 'wrap-up';
  }
  return null;
}
