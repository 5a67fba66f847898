import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { listAreas } from '../../../src/db/areas';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { defaultAreas } from '../../../src/domain/areas';

/**
 * Writes a database exactly as version 1 of the app left it, with raw IndexedDB (idb, not Dexie),
 * so the fixture stays frozen however the current schema moves on. Dexie stores version n as n*10.
 */
async function writeVersion1(name: string, rows: Record<string, unknown[]>): Promise<void> {
  const db = await openDB(name, 10, {
    upgrade(raw) {
      raw.createObjectStore('settings', { keyPath: 'key' });
      const conversations = raw.createObjectStore('conversations', { keyPath: 'id' });
      for (const index of ['areaId', 'status', 'guideId', 'date', 'updatedAt'])
        conversations.createIndex(index, index);
      const notes = raw.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('conversationId', 'conversationId');
      notes.createIndex('updatedAt', 'updatedAt');
      const outbox = raw.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('nextAttemptAt', 'nextAttemptAt');
      outbox.createIndex('conversationId', 'conversationId');
      raw.createObjectStore('keyring', { keyPath: 'id' });
    },
  });
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [store, values] of Object.entries(rows))
    for (const value of values) await tx.objectStore(store).put(value);
  await tx.done;
  db.close();
}

const sealed = { iv: new Uint8Array([1, 2, 3]), data: new Uint8Array([9, 8, 7]).buffer };
const opened: BuurtgesprekDatabase[] = [];

function open(name: string): BuurtgesprekDatabase {
  const db = new BuurtgesprekDatabase(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('opening a database written by version 1', () => {
  // Upgrades run in order 1 → 2 → 3, so this covers every migration shipped so far.
  it('moves the area list into its own table, in order, and keeps every other row', async () => {
    await writeVersion1('v1-with-areas', {
      settings: [
        { key: 'language', value: 'en' },
        { key: 'areas', value: ['Driemond', '  Gaasperdam ', 'Nellestein', 'Driemond', ''] },
      ],
      conversations: [
        {
          id: 'c1',
          areaId: 'driemond',
          status: 'completed',
          guideId: 'g',
          guideVersion: 1,
          date: '2026-03-02',
          revision: 2,
          updatedAt: 5,
          sealed,
        },
      ],
      notes: [{ id: 'n1', conversationId: 'c1', promptId: null, updatedAt: 5, sealed }],
      outbox: [
        {
          id: 'o1',
          kind: 'summary',
          conversationId: 'c1',
          payload: { a: 1 },
          createdAt: 1,
          attempts: 3,
          nextAttemptAt: 9,
          lastError: 'offline',
        },
      ],
    });

    const db = open('v1-with-areas');
    await db.open();

    expect(db.verno).toBe(13);
    expect(await listAreas(db)).toEqual([
      { id: 'driemond', name: 'Driemond', order: 0 },
      { id: 'gaasperdam', name: 'Gaasperdam', order: 1 },
      { id: 'nellestein', name: 'Nellestein', order: 2 },
      { id: 'driemond-2', name: 'Driemond', order: 3 },
    ]);
    expect(await db.settings.get('areas')).toBeUndefined();
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    const conversation = await db.conversations.get('c1');
    expect(conversation?.revision).toBe(2);
    // Version 3 brought summary fields into the clear, with safe defaults for older records.
    expect(conversation).toMatchObject({
      residentProfile: 'anders',
      consent: null,
      valueTags: [],
      themeIds: [],
    });
    expect(await db.conversations.where('areaId').equals('driemond').count()).toBe(1);
    expect(new Uint8Array(conversation?.sealed.data ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array([9, 8, 7]),
    );
    expect(await db.notes.where('conversationId').equals('c1').count()).toBe(1);
    expect(await db.outbox.get('o1')).toMatchObject({ attempts: 3, lastError: 'offline', payload: { a: 1 } });
  });

  it('gives a device that never changed its areas the default list', async () => {
    await writeVersion1('v1-no-areas', { settings: [{ key: 'language', value: 'nl' }] });
    const db = open('v1-no-areas');
    await db.open();
    expect(await listAreas(db)).toEqual(defaultAreas());
  });
});

describe('a new device', () => {
  it('starts with the default areas', async () => {
    const db = open('fresh');
    await db.open();
    expect((await listAreas(db)).map((area) => area.name)).toEqual([
      'Gaasperdam',
      'Driemond',
      'Bijlmer-Centrum',
      'Bijlmer-Oost',
      'Holendrecht/Reigersbos',
    ]);
  });
});
