import { useState } from 'preact/hooks';
import type { CoachReviewRecord } from '../../db/reviews';
import { coachFeedbackFile } from '../../flows/review-as-coach';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { download } from '../download';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';

/**
 * A review that came as a file goes back as one: the feedback sealed with the review file's
 * password, downloaded here and handed to the interviewer, who reads it in on her conversation.
 * It can be made again after a revision; the newer file replaces the older one there.
 */
export function FeedbackFileReturn({
  record,
  dataKey,
  onChange,
  onMade,
}: {
  record: CoachReviewRecord;
  dataKey: CryptoKey;
  onChange: (next: CoachReviewRecord) => void;
  /** The file was made: the review counts as sent (for the coach's account, if any). */
  onMade: (made: CoachReviewRecord) => void;
}) {
  const reviewText = useMessages().review;
  const device = useDevice();
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const make = async (event: Event) => {
    event.preventDefault();
    const db = device.db.value;
    if (!db) return;
    setBusy(true);
    setMissing(false);
    const result = await coachFeedbackFile(db, dataKey, record, device.saves, password || null);
    setBusy(false);
    if (!result.ok) {
      setMissing(true);
      return;
    }
    download(result.fileName, 'application/json', result.content);
    setPassword('');
    onChange(result.value);
    onMade(result.value);
  };

  return (
    <section class="card" aria-labelledby="feedback-file">
      <h2 id="feedback-file">{reviewText.feedbackFile}</h2>
      <p>{reviewText.fileReturnIntro}</p>
      <form onSubmit={(e) => void make(e)} noValidate>
        {record.filePassword === null && (
          <TextField
            id="feedback-file-password"
            type="password"
            autocomplete="off"
            label={reviewText.filePasswordLabel}
            value={password}
            onValue={setPassword}
            error={missing ? reviewText.fileReturnNeedsPassword : null}
          />
        )}
        <button type="submit" class="button button-primary" disabled={busy}>
          {reviewText.fileReturnButton}
        </button>
      </form>
      <div role="status">
        {record.sentAt !== null && (
          <p class="notice-line">{reviewText.fileReturnMade(formatMoment(record.sentAt, language.value))}</p>
        )}
      </div>
    </section>
  );
}
