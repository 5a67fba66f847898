import { retryDelay, SYNC_RETRY } from '../domain/retry';
import type { BuurtgesprekDatabase } from './database';
import type { OutboxKind, OutboxRecord } from './records';

export interface OutboxEntry {
  id: string;
  kind: OutboxKind;
  conversationId: string;
  payload: unknown;
}

export async function enqueue(db: BuurtgesprekDatabase, entry: OutboxEntry, now: number): Promise<void> {
  await db.outbox.put({ ...entry, createdAt: now, attempts: 0, nextAttemptAt: now, lastError: null });
}

/** What is due for sending, oldest schedule first. */
export function dueEntries(db: BuurtgesprekDatabase, now: number, limit = 100): Promise<OutboxRecord[]> {
  return db.outbox.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
}

/** The server has counted it: only now may it leave the outbox. */
export async function acknowledge(db: BuurtgesprekDatabase, ids: readonly string[]): Promise<void> {
  await db.outbox.bulkDelete([...ids]);
}

/** Keeps the entry and schedules the next try; there is no last try. */
export async function recordFailure(
  db: BuurtgesprekDatabase,
  id: string,
  reason: string,
  now: number,
  random: () => number = Math.random,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (!entry) return;
    const attempts = entry.attempts + 1;
    await db.outbox.update(id, {
      attempts,
      lastError: reason,
      nextAttemptAt: now + retryDelay(attempts, SYNC_RETRY, random),
    });
  });
}

/** Withdrawn consent erases what still waits, too. */
export async function discardForConversation(
  db: BuurtgesprekDatabase,
  conversationId: string,
): Promise<void> {
  await db.outbox.where('conversationId').equals(conversationId).delete();
}

export function outboxSize(db: BuurtgesprekDatabase): Promise<number> {
  return db.outbox.count();
}
