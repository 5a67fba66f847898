import { useEffect, useState } from 'preact/hooks';
import { type CoachReviewRecord, coachReview, saveCoachReview } from '../../db/reviews';
import {
  envelopeFromFile,
  importPackageKey,
  openPackage,
  openWithPassphrase,
  PackageError,
  type PackageProblem,
  sealPackage,
  sha256Base64url,
} from '../../domain/packages/envelope';
import {
  type ChecklistAnswer,
  emptyFeedback,
  parseReviewPackage,
  type ReviewFeedback,
  TECHNIQUE_CHECKLIST,
} from '../../domain/packages/review';
import { parseReviewLink, replyTokenInput } from '../../domain/review-link';
import { sameOrigin } from '../../sync/api';
import { type BlobProblem, closeShare, fetchShare, sendFeedback } from '../../sync/blobs';
import { TextField } from '../components/TextField';
import { useDevice, withDatabase } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { ReviewPackageView } from './ReviewPackageView';

type Problem = BlobProblem | PackageProblem;
type Draft = Omit<ReviewFeedback, 'sentAt'>;

function problemOf(error: unknown): Problem {
  if (error instanceof PackageError) return error.problem;
  throw error;
}

/** Opens a review from a link (`/review/<id>#<key>`), a typed code, or a file, and keeps it encrypted here. */
export function CoachReview({ shareId, dataKey }: { shareId: string | null; dataKey: CryptoKey }) {
  const t = useMessages();
  const reviewText = t.review;
  const device = useDevice();
  const db = device.db.value;
  const [record, setRecord] = useState<CoachReviewRecord | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');

  const openLink = async (text: string) => {
    if (!db) return;
    const link = parseReviewLink(text);
    if (!link) return setProblem('malformed');
    setBusy(true);
    setProblem(null);
    try {
      const kept = await coachReview(db, dataKey, link.shareId);
      if (kept) return setRecord(kept);
      const answer = await fetchShare(sameOrigin(), link.shareId, () => navigator.onLine);
      if (!answer.ok) return setProblem(answer.problem);
      const key = await importPackageKey(link.key);
      const review = await openPackage('review', answer.value.package, key, parseReviewPackage);
      const opened: CoachReviewRecord = {
        id: link.shareId,
        openedAt: Date.now(),
        package: review,
        feedback: emptyFeedback(),
        sentAt: null,
        keyEncoded: link.key,
        replyToken: await sha256Base64url(replyTokenInput(link.key)),
      };
      await saveCoachReview(db, dataKey, opened);
      setRecord(opened);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (event: Event) => {
    event.preventDefault();
    if (!db || !file) return;
    setBusy(true);
    setProblem(null);
    try {
      const envelope = envelopeFromFile(await file.text());
      const review = await openWithPassphrase('review', envelope, password, parseReviewPackage);
      const opened: CoachReviewRecord = {
        id: `file-${review.conversation.id}-${review.sharedAt}`,
        openedAt: Date.now(),
        package: review,
        feedback: emptyFeedback(),
        sentAt: null,
        keyEncoded: null,
        replyToken: null,
      };
      await saveCoachReview(db, dataKey, opened);
      setPassword('');
      setRecord(opened);
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (shareId && location.hash.length > 1) void openLink(`${location.pathname}${location.hash}`);
    else if (shareId && db) void coachReview(db, dataKey, shareId).then((kept) => kept && setRecord(kept));
  }, [shareId, db]);

  if (record) return <ReviewForm record={record} dataKey={dataKey} onChange={setRecord} />;

  return (
    <>
      {busy && <p role="status">{reviewText.opening}</p>}
      {problem && (
        <p class="warning" role="alert">
          {reviewText.problems[problem]}
        </p>
      )}
      <section class="card" aria-labelledby="open-review">
        <h2 id="open-review">{reviewText.openHeading}</h2>
        <p>{reviewText.openIntro}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void openLink(code);
          }}
          noValidate
        >
          <TextField
            id="review-code"
            label={reviewText.codeLabel}
            value={code}
            onValue={setCode}
            autocomplete="off"
          />
          <button type="submit" class="button button-primary" disabled={busy || code.trim() === ''}>
            {reviewText.open}
          </button>
        </form>
      </section>
      <section class="card" aria-labelledby="open-review-file">
        <h2 id="open-review-file">{reviewText.openFile}</h2>
        <form onSubmit={(event) => void openFile(event)} noValidate>
          <div class="field">
            <label for="review-file">{reviewText.fileLabel}</label>
            <input
              id="review-file"
              type="file"
              accept=".buurtgesprek,application/json"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <TextField
            id="review-file-password"
            type="password"
            autocomplete="off"
            label={reviewText.filePasswordLabel}
            value={password}
            onValue={setPassword}
          />
          <button type="submit" class="button" disabled={busy || !file || password === ''}>
            {reviewText.openFileButton}
          </button>
        </form>
      </section>
    </>
  );
}

