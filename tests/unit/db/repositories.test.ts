import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { createDataKey } from '../../../src/db/sealed-box';
import { readSettings, writeSetting } from '../../../src/db/settings';
import { classifyStorageError } from '../../../src/db/storage-problem';
import { rawDump } from '../../support/raw-dump';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`repositories-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('settings', () => {
  it('defaults to Dutch, remembers English, and ignores a corrupt value', async () => {
    expect((await readSettings(db)).language).toBe('nl');
    await writeSetting(db, 'language', 'en');
    expect((await readSettings(db)).language).toBe('en');
    await db.settings.put({ key: 'language', value: 'klingon' });
    expect((await readSettings(db)).language).toBe('nl');
  });
});

describe('notes', () => {
  it('are stored sealed and read back in order', async () => {
    const key = await createDataKey();
    await saveNote(db, key, {
      id: 'b',
      conversationId: 'c',
      promptId: 'p1',
      text: 'tweede',
      quotes: [],
      updatedAt: 2,
    });
    await saveNote(db, key, {
      id: 'a',
      conversationId: 'c',
      promptId: null,
      text: 'eerste',
      quotes: [],
      updatedAt: 1,
    });
    expect((await notesOfConversation(db, key, 'c')).map((note) => note.text)).toEqual(['eerste', 'tweede']);
    const dump = await rawDump(db.name);
    expect(dump).toContain('"promptId":"p1"');
    expect(dump).not.toContain('eerste');
    expect(dump).not.toContain('tweede');
    expect(await db.notes.get('a')).not.toHaveProperty('text');
  });
});

describe('classifying storage errors', () => {
  it('names the cases the interviewer can act on', () => {
    expect(classifyStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toBe(
      'newer-version',
    );
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
  });
});
