import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationCount, loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { rememberShare, sharesOf } from '../../../src/db/reviews';
import { SaveQueue } from '../../../src/db/save-queue';
import { createDataKey } from '../../../src/db/sealed-box';
import { dueShareWithdrawals } from '../../../src/db/share-withdrawals';
import { withdrawConsent } from '../../../src/flows/withdraw';
import { inProgressConversation, noteWithQuote } from './support/conversations';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`withdraw-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

describe('withdrawing consent', () => {
  it('leaves nothing behind, not even a note that was still waiting to be written', async () => {
    const conversation = inProgressConversation();
    await saveConversation(db, key, conversation);
    // The interviewer typed a moment ago; the save queue has not written it yet.
    const saves = new SaveQueue();
    saves.save(`note:${noteWithQuote().id}`, noteWithQuote(), (note) => saveNote(db, key, note), 60_000);
    saves.save(
      `conversation:c1`,
      { ...conversation, followUp: 'bellen' },
      (value) => saveConversation(db, key, value),
      60_000,
    );

    await withdrawConsent(db, 'c1', saves, 5_000);
    // Whatever the queue still held is written by now, and cannot bring the conversation back.
    await saves.flush();

    expect(await loadConversation(db, key, 'c1')).toBeUndefined();
    expect(await notesOfConversation(db, key, 'c1')).toEqual([]);
    expect(await conversationCount(db)).toBe(0);
  });
});

describe('withdrawing consent while a save keeps failing', () => {
  it('drops the queued writes of that conversation, so no retry brings it back', async () => {
    const conversation = inProgressConversation();
    await saveConversation(db, key, conversation);
    // A long retry, so only the flushes below write: no timer runs during the test.
    const saves = new SaveQueue({ retry: { baseMs: 600_000, capMs: 600_000 }, random: () => 1 });
    let full = true;
    const failing =
      <T>(write: (value: T) => Promise<void>) =>
      async (value: T) => {
        if (full) throw new DOMException('disk full', 'QuotaExceededError');
        await write(value);
      };
    saves.save(
      `note:${noteWithQuote().id}`,
      noteWithQuote(),
      failing((note) => saveNote(db, key, note)),
      60_000,
    );
    saves.save(
      'conversation:c1',
      { ...conversation, followUp: 'bellen' },
      failing((value) => saveConversation(db, key, value)),
      60_000,
    );
    saves.save(
      'setting:showProbes',
      true,
      failing(async () => undefined),
      60_000,
    );

    await withdrawConsent(db, 'c1', saves, 5_000);
    full = false;
    await saves.flush();

    expect(await loadConversation(db, key, 'c1')).toBeUndefined();
    expect(await notesOfConversation(db, key, 'c1')).toEqual([]);
    // What belongs to no conversation still waits, and is written.
    expect(saves.state).toEqual({ unsaved: 0, problem: null });
  });
});

describe('withdrawing consent after sharing for review', () => {
  it('queues the deletion of every share of that conversation, and nothing of its secrets stays', async () => {
    await saveConversation(db, key, inProgressConversation());
    for (const shareId of ['shareAAAAAAAAAAAAAAAAA', 'shareBBBBBBBBBBBBBBBBB']) {
      await rememberShare(db, key, {
        shareId,
        conversationId: 'c1',
        keyEncoded: 'k'.repeat(43),
        replyToken: 'r'.repeat(43),
        createdAt: 1_000,
        expiresAt: 9_000_000,
      });
    }
    await withdrawConsent(db, 'c1', new SaveQueue(), 5_000);
    expect(await sharesOf(db, key, 'c1')).toEqual([]);
    expect((await dueShareWithdrawals(db, 5_000)).map((entry) => entry.shareId).sort()).toEqual([
      'shareAAAAAAAAAAAAAAAAA',
      'shareBBBBBBBBBBBBBBBBB',
    ]);
  });
});
