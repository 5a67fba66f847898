import { useEffect, useRef, useState } from 'preact/hooks';
import { reviewsAwaitingFeedback, stopAwaitingFeedbackFiles } from '../../db/review-waiting';
import { feedbackOf, markFeedbackSeen } from '../../db/reviews';
import { type Conversation, changeCoachConsent, mayShareForReview } from '../../domain/conversation';
import type { Note } from '../../domain/note';
import { type CoachConsentWithdrawal, withdrawCoachConsent } from '../../flows/withdraw-coach-consent';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { syncNow } from '../sync-session';
import { useLive } from '../use-live';
import { ChecklistAnswers } from './ChecklistAnswers';
import { FeedbackComments } from './FeedbackComments';
import { FeedbackFileImport } from './FeedbackFileImport';
import { checkFeedbackNow } from './feedback-session';

/** On a conversation: the way to a coach review, and the coach's feedback beside the notes once it is in. */
export function ReviewPanel({
  conversation,
  notes,
  dataKey,
  onConsent,
  onWithdrawn,
}: {
  conversation: Conversation;
  notes: readonly Note[];
  dataKey: CryptoKey;
  /** The resident now agrees to a coach reading along (consent point d): the screen stores it. */
  onConsent: (next: Conversation) => void;
  /** She withdrew (d): the flow stored it; the screen shows the conversation as stored now. */
  onWithdrawn: (stored: Conversation) => void;
}) {
  const conversationId = conversation.id;
  const t = useMessages();
  const consentText = t.consent;
  const reviewText = t.review;
  const device = useDevice();
  const db = device.db.value;
  const [withdrawal, setWithdrawal] = useState<CoachConsentWithdrawal | null>(null);
  const [withdrawFailed, setWithdrawFailed] = useState(false);
  // The button pressed is gone once (d) is withdrawn: focus goes to what happened instead. A
  // failure is said there too, so a screen reader hears it where she is.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (withdrawal || withdrawFailed) outcomeRef.current?.focus();
  }, [withdrawal, withdrawFailed]);
  const received = useLive(
    (database) => feedbackOf(database, dataKey, conversationId),
    [conversationId, dataKey],
  );

  const awaiting = useLive(
    (database) => reviewsAwaitingFeedback(database, conversationId, Date.now()),
    [conversationId],
  );

  const withdrawConsent = async () => {
    if (!db) return;
    setWithdrawFailed(false);
    let done: CoachConsentWithdrawal | null;
    try {
      done = await withdrawCoachConsent(db, dataKey, conversationId, device.saves);
    } catch (error) {
      // The transaction stored nothing: (d) still holds, and she may try again.
      console.warn('withdrawing consent point (d) failed', error);
      setWithdrawFailed(true);
      return;
    }
    if (!done) return;
    onWithdrawn(done.conversation);
    setWithdrawal(done);
    // The server deletes the shares as soon as it can be reached, not at the next timer.
    void syncNow(false);
  };

  // Opening a shared conversation asks the server at once, not at the next timer.
  useEffect(() => {
    if (db) void checkFeedbackNow(db);
  }, [db, conversationId]);

  useEffect(() => {
    if (!db || !received) return;
    for (const { share } of received)
      if (share.feedbackSeenAt === null) void markFeedbackSeen(db, share.shareId, Date.now());
  }, [db, received?.length]);

  return (
    <section class="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{reviewText.panelHeading}</h2>
      {awaiting !== undefined && awaiting.online + awaiting.file > 0 && (
        <p class="feedback-waiting" role="status">
          {reviewText.feedbackWaiting}
        </p>
      )}
      {/* A review file may never be answered: she can stop waiting for it. */}
      {awaiting !== undefined && awaiting.file > 0 && db && (
        <button
          type="button"
          class="button"
          onClick={() => void stopAwaitingFeedbackFiles(db, conversationId)}
        >
          {reviewText.stopWaiting}
        </button>
      )}
      {received?.map(({ share, feedback }) => (
        <div class="feedback" key={share.shareId}>
          <h3>
            {reviewText.feedbackHeading} ({formatMoment(feedback.sentAt, language.value)})
          </h3>
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
          <FeedbackComments comments={feedback.comments} conversation={conversation} notes={notes} />
          <ChecklistAnswers checklist={feedback.checklist} />
        </div>
      ))}
      <div role="status" tabIndex={-1} ref={outcomeRef}>
        {withdrawFailed && <p class="warning">{reviewText.coachWithdrawFailed}</p>}
        {withdrawal && (
          <>
            <p>{reviewText.coachWithdrawn}</p>
            {withdrawal.withdrawn > 0 && <p>{reviewText.reviewsWithdrawn(withdrawal.withdrawn)}</p>}
            {withdrawal.files > 0 && <p>{reviewText.fileNotRecalled}</p>}
          </>
        )}
      </div>
      {/* Only where a review could have been handed over: with consent point (d), or practice. */}
      {mayShareForReview(conversation) && (
        <FeedbackFileImport conversationId={conversationId} dataKey={dataKey} />
      )}
      {conversation.practice ? (
        // No resident, so no consent point (d) to give or withdraw.
        <div class="actions">
          <a class="button" href={`/gesprekken/${conversationId}/review`}>
            {reviewText.start}
          </a>
        </div>
      ) : mayShareForReview(conversation) ? (
        <div class="actions">
          <a class="button" href={`/gesprekken/${conversationId}/review`}>
            {reviewText.start}
          </a>
          <button type="button" class="button" onClick={() => void withdrawConsent()}>
            {consentText.coachWithdraw}
          </button>
        </div>
      ) : (
        <>
          <p>{consentText.coachNotGiven}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              setWithdrawal(null);
              onConsent(changeCoachConsent(conversation, true, Date.now()));
            }}
          >
            {consentText.coachGive}
          </button>
        </>
      )}
    </section>
  );
}
