import { coachChecklistTally, coachReviews } from '../../db/reviews';
import { TECHNIQUE_CHECKLIST } from '../../domain/packages/review';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useLive } from '../use-live';

/** Across the coach's sent reviews: how often each point of technique was met. No resident data. */
export function CoachOverview({ dataKey }: { dataKey: CryptoKey }) {
  const t = useMessages();
  const r = t.review;
  const reviews = useLive((db) => coachReviews(db, dataKey), [dataKey]);
  const tally = useLive((db) => coachChecklistTally(db, dataKey), [dataKey]);
  if (!reviews || !tally) return null;
  return (
    <>
      <p>{r.overviewIntro}</p>
      {reviews.length === 0 ? (
        <p>{r.overviewEmpty}</p>
      ) : (
        <>
          <table class="circle-table">
            <caption>{r.checklistHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{r.checklistHeading}</th>
                <th scope="col">{r.answers.yes}</th>
                <th scope="col">{r.answers.partly}</th>
                <th scope="col">{r.answers.no}</th>
              </tr>
            </thead>
            <tbody>
              {TECHNIQUE_CHECKLIST.map((item) => (
                <tr key={item}>
                  <th scope="row">{r.checklist[item]}</th>
                  <td>{tally[item].yes}</td>
                  <td>{tally[item].partly}</td>
                  <td>{tally[item].no}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="sharing-list">
            {reviews.map((review) => (
              <li key={review.id}>
                <a href={review.id.startsWith('file-') ? '/review' : `/review/${review.id}`}>
                  {r.reviewOf(formatDate(review.package.conversation.date, language.value))}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/review">{r.openHeading}</a>
      </p>
    </>
  );
}
