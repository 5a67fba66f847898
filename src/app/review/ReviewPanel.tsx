import { useEffect } from 'preact/hooks';
import { feedbackOf, markFeedbackSeen } from '../../db/reviews';
import type { Note } from '../../domain/note';
import { TECHNIQUE_CHECKLIST } from '../../domain/packages/review';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useLive } from '../use-live';

/** On a conversation: the way to a coach review, and the coach's feedback beside the notes once it is in. */
export function ReviewPanel({
  conversationId,
  notes,
  dataKey,
}: {
  conversationId: string;
  notes: readonly Note[];
  dataKey: CryptoKey;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const db = useDevice().db.value;
  const received = useLive(
    (database) => feedbackOf(database, dataKey, conversationId),
    [conversationId, dataKey],
  );

  useEffect(() => {
    if (!db || !received) return;
    for (const { share } of received)
      if (share.feedbackSeenAt === null) void markFeedbackSeen(db, share.shareId, Date.now());
  }, [db, received?.length]);

  return (
    <section class="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{reviewText.panelHeading}</h2>
      {received?.map(({ share, feedback }) => (
        <div class="feedback" key={share.shareId}>
          <h3>
            {reviewText.feedbackHeading} ({formatMoment(feedback.sentAt, language.value)})
          </h3>
          <dl class="feedback-checklist">
            {TECHNIQUE_CHECKLIST.map((item) => {
              const entry = feedback.checklist[item];
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
          {feedback.noteComments.length > 0 && (
            <ul class="review-notes">
              {feedback.noteComments.map((comment) => {
                const note = notes.find((n) => n.id === comment.noteId);
                return (
                  <li key={comment.noteId} class="review-note">
                    {note && <p class="review-text">{note.text}</p>}
                    <p class="review-comment-text">
                      <strong>{reviewText.noteComment}:</strong> {comment.text}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          {feedback.overall && (
            <p>
              <strong>{reviewText.overall}:</strong> {feedback.overall}
            </p>
          )}
          {feedback.tip && (
            <p>
              <strong>{reviewText.tip}:</strong> {feedback.tip}
            </p>
          )}
        </div>
      ))}
      <a class="button" href={`/gesprekken/${conversationId}/review`}>
        {reviewText.start}
      </a>
    </section>
  );
}
