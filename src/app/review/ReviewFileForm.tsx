import { useState } from 'preact/hooks';
import { PASSPHRASE_MIN_LENGTH } from '../../domain/passphrase';
import { type FilePasswordProblem, type ReviewChoices, reviewFile } from '../../flows/share-for-review';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { download } from '../download';
import { useMessages } from '../i18n/locale';

/** The same copy as a file sealed with a password, for handing over without the server. */
export function ReviewFileForm({ choices, dataKey }: { choices: ReviewChoices; dataKey: CryptoKey }) {
  const reviewText = useMessages().review;
  const device = useDevice();
  const db = device.db.value;
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FilePasswordProblem | null>(null);
  const [made, setMade] = useState(false);

  const makeFile = async (event: Event) => {
    event.preventDefault();
    if (!db) return;
    setBusy(true);
    setProblem(null);
    // The flow seals what is stored: whatever the screen still holds goes in first.
    await device.saves.flush();
    const result = await reviewFile(db, dataKey, choices, password, again);
    setBusy(false);
    if (!result.ok) {
      if (result.problem !== 'unknown') setProblem(result.problem);
      return;
    }
    download(result.fileName, 'application/json', result.content);
    setPassword('');
    setAgain('');
    setMade(true);
  };

  const problems = reviewText.filePasswordProblems;
  return (
    <section class="card" aria-labelledby="review-file">
      <h2 id="review-file">{reviewText.fileHeading}</h2>
      <p>{reviewText.fileIntro}</p>
      <form onSubmit={(e) => void makeFile(e)} noValidate>
        <TextField
          id="file-password"
          type="password"
          autocomplete="new-password"
          label={reviewText.filePassword}
          value={password}
          onValue={setPassword}
        />
        <TextField
          id="file-password-again"
          type="password"
          autocomplete="new-password"
          label={reviewText.filePasswordAgain}
          value={again}
          onValue={setAgain}
          error={
            problem === 'too-short'
              ? problems['too-short'](PASSPHRASE_MIN_LENGTH)
              : problem === 'mismatch'
                ? problems.mismatch
                : null
          }
        />
        <button type="submit" class="button" disabled={busy}>
          {reviewText.fileExport}
        </button>
        <div role="status">{made && <p>{reviewText.fileMade}</p>}</div>
      </form>
    </section>
  );
}
