import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastBackup } from '../../../src/db/backup';
import {
  conversationCount,
  eraseConversation,
  loadConversation,
  saveConversation,
} from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { createDataKey } from '../../../src/db/sealed-box';
import { backUpToFile } from '../../../src/flows/back-up';
import { restoreFromFile } from '../../../src/flows/restore';
import { completedConversation, noteWithQuote, SECRET_NAME } from './support/conversations';

let old: BuurtgesprekDatabase;
let fresh: BuurtgesprekDatabase;
let oldKey: CryptoKey;
let freshKey: CryptoKey;
beforeEach(async () => {
  old = new BuurtgesprekDatabase(`backup-old-${Math.random()}`);
  fresh = new BuurtgesprekDatabase(`backup-new-${Math.random()}`);
  await Promise.all([old.open(), fresh.open()]);
  [oldKey, freshKey] = await Promise.all([createDataKey(false), createDataKey(false)]);
});
afterEach(async () => {
  await Promise.all([old.delete(), fresh.delete()]);
});

const PASSPHRASE = 'lange wachtwoordzin voor de reservekopie';

describe('a backup file', () => {
  it('restores every conversation and note on another device, only with the passphrase', async () => {
    await saveConversation(old, oldKey, completedConversation('c1'));
    await saveConversation(old, oldKey, completedConversation('c2'));
    await saveNote(old, oldKey, noteWithQuote('c1'));
    const file = await backUpToFile(old, oldKey, PASSPHRASE, Date.UTC(2026, 11, 3));
    expect(file.fileName).toBe('buurtgesprek-reservekopie-2026-12-03.buurtgesprek');
    expect(file.content).not.toContain(SECRET_NAME);
    expect(await lastBackup(old)).toEqual({ where: 'file', at: Date.UTC(2026, 11, 3) });

    expect(await restoreFromFile(fresh, freshKey, 'niet de goede wachtwoordzin', file.content)).toEqual({
      ok: false,
      problem: 'cannot-open',
    });
    expect(await restoreFromFile(fresh, freshKey, PASSPHRASE, '{"niet":"een pakket"}')).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(await conversationCount(fresh)).toBe(0);

    const restored = await restoreFromFile(fresh, freshKey, PASSPHRASE, file.content);
    expect(restored).toMatchObject({ ok: true, report: { added: { conversations: 2, notes: 1 } } });
    expect(await loadConversation(fresh, freshKey, 'c2')).toEqual(completedConversation('c2'));
    expect(await notesOfConversation(fresh, freshKey, 'c1')).toEqual([noteWithQuote('c1')]);
  });

  it('never brings back a conversation erased here after the backup was made', async () => {
    await saveConversation(old, oldKey, completedConversation('c1'));
    const file = await backUpToFile(old, oldKey, PASSPHRASE);
    await eraseConversation(old, 'c1');
    expect(await restoreFromFile(old, oldKey, PASSPHRASE, file.content)).toMatchObject({ ok: true });
    expect(await loadConversation(old, oldKey, 'c1')).toBeUndefined();
  });
});
