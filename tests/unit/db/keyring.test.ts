import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import {
  changePassphrase,
  hasPassphrase,
  setUpPassphrase,
  unlock,
  WrongPassphraseError,
} from '../../../src/db/keyring';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { PBKDF2_ITERATIONS } from '../../../src/domain/passphrase';

// The full work factor is tested once; the rest use fewer rounds to keep the suite quick.
const FAST = 1_000;
let db: BuurtgesprekDatabase;

beforeEach(async () => {
  db = new BuurtgesprekDatabase(`keyring-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const note = {
  id: 'n1',
  conversationId: 'c1',
  promptId: null,
  text: 'Mijn buurvrouw kookt op dinsdag',
  quotes: [],
  updatedAt: 1,
};

describe('keyring', () => {
  it('stores the data key only wrapped, with at least 600,000 PBKDF2 iterations by default', async () => {
    expect(await hasPassphrase(db)).toBe(false);
    const key = await setUpPassphrase(db, 'zonnebloem in de tuin');
    expect(await hasPassphrase(db)).toBe(true);
    const record = await db.keyring.get('data-key');
    expect(record?.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('unlocks with the right passphrase and reads what was sealed', async () => {
    const key = await setUpPassphrase(db, 'zonnebloem in de tuin', FAST);
    await saveNote(db, key, note);
    const again = await unlock(db, 'zonnebloem in de tuin');
    expect((await notesOfConversation(db, again, 'c1'))[0]?.text).toBe(note.text);
  });

  it('says plainly that a wrong passphrase is wrong', async () => {
    await setUpPassphrase(db, 'zonnebloem in de tuin', FAST);
    await expect(unlock(db, 'zonnebloem in de tuiN')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('changes the passphrase without re-encrypting notes', async () => {
    const key = await setUpPassphrase(db, 'zonnebloem in de tuin', FAST);
    await saveNote(db, key, note);
    const sealedBefore = (await db.notes.get('n1'))?.sealed;
    await changePassphrase(db, 'zonnebloem in de tuin', 'regen op het dak van de schuur', FAST);
    await expect(unlock(db, 'zonnebloem in de tuin')).rejects.toBeInstanceOf(WrongPassphraseError);
    const key2 = await unlock(db, 'regen op het dak van de schuur');
    expect((await db.notes.get('n1'))?.sealed).toEqual(sealedBefore);
    expect((await notesOfConversation(db, key2, 'c1'))[0]?.text).toBe(note.text);
  });

  it('refuses to change it with a wrong old passphrase, and keeps the old one working', async () => {
    await setUpPassphrase(db, 'zonnebloem in de tuin', FAST);
    await expect(
      changePassphrase(db, 'verkeerd wachtwoord', 'iets heel nieuws hier', FAST),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlock(db, 'zonnebloem in de tuin')).resolves.toBeDefined();
  });

  it('never overwrites an existing key by setting up twice', async () => {
    await setUpPassphrase(db, 'zonnebloem in de tuin', FAST);
    await expect(setUpPassphrase(db, 'een ander wachtwoord', FAST)).rejects.toThrow();
    await expect(unlock(db, 'zonnebloem in de tuin')).resolves.toBeDefined();
  });
});
