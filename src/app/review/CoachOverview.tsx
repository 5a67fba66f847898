import { useEffect, useState } from 'preact/hooks';
import { coachChecklistTally, coachReviews } from '../../db/reviews';
import { TECHNIQUE_CHECKLIST } from '../../domain/packages/review';
import { checkCoachReviews } from '../../flows/review-as-coach';
import { CoachAccountSection } from '../coaching/CoachAccountSection';
import { useCoachingMessages } from '../coaching/messages';
import { online } from '../connection';
import { useDevice } from '../device';
import { formatDate, formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { useLive } from '../use-live';

/** Across the coach's sent reviews: how often each point of technique was met. No resident data. */
export function CoachOverview({ dataKey }: { dataKey: CryptoKey }) {
  const t = useMessages();
  const reviewText = t.review;
  const coaching = useCoachingMessages();
  const reviews = useLive((db) => coachReviews(db, dataKey), [dataKey]);
  const tally = useLive((db) => coachChecklistTally(db, dataKey), [dataKey]);
  const db = useDevice().db.value;
  const [erased, setErased] = useState(0);
  // Reviews whose resident withdrew consent are erased here as soon as the server says so.
  useEffect(() => {
    if (db && online.value) void checkCoachReviews(db, dataKey, browserServer()).then(setErased);
  }, [db, dataKey]);
  if (!reviews || !tally) return null;
  return (
    <>
      {erased > 0 && (
        <p class="notice-line" role="status">
          {reviewText.withdrawnErased(erased)}
        </p>
      )}
      <CoachAccountSection />
      <h2>{coaching.overview.localHeading}</h2>
      <p>{reviewText.overviewIntro}</p>
      {reviews.length === 0 ? (
        <p>{reviewText.overviewEmpty}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: wider than a phone, the table scrolls by itself, not the page; a scrollable region must take focus so the keyboard can scroll it (WCAG 2.1.1, axe scrollable-region-focusable). */}
          <section class="table-scroll" aria-labelledby="coach-tally-caption" tabIndex={0}>
            <table class="circle-table">
              <caption id="coach-tally-caption">{reviewText.checklistHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{reviewText.checklistHeading}</th>
                  <th scope="col">{reviewText.answers.yes}</th>
                  <th scope="col">{reviewText.answers.partly}</th>
                  <th scope="col">{reviewText.answers.no}</th>
                </tr>
              </thead>
              <tbody>
                {TECHNIQUE_CHECKLIST.map((item) => (
                  <tr key={item}>
                    <th scope="row">{reviewText.checklist[item]}</th>
                    <td>{tally[item].yes}</td>
                    <td>{tally[item].partly}</td>
                    <td>{tally[item].no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ul class="sharing-list">
            {reviews.map((review) => (
              <li key={review.id}>
                {/* A review from a file reopens from its sealed copy here, like one from a link. */}
                <a href={`/review/${review.id}`}>
                  {reviewText.reviewOf(formatDate(review.package.conversation.date, language.value))}
                </a>{' '}
                <span class="hint-line">
                  (
                  {review.sentAt === null
                    ? reviewText.reviewDraft
                    : reviewText.reviewAnswered(formatMoment(review.sentAt, language.value))}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/review">{reviewText.openHeading}</a>
      </p>
    </>
  );
}
