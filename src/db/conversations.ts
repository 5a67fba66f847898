import { type Conversation, valueKeys } from '../domain/conversation';
import { BACKUP_PRUNE_DUE_KEY } from './backup-slot';
import type { BuurtgesprekDatabase } from './database';
import type { Note } from './notes';
import { untagConversation } from './proposals';
import type { ConversationRecord, RevisionRecord } from './records';
import { seal, unseal } from './sealed-box';
import { queueShareWithdrawals } from './share-withdrawals';

type SealedPart = Pick<Conversation, 'obstacles' | 'followUp' | 'peopleMentioned' | 'reflection'>;

/** A row of the conversation list: only what is stored in the clear, so no decryption is needed. */
export type ConversationRow = Omit<ConversationRecord, 'sealed' | 'valueKeys'>;

/** How a conversation is stored: index fields in the clear, the words about the resident sealed. */
export async function conversationRecord(
  key: CryptoKey,
  conversation: Conversation,
): Promise<ConversationRecord> {
  const { obstacles, followUp, peopleMentioned, reflection, ...clear } = conversation;
  const secret: SealedPart = {
    obstacles,
    followUp,
    peopleMentioned,
    ...(reflection !== undefined && { reflection }),
  };
  return {
    ...clear,
    valueKeys: valueKeys(conversation.valueTags),
    sealed: await seal(key, secret, 'conversations', conversation.id),
  };
}

export async function saveConversation(db: BuurtgesprekDatabase, key: CryptoKey, conversation: Conversation) {
  await db.conversations.put(await conversationRecord(key, conversation));
}

export async function loadConversation(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  id: string,
): Promise<Conversation | undefined> {
  const record = await db.conversations.get(id);
  return record ? conversationFromRecord(key, record) : undefined;
}

export async function conversationFromRecord(
  key: CryptoKey,
  record: ConversationRecord,
): Promise<Conversation> {
  const { sealed, valueKeys: _index, ...clear } = record;
  return { ...clear, ...(await unseal<SealedPart>(key, sealed, 'conversations', record.id)) };
}

/** Newest first, a page at a time: the list must open fast with ten thousand conversations. */
export async function conversationPage(
  db: BuurtgesprekDatabase,
  offset: number,
  limit: number,
): Promise<ConversationRow[]> {
  const records = await db.conversations.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
  return records.map(({ sealed: _sealed, valueKeys: _index, ...row }) => row);
}

/** Every completed conversation, as list rows (nothing sealed is read). */
export async function completedConversationRows(db: BuurtgesprekDatabase): Promise<ConversationRow[]> {
  const records = await db.conversations.where('status').equals('completed').toArray();
  return records.map(({ sealed: _sealed, valueKeys: _index, ...row }) => row);
}

export function conversationCount(db: BuurtgesprekDatabase): Promise<number> {
  return db.conversations.count();
}

/** Before a completed conversation is corrected, it is kept as it stood, notes included, as a sealed revision. */
export async function startCorrection(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversation: Conversation,
  notes: readonly Note[],
  now: number,
): Promise<Conversation> {
  const reopened: Conversation = { ...conversation, status: 'in-progress', updatedAt: now };
  // Encrypt first: awaiting WebCrypto inside a Dexie transaction would let it commit early.
  const revision = await revisionRecord(
    key,
    { conversationId: conversation.id, revision: conversation.revision, createdAt: now },
    { conversation, notes },
  );
  const record = await conversationRecord(key, reopened);
  await db.transaction('rw', db.conversations, db.revisions, async () => {
    await db.revisions.put(revision);
    await db.conversations.put(record);
  });
  return reopened;
}

/** A completed conversation as it stood, notes included. */
export interface RevisionSnapshot {
  conversation: Conversation;
  notes: Note[];
}

export async function revisionRecord(
  key: CryptoKey,
  clear: Pick<RevisionRecord, 'conversationId' | 'revision' | 'createdAt'>,
  snapshot: { conversation: Conversation; notes: readonly Note[] },
): Promise<RevisionRecord> {
  const id = `${clear.conversationId}:${clear.revision}`;
  return { id, ...clear, sealed: await seal(key, snapshot, 'revisions', id) };
}

export function revisionFromRecord(key: CryptoKey, record: RevisionRecord): Promise<RevisionSnapshot> {
  return unseal<RevisionSnapshot>(key, record.sealed, 'revisions', record.id);
}

export function revisionsOf(db: BuurtgesprekDatabase, conversationId: string) {
  return db.revisions.where('conversationId').equals(conversationId).sortBy('revision');
}

/**
 * Withdrawn consent: the conversation leaves no trace on the device, including what waits to sync.
 * If its summary was sent (or may have been: it was on its way), only its id stays behind, in
 * `withdrawals`, until the server has forgotten that summary too.
 */
export async function eraseConversation(
  db: BuurtgesprekDatabase,
  conversationId: string,
  now: number = Date.now(),
  /**
   * `retention`: the device's retention period is over, consent stands. Everything on the device
   * goes the same way, but a summary already sent stays counted at the server.
   */
  reason: 'withdrawal' | 'retention' = 'withdrawal',
): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.conversations,
      db.notes,
      db.outbox,
      db.revisions,
      db.searchTexts,
      db.sharing,
      db.shares,
      db.shareWithdrawals,
      db.withdrawals,
      db.erased,
      db.settings,
      db.proposals,
    ],
    async () => {
      const decision = await db.sharing.get(conversationId);
      const waiting = await db.outbox.where('conversationId').equals(conversationId).first();
      const summaryId = decision?.summaryId ?? waiting?.id;
      if (reason === 'withdrawal' && summaryId && ((decision?.sentRevision ?? 0) > 0 || waiting)) {
        await db.withdrawals.put({
          summaryId,
          createdAt: now,
          attempts: 0,
          nextAttemptAt: now,
          lastError: null,
        });
      }
      await db.notes.where('conversationId').equals(conversationId).delete();
      await db.searchTexts.delete(conversationId);
      await db.outbox.where('conversationId').equals(conversationId).delete();
      await db.revisions.where('conversationId').equals(conversationId).delete();
      await db.sharing.delete(conversationId);
      // The link keys and the coach's feedback go too; each share's id waits until the server has
      // deleted the share, so the coach's app learns of the withdrawal and erases its copy.
      await queueShareWithdrawals(db, conversationId, now);
      await db.shares.where('conversationId').equals(conversationId).delete();
      await db.conversations.delete(conversationId);
      await untagConversation(db, conversationId);
      // Remembered by id, so that restoring a backup made before today cannot bring it back.
      await db.erased.put({ conversationId, erasedAt: now });
      // Older backup versions at the server still hold it: the next backup deletes them.
      if (!(await db.settings.get(BACKUP_PRUNE_DUE_KEY)))
        await db.settings.put({ key: BACKUP_PRUNE_DUE_KEY, value: now });
    },
  );
}
