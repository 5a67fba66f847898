import { useEffect, useState } from 'preact/hooks';
import type { CoachReviewRecord } from '../../db/reviews';
import {
  type CoachProblem,
  type CoachResult,
  openKeptReview,
  openReviewFile,
  openReviewLink,
} from '../../flows/review-as-coach';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { CoachFeedbackForm } from './CoachFeedbackForm';

/** Opens a review from a link (`/review/<id>#<key>`), a typed code, or a file, and keeps it encrypted here. */
export function CoachReview({ shareId, dataKey }: { shareId: string | null; dataKey: CryptoKey }) {
  const t = useMessages();
  const reviewText = t.review;
  const device = useDevice();
  const db = device.db.value;
  const [record, setRecord] = useState<CoachReviewRecord | null>(null);
  const [problem, setProblem] = useState<CoachProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');

  const opened = (result: CoachResult<CoachReviewRecord>) => {
    setBusy(false);
    if (result.ok) setRecord(result.value);
    else setProblem(result.problem);
  };
  const openLink = async (text: string) => {
    if (!db) return;
    setBusy(true);
    setProblem(null);
    const result = await openReviewLink(db, dataKey, browserServer(), text);
    // The link left the address bar when it was read; kept in memory, "Openen" tries it again.
    if (!result.ok && result.problem !== 'withdrawn') setCode(text);
    opened(result);
  };
  /** The resident withdrew consent: the copy here is erased, and the coach is told so. */
  const gone = () => {
    setRecord(null);
    setProblem('withdrawn');
  };
  const openFile = async (event: Event) => {
    event.preventDefault();
    if (!db || !file) return;
    setBusy(true);
    setProblem(null);
    const result = await openReviewFile(db, dataKey, await file.text(), password);
    if (result.ok) setPassword('');
    opened(result);
  };

  useEffect(() => {
    if (!shareId || !db) return;
    if (location.hash.length > 1) {
      const link = `${location.pathname}${location.hash}`;
      // The key must not stay in the address bar, the history or a screenshot of either; once
      // opened, the review opens again here from its sealed copy at /review/<id>.
      history.replaceState(history.state, '', location.pathname + location.search);
      void openLink(link);
    } else {
      void openKeptReview(db, dataKey, browserServer(), shareId).then((kept) => {
        if (!kept.ok) setProblem(kept.problem);
        else if (kept.value) setRecord(kept.value);
      });
    }
  }, [shareId, db]);

  if (record) {
    return <CoachFeedbackForm record={record} dataKey={dataKey} onChange={setRecord} onWithdrawn={gone} />;
  }

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
