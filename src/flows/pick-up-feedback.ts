import type { BuurtgesprekDatabase } from '../db/database';
import { allOpenShares, storeFeedback } from '../db/reviews';
import { importPackageKey, openPackage } from '../domain/packages/envelope';
import { parseReviewFeedback } from '../domain/packages/review';
import { fetchShare } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Fetches coach feedback for the conversations this device shared: decrypted here with the key
 * that never left the device, then kept sealed with the data key. Returns how many came back.
 */
export async function pickUpFeedback(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  server: ServerAccess,
  now: number = Date.now(),
): Promise<number> {
  let found = 0;
  for (const share of await allOpenShares(db, key, now)) {
    // Feedback read in from a file has no share at the server to ask.
    if (share.keyEncoded === null) continue;
    const answer = await fetchShare(server.client, share.shareId, server.isOnline);
    if (!answer.ok || !answer.value.feedback) continue;
    const feedbackAt = Date.parse(answer.value.feedbackAt ?? '') || now;
    if (share.feedbackAt !== null && share.feedbackAt >= feedbackAt) continue;
    try {
      const packageKey = await importPackageKey(share.keyEncoded);
      const feedback = await openPackage('feedback', answer.value.feedback, packageKey, parseReviewFeedback);
      if (await storeFeedback(db, key, share.shareId, feedback, feedbackAt)) found++;
    } catch (error) {
      // A package that does not open is left on the server and reported, never half stored.
      console.warn('coach feedback could not be opened', error);
    }
  }
  return found;
}
