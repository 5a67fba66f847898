import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../i18n/locale';
import { type PhaseStop, phaseAt, phaseStops, type TalkStepKind } from './steps';

interface ConversationPositionProps {
  steps: readonly TalkStepKind[];
  index: number;
  onGo: (index: number) => void;
  /** Where the view starts after every step, so the phases and the question show together. */
  topRef: Ref<HTMLElement>;
}

/**
 * Where the conversation is, and a tap to any phase or to the wrap-up: a conversation does not
 * follow the guide in order, and twenty taps on "Volgende" to reach the end is nineteen too many.
 */
export function ConversationPosition({ steps, index, onGo, topRef }: ConversationPositionProps) {
  const t = useMessages();
  const current = phaseAt(steps, index);
  const prompts = steps.filter((step) => step.kind === 'prompt').length;
  const stops = phaseStops(steps);
  const wrapUp = stops.find((stop) => stop.phase === 'wrap-up');
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // The current phase in view within the row, which may scroll sideways on a phone.
    list.current
      ?.querySelector('[aria-current="step"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  const stopButton = (stop: PhaseStop, extra = '') => (
    <button
      type="button"
      class={`phase-stop${extra}`}
      aria-current={stop.phase === current ? 'step' : undefined}
      onClick={() => onGo(stop.index)}
    >
      {stop.phase === 'wrap-up' ? t.talk.wrapUp : t.talk.phase[stop.phase]}
    </button>
  );
  return (
    <nav class="talk-position" aria-label={t.talk.phases} ref={topRef}>
      <div class="phase-row">
        <ol class="phase-list" data-scrolls ref={list}>
          {stops
            .filter((stop) => stop.phase !== 'wrap-up')
            .map((stop) => (
              <li key={stop.phase}>{stopButton(stop)}</li>
            ))}
        </ol>
        {/* Always in reach: the end of a conversation is where most jumps go. */}
        {wrapUp && stopButton(wrapUp, ' phase-stop-end')}
      </div>
      <p class="step-count">
        {index < prompts
          ? t.talk.step(index + 1, prompts)
          : steps[index]?.kind === 'free'
            ? t.talk.freeNote
            : ''}
      </p>
    </nav>
  );
}
