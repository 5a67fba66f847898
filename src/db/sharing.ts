import { mayShare, type SharingDecision, type SharingStatus, sharingStatus } from '../domain/sharing/status';
import { uuidv4 } from '../domain/uuid';
import type { Summary } from '../domain/wire/summary';
import type { ConversationRow } from './conversations';
import type { BuurtgesprekDatabase } from './database';
import { discardForConversation, enqueueSummary } from './outbox';

/** What the interviewer decided about each conversation's summary, and where it stands. */

export function decisionOf(
  db: BuurtgesprekDatabase,
  conversationId: string,
): Promise<SharingDecision | undefined> {
  return db.sharing.get(conversationId);
}

/** The id the conversation's summaries travel under: made once, kept across corrections. */
export async function summaryIdFor(db: BuurtgesprekDatabase, conversationId: string): Promise<string> {
  return (await decisionOf(db, conversationId))?.summaryId ?? uuidv4();
}

/** The interviewer approved the preview: the summary goes into the outbox with the decision, at once. */
export async function approveSummary(
  db: BuurtgesprekDatabase,
  conversationId: string,
  summary: Summary,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.conversations, db.sharing, db.outbox, async () => {
    const earlier = await db.sharing.get(conversationId);
    if (earlier && earlier.summaryId !== summary.id) throw new Error('A conversation keeps one summary id');
    await db.sharing.put({
      conversationId,
      summaryId: summary.id,
      revision: summary.revision,
      decision: 'approved',
      decidedAt: now,
      sentRevision: earlier?.sentRevision ?? 0,
      sentAt: earlier?.sentAt ?? null,
    });
    await enqueueSummary(db, conversationId, summary, now);
  });
}

/**
 * Approves only while the stored conversation is still what the summary was made from: completed,
 * shareable and at the summary's revision, with no other summary id. A correction, an erase or a
 * withdrawn consent in another tab between preview and approval wins, and nothing is queued.
 */
export async function approveIfCurrent(
  db: BuurtgesprekDatabase,
  conversationId: string,
  summary: Summary,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.conversations, db.sharing, db.outbox, async () => {
    const [record, earlier] = await Promise.all([
      db.conversations.get(conversationId),
      db.sharing.get(conversationId),
    ]);
    if (!record || !mayShare(record) || record.revision !== summary.revision) return false;
    if (earlier && earlier.summaryId !== summary.id) return false;
    await approveSummary(db, conversationId, summary, now);
    return true;
  });
}

/** Held back: nothing of this revision is sent, and what still waited is taken out of the outbox. */
export async function holdBackSummary(
  db: BuurtgesprekDatabase,
  conversationId: string,
  summaryId: string,
  revision: number,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.sharing, db.outbox, async () => {
    const earlier = await db.sharing.get(conversationId);
    await db.sharing.put({
      conversationId,
      summaryId: earlier?.summaryId ?? summaryId,
      revision,
      decision: 'held-back',
      decidedAt: now,
      sentRevision: earlier?.sentRevision ?? 0,
      sentAt: earlier?.sentAt ?? null,
    });
    await discardForConversation(db, conversationId);
  });
}

export interface SharingRow {
  conversation: ConversationRow;
  status: SharingStatus;
}

/**
 * Every conversation that has, or may get, a summary, with its status: read from fields kept in
 * the clear, so the sync screen needs no unlock. Newest first.
 */
export async function sharingRows(db: BuurtgesprekDatabase): Promise<SharingRow[]> {
  return db.transaction('r', db.conversations, db.sharing, db.outbox, async () => {
    const [decisions, waiting] = await Promise.all([db.sharing.toArray(), db.outbox.toArray()]);
    const completed = await db.conversations.where('status').equals('completed').toArray();
    const ids = new Set(completed.map((record) => record.id));
    // A conversation being corrected still has its last summary at the server (or on its way).
    const corrected = [...decisions, ...waiting]
      .map((item) => item.conversationId)
      .filter((id) => !ids.has(id));
    const others = (await db.conversations.bulkGet([...new Set(corrected)])).filter((record) => !!record);
    const decisionBy = new Map(decisions.map((decision) => [decision.conversationId, decision]));
    const waitingBy = new Map(waiting.map((entry) => [entry.conversationId, entry]));
    return (
      [...completed, ...others]
        .map(({ sealed: _sealed, valueKeys: _index, ...conversation }) => ({
          conversation,
          status: sharingStatus(
            conversation,
            decisionBy.get(conversation.id),
            waitingBy.get(conversation.id),
          ),
        }))
        // A practice conversation never has a summary, so it has no place in this list.
        .filter((row) => row.conversation.practice === undefined)
        .filter((row) => row.status.kind !== 'not-shared' || row.conversation.status === 'completed')
        .sort((a, b) => b.conversation.updatedAt - a.conversation.updatedAt)
    );
  });
}

export async function sharingStatusOf(
  db: BuurtgesprekDatabase,
  conversation: Parameters<typeof sharingStatus>[0] & { id: string },
): Promise<SharingStatus> {
  const [decision, waiting] = await Promise.all([
    db.sharing.get(conversation.id),
    db.outbox.where('conversationId').equals(conversation.id).first(),
  ]);
  return sharingStatus(conversation, decision, waiting);
}
