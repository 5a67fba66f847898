import { MyTrend } from '../coaching/MyTrend';
import { useCoachingMessages } from '../coaching/messages';
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
      {/* The landing says what happens by every route: a link lands here with its share id, a
          coach with a code or a file comes to /review itself. */}
      <PassphraseGate forCoach landing={<CoachLanding />}>
        {key && <CoachReview shareId={shareId ?? null} dataKey={key} />}
      </PassphraseGate>
    </Screen>
  );
}

/** What a coach who opens a review (link, code or file) needs to know before anything is asked of her. */
function CoachLanding() {
  const landing = useCoachingMessages().landing;
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

/** `/mijn-ontwikkeling`: the interviewer's own trend over the feedback this device received. */
export function MyTrendScreen() {
  const t = useCoachingMessages().trend;
  const key = dataKey.value;
  return (
    <Screen title={t.title}>
      <PassphraseGate>{key && <MyTrend dataKey={key} />}</PassphraseGate>
    </Screen>
  );
}