function ReviewForm({
  record,
  dataKey,
  onChange,
}: {
  record: CoachReviewRecord;
  dataKey: CryptoKey;
  onChange: (next: CoachReviewRecord) => void;
}) {
  const t = useMessages();
  const reviewText = t.review;
  const device = useDevice();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [closed, setClosed] = useState(false);
  const draft = record.feedback;

  const change = (next: Draft) => {
    const updated = { ...record, feedback: next };
    onChange(updated);
    device.saves.save(`coach-review:${record.id}`, updated, (value) =>
      withDatabase(device, (db) => saveCoachReview(db, dataKey, value)),
    );
  };
  const comment = (noteId: string) => draft.noteComments.find((c) => c.noteId === noteId)?.text ?? '';
  const setComment = (noteId: string, text: string) =>
    change({
      ...draft,
      noteComments: [
        ...draft.noteComments.filter((c) => c.noteId !== noteId),
        ...(text ? [{ noteId, text }] : []),
      ],
    });

  const send = async () => {
    if (!record.keyEncoded || !record.replyToken) return;
    setBusy(true);
    setProblem(null);
    const sentAt = Date.now();
    const key = await importPackageKey(record.keyEncoded);
    const envelope = await sealPackage('feedback', { ...draft, sentAt }, key);
    const answer = await sendFeedback(
      sameOrigin(),
      record.id,
      record.replyToken,
      envelope,
      () => navigator.onLine,
    );
    setBusy(false);
    if (!answer.ok) return setProblem(answer.problem);
    const updated = { ...record, sentAt };
    onChange(updated);
    await device.saves.flush();
    await withDatabase(device, (db) => saveCoachReview(db, dataKey, updated));
  };
  const close = async () => {
    if (!record.replyToken) return;
    const answer = await closeShare(sameOrigin(), record.id, record.replyToken, () => navigator.onLine);
    if (!answer.ok && answer.problem !== 'expired') return setProblem(answer.problem);
    setClosed(true);
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
                value={comment(note.id)}
                onInput={(e) => setComment(note.id, e.currentTarget.value)}
              />
            </div>
          )}
        />
      </section>
      <section class="card" aria-labelledby="review-checklist">
        <h2 id="review-checklist">{reviewText.checklistHeading}</h2>
        {TECHNIQUE_CHECKLIST.map((item) => {
          const entry = draft.checklist[item];
          const set = (patch: Partial<typeof entry>) =>
            change({ ...draft, checklist: { ...draft.checklist, [item]: { ...entry, ...patch } } });
          return (
            <fieldset class="checklist-item" key={item}>
              <legend>{reviewText.checklist[item]}</legend>
              <div class="choice-group">
                {(['yes', 'partly', 'no'] as ChecklistAnswer[]).map((answer) => (
                  <label class="choice" key={answer}>
                    <input
                      type="radio"
                      name={`check-${item}`}
                      checked={entry.answer === answer}
                      onChange={() => set({ answer })}
                    />
                    <span>{reviewText.answers[answer]}</span>
                  </label>
                ))}
              </div>
              <label class="inline-remark">
                <span>{reviewText.remark}</span>
                <input
                  type="text"
                  value={entry.remark}
                  onInput={(e) => set({ remark: e.currentTarget.value })}
                />
              </label>
            </fieldset>
          );
        })}
        <div class="field">
          <label for="review-overall">{reviewText.overall}</label>
          <textarea
            id="review-overall"
            rows={3}
            value={draft.overall}
            onInput={(e) => change({ ...draft, overall: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="review-tip">{reviewText.tip}</label>
          <textarea
            id="review-tip"
            rows={2}
            value={draft.tip}
            onInput={(e) => change({ ...draft, tip: e.currentTarget.value })}
          />
        </div>
      </section>
      <div aria-live="polite">
        {record.sentAt !== null && (
          <p class="notice-line">{reviewText.sent(formatMoment(record.sentAt, language.value))}</p>
        )}
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
