import type { RecordOutcome } from '../../flows/coach-records';
import { useCoachingMessages } from './messages';

/** Whether the review just sent reached the coach's account; nothing without an account. */
export function RecordedLine({ outcome }: { outcome: RecordOutcome | null }) {
  const t = useCoachingMessages().recorded;
  if (outcome === null || outcome === 'not-signed-in') return null;
  const text = outcome === 'recorded' ? t.recorded : outcome === 'waiting' ? t.waiting : t.signInAgain;
  return <p class={outcome === 'recorded' ? 'notice-line' : 'warning'}>{text}</p>;
}
