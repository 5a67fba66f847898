import { type ReviewFeedback, TECHNIQUE_CHECKLIST } from '../../domain/packages/review';
import { useMessages } from '../i18n/locale';

/** The checklist answers the coach gave; the items she left open fold away under one line. */
export function ChecklistAnswers({ checklist }: { checklist: ReviewFeedback['checklist'] }) {
  const reviewText = useMessages().review;
  const answered = TECHNIQUE_CHECKLIST.filter((item) => checklist[item].answer || checklist[item].remark);
  const open = TECHNIQUE_CHECKLIST.filter((item) => !answered.includes(item));
  return (
    <>
      {answered.length > 0 && (
        <dl class="feedback-checklist">
          {answered.map((item) => {
            const entry = checklist[item];
            return (
              <div key={item}>
                <dt>{reviewText.checklist[item]}</dt>
                <dd>
                  {entry.answer ? reviewText.answers[entry.answer] : reviewText.unanswered}
                  {entry.remark && ` — ${entry.remark}`}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {open.length > 0 && (
        <details class="feedback-open">
          <summary>
            {reviewText.unanswered} ({open.length})
          </summary>
          <ul>
            {open.map((item) => (
              <li key={item}>{reviewText.checklist[item]}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
