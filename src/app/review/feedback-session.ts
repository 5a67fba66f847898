import type { BuurtgesprekDatabase } from '../../db/database';
import { allOpenShares, storeFeedback } from '../../db/reviews';
import { importPackageKey, openPackage } from '../../domain/packages/envelope';
import { parseReviewFeedback } from '../../domain/packages/review';
import { sameOrigin } from '../../sync/api';
import { fetchShare } from '../../sync/blobs';
import { online } from '../connection';
import { dataKey } from '../session';

const EVERY_MS = 5 * 60_000;

/**
 * Fetches coach feedback for the conversations this device shared: decrypted here with the key
 * that never left the device, then kept sealed with the data key. Only while unlocked and online.
 */
export async function pickUpFeedback(db: BuurtgesprekDatabase, key: CryptoKey): Promise<number> {
  let found = 0;
  for (const share of await allOpenShares(db, key, Date.now())) {
    const answer = await fetchShare(sameOrigin(), share.shareId, () => navigator.onLine);
    if (!answer.ok || !answer.value.feedback) continue;
    const feedbackAt = Date.parse(answer.value.feedbackAt ?? '') || Date.now();
    if (share.feedbackAt !== null && share.feedbackAt >= feedbackAt) continue;
    try {
      const packageKey = await importPackageKey(share.keyEncoded);
      const feedback = await openPackage('feedback', answer.value.feedback, packageKey, parseReviewFeedback);
      await storeFeedback(db, key, share.shareId, feedback, feedbackAt);
      found++;
    } catch (error) {
      // A package that does not open is left on the server and reported, never half stored.
      console.warn('coach feedback could not be opened', error);
    }
  }
  return found;
}

export function watchFeedback(db: BuurtgesprekDatabase): void {
  const run = () => {
    const key = dataKey.value;
    if (key && online.value) void pickUpFeedback(db, key).catch((error) => console.warn(error));
  };
  dataKey.subscribe(run);
  online.subscribe(run);
  setInterval(run, EVERY_MS);
}
