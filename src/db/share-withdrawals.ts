import { retryDelay, SYNC_RETRY } from '../domain/retry';
import type { SyncProblem } from '../domain/sharing/status';
import type { BuurtgesprekDatabase } from './database';
import type { ShareWithdrawalRecord } from './records';

/**
 * Ids of shares whose conversation was erased because consent was withdrawn, waiting for the
 * server to delete them (written by `eraseConversation`); retried like the outbox, without limit.
 */

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
