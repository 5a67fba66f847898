import type { Envelope } from '../domain/packages/envelope';
import type { BuurtgesprekDatabase } from './database';

/**
 * Coach feedback as the server gave it out, kept on the share until the page opens it. Everything
 * here works on the clear fields of `shares` and the still-sealed package, never on the data key:
 * the service worker runs it while the notes are locked. Apart from reviews.ts so that the worker
 * loads neither valibot nor the review format.
 */

/** A share to ask the server about, with the newest feedback this device already has for it. */
export interface ShareToAsk {
  shareId: string;
  /** When the newest feedback this device holds (opened or not) reached the server; null if none. */
  knownAt: number | null;
}

/**
 * Shares the server still keeps. Feedback read in from a file (no secrets) never was a share at
 * the server, so it is not asked for.
 */
export async function sharesToAsk(db: BuurtgesprekDatabase, now: number): Promise<ShareToAsk[]> {
  const records = await db.shares.where('expiresAt').above(now).toArray();
  return records
    .filter((record) => record.secrets !== null)
    .map((record) => ({ shareId: record.shareId, knownAt: newestKnown(record.feedbackAt, record.fetched) }));
}

function newestKnown(
  feedbackAt: number | null,
  fetched: { feedbackAt: number } | null | undefined,
): number | null {
  const times = [feedbackAt, fetched?.feedbackAt ?? null].filter((t): t is number => t !== null);
  return times.length === 0 ? null : Math.max(...times);
}

/**
 * Keeps feedback as it came, unopened, when it is newer than anything this device holds for the
 * share; a share erased meanwhile (consent withdrawn) gets nothing, nor one kept without its link
 * key ((d) withdrawn while the worker asked): nothing here could ever open it. Returns whether it
 * was kept.
 */
export async function keepFetchedFeedback(
  db: BuurtgesprekDatabase,
  shareId: string,
  feedback: Envelope,
  feedbackAt: number,
): Promise<boolean> {
  return db.transaction('rw', db.shares, async () => {
    const record = await db.shares.get(shareId);
    if (!record || record.secrets === null) return false;
    const known = newestKnown(record.feedbackAt, record.fetched);
    if (known !== null && known >= feedbackAt) return false;
    await db.shares.put({ ...record, fetched: { feedback, feedbackAt } });
    return true;
  });
}

/** Feedback fetched and not opened yet, oldest first. */
export async function fetchedFeedback(
  db: BuurtgesprekDatabase,
): Promise<{ shareId: string; feedback: Envelope; feedbackAt: number }[]> {
  const records = await db.shares.filter((record) => Boolean(record.fetched)).toArray();
  return records
    .flatMap((record) => (record.fetched ? [{ shareId: record.shareId, ...record.fetched }] : []))
    .sort((a, b) => a.feedbackAt - b.feedbackAt);
}

/** The fetched feedback has been opened and stored (or was older than what is): it is no longer waiting. */
export async function forgetFetchedFeedback(
  db: BuurtgesprekDatabase,
  shareId: string,
  feedbackAt: number,
): Promise<void> {
  await db.shares
    .where('shareId')
    .equals(shareId)
    .modify((record) => {
      if (record.fetched && record.fetched.feedbackAt <= feedbackAt) record.fetched = null;
    });
}
