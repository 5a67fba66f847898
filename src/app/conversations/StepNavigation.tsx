import { useMessages } from '../i18n/locale';
import type { TalkStepKind } from './steps';

interface StepNavigationProps {
  steps: readonly TalkStepKind[];
  index: number;
  onGo: (index: number) => void;
}

/** Previous and next, under the notepad and tags: within thumb reach. */
export function StepNavigation({ steps, index, onGo }: StepNavigationProps) {
  const t = useMessages();
  const last = steps.length - 1;
  return (
    <div class="step-nav step-nav-bottom">
      <button type="button" class="button" disabled={index === 0} onClick={() => onGo(index - 1)}>
        {t.talk.previous}
      </button>
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
