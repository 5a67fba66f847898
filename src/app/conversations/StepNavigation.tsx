import { useMessages } from '../i18n/locale';
import type { TalkStepKind } from './steps';

interface StepNavigationProps {
  steps: readonly TalkStepKind[];
  index: number;
  onGo: (index: number) => void;
  /** The bar under the notepad, within thumb reach. */
  bottom?: boolean;
}

export function StepNavigation({ steps, index, onGo, bottom = false }: StepNavigationProps) {
  const t = useMessages();
  const last = steps.length - 1;
  return (
    <div class={bottom ? 'step-nav step-nav-bottom' : 'step-nav'}>
      <button type="button" class="button" disabled={index === 0} onClick={() => onGo(index - 1)}>
        {t.talk.previous}
      </button>
      {!bottom && <span class="step-count">{t.talk.step(index + 1, steps.length)}</span>}
      <button
        type="button"
        class="button button-primary"
        disabled={index === last}
        onClick={() => onGo(index + 1)}
      >
        {index === last - 1 ? t.talk.wrapUp : t.talk.next}
      </button>
    </div>
  );
}
