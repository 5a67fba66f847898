import { useState } from 'preact/hooks';
import { readEnrolment } from '../../db/enrolment';
import { formatReviewCode, type ReviewCode } from '../../domain/review-code';
import { type ReviewLink, reviewLinkUrl, spokenCode } from '../../domain/review-link';
import { type ReviewChoices, shareForReview } from '../../flows/share-for-review';
import type { BlobProblem } from '../../sync/blobs';
import { online } from '../connection';
import { useDevice } from '../device';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { useLive } from '../use-live';

/** Sharing through the server: a link (or a code to read out) that carries the key in its fragment. */
export function ReviewOnline({ choices, dataKey }: { choices: ReviewChoices; dataKey: CryptoKey }) {
  const reviewText = useMessages().review;
  const device = useDevice();
  const db = device.db.value;
  const enrolment = useLive(readEnrolment, []);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<BlobProblem | null>(null);
  const [shared, setShared] = useState<{
    link: ReviewLink;
    code: ReviewCode | null;
    expiresAt: string;
  } | null>(null);
  const [copied, setCopied] = useState(false);

  const share = async () => {
    if (!db) return;
    setBusy(true);
    setProblem(null);
    // The flow seals what is stored: whatever the screen still holds goes in first.
    await device.saves.flush();
    const result = await shareForReview(db, dataKey, browserServer(), choices);
    setBusy(false);
    if (result.ok) setShared(result);
    else setProblem(result.problem);
  };

  const url = shared ? reviewLinkUrl(location.origin, shared.link) : '';
  return (
    <section class="card" aria-labelledby="review-online">
      <h2 id="review-online">{reviewText.shareOnline}</h2>
      {shared ? (
        <div role="status">
          <p>{reviewText.shared}</p>
          <p class="review-link">
            <a href={url}>{url}</a>
          </p>
          <div class="actions">
            {'share' in navigator && (
              // The system share sheet (messaging apps, mail) where the browser has one.
              <button
                type="button"
                class="button button-primary"
                onClick={() =>
                  void navigator.share({ title: reviewText.shareTitle, url }).catch(() => undefined)
                }
              >
                {reviewText.shareSheet}
              </button>
            )}
            <button
              type="button"
              class="button"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? reviewText.copied : reviewText.copy}
            </button>
          </div>
          <p>{reviewText.readAloud}</p>
          <p class="spoken-code">{shared.code ? formatReviewCode(shared.code) : spokenCode(shared.link)}</p>
          <p class="hint-line">
            {reviewText.expires(formatDate(shared.expiresAt.slice(0, 10), language.value))}
          </p>
        </div>
      ) : enrolment === null ? (
        <p>{reviewText.needsEnrolment}</p>
      ) : (
        <button
          type="button"
          class="button button-primary"
          disabled={busy || !online.value || !enrolment}
          onClick={() => void share()}
        >
          {busy ? reviewText.sharing : reviewText.shareOnline}
        </button>
      )}
      {problem && (
        <p class="warning" role="alert">
          {reviewText.problems[problem]}
        </p>
      )}
    </section>
  );
}
