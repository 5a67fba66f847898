import { type ConversationRow, completedConversationRows, eraseConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { conversationsWaitingToSend } from '../db/outbox';
import { readSettings } from '../db/settings';
import { sharingRows } from '../db/sharing';
import { dueForErasure } from '../domain/device-retention';
import { type HeldWrites, holdsWritesOf } from './pending-writes';

/**
 * The device's retention period for completed conversations (setting `conversationRetentionDays`).
 * Nothing is erased without the interviewer seeing first which conversations it concerns: the
 * settings screen and the notice on the conversation list show `conversationsDueForErasure` and
 * erase them only when she confirms. The erase is the one of a withdrawal (notes, revisions, search
 * text, review shares, and the id kept so no backup brings it back), except that the summary at the
 * server stays counted: consent stands.
 */
export async function conversationsDueForErasure(
  db: BuurtgesprekDatabase,
  days: number,
  now: number = Date.now(),
): Promise<ConversationRow[]> {
  if (days <= 0) return [];
  return dueForErasure(await completedConversationRows(db), days, now, await unsentSummaries(db));
}

/** The period she chose (0: off) and what is past it now, for the notice after unlock. */
export async function erasureDueNow(
  db: BuurtgesprekDatabase,
  now: number = Date.now(),
): Promise<{ days: number; due: ConversationRow[] }> {
  const days = (await readSettings(db)).conversationRetentionDays;
  return { days, due: await conversationsDueForErasure(db, days, now) };
}

/**
 * Conversations whose summary has not reached the area team and still may: waiting in the outbox
 * (or failing), or completed with consent but never checked and approved. Unsent work is never due.
 */
async function unsentSummaries(db: BuurtgesprekDatabase): Promise<Set<string>> {
  const unsent = await conversationsWaitingToSend(db);
  for (const row of await sharingRows(db)) {
    if (row.status.kind === 'to-check') unsent.add(row.conversation.id);
  }
  return unsent;
}

/**
 * Erases the conversations the interviewer was shown and confirmed, each only if it is still due
 * now (one corrected since the warning is kept). Returns how many were erased.
 */
export async function eraseOldConversations(
  db: BuurtgesprekDatabase,
  pending: HeldWrites,
  confirmedIds: readonly string[],
  days: number,
  now: number = Date.now(),
): Promise<number> {
  await pending.flush();
  const stillDue = new Set((await conversationsDueForErasure(db, days, now)).map((row) => row.id));
  let erased = 0;
  for (const id of confirmedIds) {
    if (!stillDue.has(id)) continue;
    // Something of it still waits to be stored (a correction whose write keeps failing): it is
    // being changed, so it is kept, as one corrected since the warning is.
    if (holdsWritesOf(pending, id)) continue;
    await eraseConversation(db, id, now, 'retention');
    erased++;
  }
  return erased;
}
