import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import {
  acknowledge,
  discardForConversation,
  dueEntries,
  enqueue,
  recordFailure,
} from '../../../src/db/outbox';
import { createDataKey } from '../../../src/db/sealed-box';
import { readSettings, writeSetting } from '../../../src/db/settings';
import { classifyStorageError } from '../../../src/db/storage-problem';

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
    const raw = await db.notes.get('a');
    expect(JSON.stringify(raw)).not.toContain('eerste');
    expect(raw).not.toHaveProperty('text');
  });
});

describe('outbox', () => {
  const entry = { id: 's1', kind: 'summary' as const, conversationId: 'c1', payload: { area: 'driemond' } };

  it('keeps a failed entry, with its reason, and schedules it later without ever giving up', async () => {
    await enqueue(db, entry, 1_000);
    expect((await dueEntries(db, 1_000)).map((e) => e.id)).toEqual(['s1']);
    for (let attempt = 1; attempt <= 50; attempt++)
      await recordFailure(db, 's1', 'server niet bereikbaar', 1_000, () => 1);
    const stored = await db.outbox.get('s1');
    expect(stored?.attempts).toBe(50);
    expect(stored?.lastError).toBe('server niet bereikbaar');
    expect(stored?.nextAttemptAt).toBe(1_000 + 5 * 60_000);
    expect(await dueEntries(db, 1_000)).toEqual([]);
    expect((await dueEntries(db, 1_000 + 5 * 60_000)).map((e) => e.id)).toEqual(['s1']);
  });

  it('lets go of an entry only when acknowledged or when consent is withdrawn', async () => {
    await enqueue(db, entry, 0);
    await enqueue(db, { ...entry, id: 's2', conversationId: 'c2' }, 0);
    await acknowledge(db, ['s1']);
    expect((await dueEntries(db, 0)).map((e) => e.id)).toEqual(['s2']);
    await discardForConversation(db, 'c2');
    expect(await dueEntries(db, 0)).toEqual([]);
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
