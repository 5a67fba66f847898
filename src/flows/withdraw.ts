import { eraseConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { discardWritesOf, type HeldWrites } from './pending-writes';

/**
 * The resident withdrew consent (or never gave it): the conversation leaves no trace on this
 * device — notes, revisions, search text, sharing decision, outbox entry, review shares — and is
 * remembered by id so no backup brings it back. A summary already sent leaves only its id, to be
 * withdrawn at the server by the next drain. Pending writes are flushed first: a write landing
 * after the erase would bring the conversation back; what still waits because its write keeps
 * failing (the conversation, its notes, its search text) is dropped, as the erase asks.
 */
export async function withdrawConsent(
  db: BuurtgesprekDatabase,
  conversationId: string,
  pending: HeldWrites,
  now: number = Date.now(),
): Promise<void> {
  await pending.flush();
  await discardWritesOf(pending, conversationId);
  await eraseConversation(db, conversationId, now);
}
