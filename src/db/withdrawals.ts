import { retryDelay, SYNC_RETRY } from '../domain/retry';
import type { SyncProblem } from '../domain/sharing/status';
import type { BuurtgesprekDatabase } from './database';
import type { WithdrawalRecord } from './records';

/** Summary ids whose resident withdrew consent, waiting for the server to forget them; retried like the outbox. */

export function dueWithdrawals(
  db: BuurtgesprekDatabase,
  now: number,
  limit = 100,
): Promise<WithdrawalRecord[]> {
  return db.withdrawals.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
}

export async function withdrawalsDone(
  db: BuurtgesprekDatabase,
  summaryIds: readonly string[],
): Promise<void> {
  await db.withdrawals.bulkDelete([...summaryIds]);
}

export async function withdrawalsFailed(
  db: BuurtgesprekDatabase,
  summaryIds: readonly string[],
  problem: SyncProblem,
  now: number,
  random: () => number = Math.random,
): Promise<void> {
  await db.withdrawals
    .where('summaryId')
    .anyOf([...summaryIds])
    .modify((entry) => {
      entry.attempts += 1;
      entry.lastError = problem;
      entry.nextAttemptAt = now + retryDelay(entry.attempts, SYNC_RETRY, random);
    });
}

/** When the next withdrawal falls due, or null when none waits. */
export async function nextWithdrawalAt(db: BuurtgesprekDatabase): Promise<number | null> {
  const first = await db.withdrawals.orderBy('nextAttemptAt').first();
  return first?.nextAttemptAt ?? null;
}

export function withdrawalCount(db: BuurtgesprekDatabase): Promise<number> {
  return db.withdrawals.count();
}
