import type { BuurtgesprekDatabase } from '../db/database';
import { fetchedFeedback, forgetFetchedFeedback } from '../db/fetched-feedback';
import { shareOf, storeFeedback } from '../db/reviews';
import { importPackageKey, openPackage } from '../domain/packages/envelope';
import { parseReviewFeedback } from '../domain/packages/review';
import { fetchFeedback } from '../sync/feedback';
import type { ServerAccess } from './server-access';

/**
 * Brings in coach feedback for the conversations this device shared. What the service worker
 * fetched while the notes were locked is opened first, with no network; then, online, the server
 * is asked for anything newer. Opened here with the link key that never left the device, then
 * kept sealed with the data key. Returns how many came in.
 */
export async function pickUpFeedback(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  server: ServerAccess,
  now: number = Date.now(),
): Promise<number> {
  let found = await openFetched(db, key);
  if (!server.isOnline()) return found;
  const fetched = await fetchFeedback(db, server.client, server.isOnline, now);
  if (fetched.kept > 0) found += await openFetched(db, key);
  return found;
}

/** Opens what the service worker fetched and keeps it sealed with the data key. Returns how many were stored. */
export async function openFetched(db: BuurtgesprekDatabase, key: CryptoKey): Promise<number> {
  let opened = 0;
  for (const fetched of await fetchedFeedback(db)) {
    const share = await shareOf(db, key, fetched.shareId);
    if (!share) continue;
    if (!share.keyEncoded) {
      // Kept without its link key ((d) withdrawn): nothing can open it, so it waits no longer.
      await forgetFetchedFeedback(db, share.shareId, fetched.feedbackAt);
      continue;
    }
    try {
      const packageKey = await importPackageKey(share.keyEncoded);
      const feedback = await openPackage('feedback', fetched.feedback, packageKey, parseReviewFeedback);
      if (await storeFeedback(db, key, share.shareId, feedback, fetched.feedbackAt)) opened++;
      await forgetFetchedFeedback(db, share.shareId, fetched.feedbackAt);
    } catch (error) {
      // A package that does not open is never half stored; it waits until newer feedback replaces it.
      console.warn('coach feedback could not be opened', error);
    }
  }
  return opened;
}
