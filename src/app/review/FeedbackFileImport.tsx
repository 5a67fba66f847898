import { useState } from 'preact/hooks';
import { type ImportFeedbackProblem, importFeedbackFile } from '../../flows/import-feedback';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';

/**
 * On a conversation: reading in the feedback file a coach made for a review handed over as a file.
 * Folded away, since most feedback comes through the server by itself.
 */
export function FeedbackFileImport({
  conversationId,
  dataKey,
}: {
  conversationId: string;
  dataKey: CryptoKey;
}) {
  const reviewText = useMessages().review;
  const db = useDevice().db.value;
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'stored' | 'unchanged' | ImportFeedbackProblem | null>(null);

  const read = async (event: Event) => {
    event.preventDefault();
    if (!db || !file) return;
    setBusy(true);
    setOutcome(null);
    const result = await importFeedbackFile(db, dataKey, conversationId, await file.text(), password);
    setBusy(false);
    if (result.ok) {
      setPassword('');
      setOutcome(result.stored ? 'stored' : 'unchanged');
    } else setOutcome(result.problem);
  };

  return (
    <details class="feedback-import">
      <summary>{reviewText.importHeading}</summary>
      <p>{reviewText.importIntro}</p>
      <form onSubmit={(e) => void read(e)} noValidate>
        <div class="field">
          <label for="feedback-import-file">{reviewText.importFileLabel}</label>
          <input
            id="feedback-import-file"
            type="file"
            accept=".buurtgesprek,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <TextField
          id="feedback-import-password"
          type="password"
          autocomplete="off"
          label={reviewText.importPasswordLabel}
          value={password}
          onValue={setPassword}
        />
        <button type="submit" class="button" disabled={busy || !file || password === ''}>
          {reviewText.importButton}
        </button>
      </form>
      <div aria-live="polite">
        {outcome === 'stored' && <p class="notice-line">{reviewText.imported}</p>}
        {outcome === 'unchanged' && <p class="notice-line">{reviewText.importedBefore}</p>}
      </div>
      {outcome !== null && outcome !== 'stored' && outcome !== 'unchanged' && (
        <p class="warning" role="alert">
          {reviewText.importProblems[outcome]}
        </p>
      )}
    </details>
  );
}
