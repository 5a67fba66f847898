import { useState } from 'preact/hooks';
import { type CoachReviewRecord, saveCoachReview } from '../../db/reviews';
import { type CommentTarget, commentOn, type FeedbackDraft, withComment } from '../../domain/packages/review';
import {
  type CoachProblem,
  closeCoachReview,
  openKeptReview,
  sendCoachFeedback,
} from '../../flows/review-as-coach';
import { RecordedLine } from '../coaching/RecordedLine';
import { useRecordSent } from '../coaching/use-record-sent';
import { useDevice, withDatabase } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { FeedbackFileReturn } from './FeedbackFileReturn';
import { ItemComment } from './ItemComment';
import { ReviewPackageView } from './ReviewPackageView';
import { TechniqueChecklist } from './TechniqueChecklist';

/**
 * The coach's feedback on an opened review: comments beside the notes, quotes, tags and obstacles,
 * the checklist; kept as a sealed draft on every change, and returned by the route the review
 * came: sent through the server for a link, downloaded as a file for a file.
 */
export function CoachFeedbackForm({
  record,
  dataKey,
  onChange,
  onWithdrawn,
}: {
  record: CoachReviewRecord;
  dataKey: CryptoKey;
  onChange: (next: CoachReviewRecord) => void;
  /** The server said the resident withdrew consent; the copy here is erased (or is erased now). */
  onWithdrawn: () => void;
}) {
  const reviewText = useMessages().review;
  const device = useDevice();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CoachProblem | null>(null);
  const [closed, setClosed] = useState(false);
  const recorded = useRecordSent(dataKey);
  const draft = record.feedback;

  const change = (next: FeedbackDraft) => {
    const updated = { ...record, feedback: next };
    onChange(updated);
    device.saves.save(`coach-review:${record.id}`, updated, (value) =>
      withDatabase(device, (db) => saveCoachReview(db, dataKey, value)),
    );
  };
  const setComment = (target: CommentTarget, text: string) => change(withComment(draft, target, text));
  const noteTarget = (noteId: string): CommentTarget => ({ kind: 'note', noteId });

  const send = async () => {
    const db = device.db.value;
    if (!db) return;
    setBusy(true);
    setProblem(null);
    const result = await sendCoachFeedback(db, dataKey, browserServer(), record, device.saves);
    setBusy(false);
    if (result.ok) {
      onChange(result.value);
      onChange(await recorded.record(result.value));
    } else if (result.problem === 'withdrawn') onWithdrawn();
    else setProblem(result.problem);
  };
  const close = async () => {
    const result = await closeCoachReview(browserServer(), record);
    if (result.ok) setClosed(true);
    else if (result.problem === 'withdrawn') {
      const db = device.db.value;
      // Asking again erases the copy here.
      if (db) await openKeptReview(db, dataKey, browserServer(), record.id);
      onWithdrawn();
    } else setProblem(result.problem);
  };

  return (
    <>
      <p class="hint-line">{reviewText.savedHere}</p>
      <section class="card" aria-labelledby="review-notes">
        <h2 id="review-notes">{reviewText.notesHeading}</h2>
        <ReviewPackageView
          review={record.package}
          besideNote={(note) => (
            <div class="field review-comment">
              <label for={`comment-${note.id}`}>{reviewText.noteComment}</label>
              <textarea
                id={`comment-${note.id}`}
                rows={2}
                value={commentOn(draft, noteTarget(note.id))}
                onInput={(e) => setComment(noteTarget(note.id), e.currentTarget.value)}
              />
            </div>
          )}
          comment={(target, about) => (
            <ItemComment
              target={target}
              about={about}
              value={commentOn(draft, target)}
              onValue={(text) => setComment(target, text)}
            />
          )}
        />
      </section>
      <TechniqueChecklist draft={draft} onChange={change} />
      {record.keyEncoded === null && (
        <FeedbackFileReturn
          record={record}
          dataKey={dataKey}
          onChange={onChange}
          onMade={async (made) => onChange(await recorded.record(made))}
        />
      )}
      <div aria-live="polite">
        {record.sentAt !== null && record.keyEncoded !== null && (
          <p class="notice-line">{reviewText.sent(formatMoment(record.sentAt, language.value))}</p>
        )}
        <RecordedLine outcome={recorded.outcome} />
        {closed && <p class="notice-line">{reviewText.closed}</p>}
        {problem && (
          <p class="warning" role="alert">
            {reviewText.problems[problem]}
          </p>
        )}
      </div>
      {record.replyToken && (
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            disabled={busy || closed}
            onClick={() => void send()}
          >
            {busy ? reviewText.sending : reviewText.sendFeedback}
          </button>
          <button type="button" class="button" disabled={closed} onClick={() => void close()}>
            {reviewText.closeReview}
          </button>
        </div>
      )}
    </>
  );
}
