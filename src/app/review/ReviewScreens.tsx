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
      <PassphraseGate forCoach landing={shareId !== undefined && <CoachLanding />}>
        {key && <CoachReview shareId={shareId ?? null} dataKey={key} />}
      </PassphraseGate>
    </Screen>
  );
}

/** What a coach who follows a review link needs to know before anything is asked of her. */
function CoachLanding() {
  const landing = useMessages().review.coachLanding;
  return (
    <section class="card" aria-labelledby="coach-landing">
      <h2 id="coach-landing">{landing.heading}</h2>
      <ol>
        {landing.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
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
