import { type ConversationRow, completedConversationRows, eraseConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { conversationsWaitingToSend } from '../db/outbox';
import { dueForErasure } from '../domain/device-retention';
import type { PendingWrites } from './pending-writes';

/**
 * The device's retention period for completed conversations (setting `conversationRetentionDays`).
 * Nothing is erased without the interviewer seeing first which conversations it concerns: the
 * settings screen lists `conversationsDueForErasure` and erases them only when she confirms. The
 * erase is the one of a withdrawal (notes, revisions, search text, review shares, and the id kept so
 * no backup brings it back), except that the summary at the server stays counted: consent stands.
 */
export async function conversationsDueForErasure(
  db: BuurtgesprekDatabase,
  days: number,
  now: number = Date.now(),
): Promise<ConversationRow[]> {
  if (days <= 0) return [];
  return dueForErasure(await completedConversationRows(db), days, now, await conversationsWaitingToSend(db));
}

/**
 * Erases the conversations the interviewer was shown and confirmed, each only if it is still due
 * now (one corrected since the warning is kept). Returns how many were erased.
 */
export async function eraseOldConversations(
  db: BuurtgesprekDatabase,
  pending: PendingWrites,
  confirmedIds: readonly string[],
  days: number,
  now: number = Date.now(),
): Promise<number> {
  await pending.flush();
  const stillDue = new Set((await conversationsDueForErasure(db, days, now)).map((row) => row.id));
  let erased = 0;
  for (const id of confirmedIds) {
    if (!stillDue.has(id)) continue;
    await eraseConversation(db, id, now, 'retention');
    erased++;
  }
  return erased;
}
