import { retryDelay, SYNC_RETRY } from '../domain/retry';
import type { SyncProblem } from '../domain/sharing/status';
import type { BuurtgesprekDatabase } from './database';
import type { ShareWithdrawalRecord } from './records';

/**
 * Ids of shares the server must delete because consent was withdrawn (the whole conversation,
 * `eraseConversation`, or only the coach's point (d), `withdrawCoachConsentHere`), waiting until it
 * has; retried like the outbox, without limit.
 */

/**
 * Queues the deletion at the server of every share of the conversation that the server was given.
 * A review handed over as a file, or feedback read in from one, has no secrets: it never was at
 * the server, so there is nothing to withdraw there. Call it inside a transaction over `shares`
 * and `shareWithdrawals` that then removes or changes those rows. Returns the ids queued.
 */
export async function queueShareWithdrawals(
  db: BuurtgesprekDatabase,
  conversationId: string,
  now: number,
): Promise<string[]> {
  const shareIds = (await db.shares.where('conversationId').equals(conversationId).toArray()).flatMap(
    (share) => (share.secrets ? [share.shareId] : []),
  );
  await db.shareWithdrawals.bulkPut(shareIds.map((shareId) => withdrawalOf(shareId, now)));
  return shareIds;
}

/**
 * Queues the deletion at the server of one share this device never kept: uploaded while consent
 * was withdrawn in another tab (`rememberShareIfConsented`).
 */
export async function queueShareWithdrawal(
  db: BuurtgesprekDatabase,
  shareId: string,
  now: number,
): Promise<void> {
  await db.shareWithdrawals.put(withdrawalOf(shareId, now));
}

function withdrawalOf(shareId: string, now: number): ShareWithdrawalRecord {
  return { shareId, createdAt: now, attempts: 0, nextAttemptAt: now, lastError: null };
}

export function dueShareWithdrawals(
  db: BuurtgesprekDatabase,
  now: number,
  limit = 100,
): Promise<ShareWithdrawalRecord[]> {
  return db.shareWithdrawals.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
}

export async function shareWithdrawalDone(db: BuurtgesprekDatabase, shareId: string): Promise<void> {
  await db.shareWithdrawals.delete(shareId);
}

export async function shareWithdrawalFailed(
  db: BuurtgesprekDatabase,
  shareId: string,
  problem: SyncProblem,
  now: number,
  random: () => number = Math.random,
): Promise<void> {
  await db.shareWithdrawals
    .where('shareId')
    .equals(shareId)
    .modify((entry) => {
      entry.attempts += 1;
      entry.lastError = problem;
      entry.nextAttemptAt = now + retryDelay(entry.attempts, SYNC_RETRY, random);
    });
}

/** When the next share withdrawal falls due, or null when none waits. */
export async function nextShareWithdrawalAt(db: BuurtgesprekDatabase): Promise<number | null> {
  const first = await db.shareWithdrawals.orderBy('nextAttemptAt').first();
  return first?.nextAttemptAt ?? null;
}

export function shareWithdrawalCount(db: BuurtgesprekDatabase): Promise<number> {
  return db.shareWithdrawals.count();
}
