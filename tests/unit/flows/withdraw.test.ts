import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationCount, loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { SaveQueue } from '../../../src/db/save-queue';
import { createDataKey } from '../../../src/db/sealed-box';
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
