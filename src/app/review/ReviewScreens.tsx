import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { PassphraseGate } from '../lock/PassphraseGate';
import { dataKey } from '../session';
import { CoachOverview } from './CoachOverview';
import { CoachReview } from './CoachReview';
import { ShareForReview } from './ShareForReview';

/** `/gesprekken/:id/review`: the interviewer shares a conversation with a coach. */
export function ShareForReviewScreen({ id }: { id: string }) {
  const t = useMessages();
  const key = dataKey.value;
  return (
    <Screen title={t.review.title}>
      <PassphraseGate>{key && <ShareForReview id={id} dataKey={key} />}</PassphraseGate>
    </Screen>
  );
}

/** `/review` and `/review/:shareId#<key>`: the coach opens a review; it is kept encrypted on their device. */
export function CoachReviewScreen({ shareId }: { shareId?: string }) {
  const t = useMessages();
  const key = dataKey.value;
  return (
    <Screen title={t.review.coachTitle}>
      <PassphraseGate>{key && <CoachReview shareId={shareId ?? null} dataKey={key} />}</PassphraseGate>
    </Screen>
  );
}

/** `/reviews`: the coach's reviews and how often each technique point was met. */
export function CoachOverviewScreen() {
  const t = useMessages();
  const key = dataKey.value;
  return (
    <Screen title={t.review.overviewTitle}>
      <PassphraseGate>{key && <CoachOverview dataKey={key} />}</PassphraseGate>
    </Screen>
  );
}
