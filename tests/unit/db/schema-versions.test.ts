import Dexie from 'dexie';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { moveAreasIntoTheirOwnTable } from '../../../src/db/migrations/0002-areas-table';
import { bringConversationFieldsIntoTheClear } from '../../../src/db/migrations/0003-conversation-index-fields';
import { defaultAreas } from '../../../src/domain/areas';

/**
 * Every schema version the app shipped, as src/db/schema.ts declares them one by one. Frozen here,
 * so a change to the declarations (folding versions without an upgrade into one, say) must still
 * open each version a device may hold exactly as this list did.
 */
const SHIPPED: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      settings: 'key',
      conversations: 'id, areaId, status, guideId, date, updatedAt',
      notes: 'id, conversationId, updatedAt',
      outbox: 'id, nextAttemptAt, conversationId',
      keyring: 'id',
    },
  },
  { version: 2, stores: { areas: 'id, order' } },
  {
    version: 3,
    stores: {
      conversations: 'id, areaId, status, guideId, date, updatedAt, residentProfile, *valueKeys, *themeIds',
      revisions: 'id, conversationId',
      guides: '[id+language+version], id',
      searchTexts: 'conversationId',
    },
  },
  { version: 4, stores: { sharing: 'conversationId, &summaryId' } },
  { version: 5, stores: { circleReports: 'id', agendas: 'id' } },
  { version: 6, stores: { shares: 'shareId, conversationId, expiresAt', coachReviews: 'id, openedAt' } },
  { version: 7, stores: { withdrawals: 'summaryId, nextAttemptAt' } },
  { version: 8, stores: { erased: 'conversationId' } },
  { version: 9, stores: { authenticators: 'credentialId, createdAt' } },
  { version: 10, stores: { shareWithdrawals: 'shareId, nextAttemptAt' } },
  { version: 11, stores: { proposals: 'id, status, createdAt, *conversationIds' } },
  { version: 13, stores: { guideProposals: 'id, status, [guideId+language+version]' } },
];

/** The app as it was before the fold: every shipped version up to `upTo`, with its upgrade function. */
class ShippedDatabase extends Dexie {
  constructor(name: string, upTo: number, withUpgrades: boolean) {
    super(name);
    for (const { version, stores } of SHIPPED.filter((entry) => entry.version <= upTo)) {
      const declared = this.version(version).stores(stores);
      if (!withUpgrades) continue;
      if (version === 2) declared.upgrade(moveAreasIntoTheirOwnTable);
      if (version === 3) declared.upgrade(bringConversationFieldsIntoTheClear);
    }
    if (withUpgrades) this.on('populate', (tx) => tx.table('areas').bulkAdd(defaultAreas()));
  }
}

const sealed = { iv: new Uint8Array([1, 2, 3]), data: new Uint8Array([9, 8, 7]).buffer };

/**
 * Rows for every table, with what each index reads. Conversations lack the fields version 3 fills
 * in, and the areas are not the defaults: an upgrade that ran again would show in both.
 */
const ROWS: Record<string, unknown[]> = {
  settings: [
    { key: 'language', value: 'en' },
    { key: 'autoLockMinutes', value: 7 },
  ],
  conversations: [
    {
      id: 'c1',
      areaId: 'driemond',
      status: 'completed',
      guideId: 'g',
      date: '2026-03-02',
      updatedAt: 5,
      sealed,
    },
    { id: 'c2', areaId: 'eigen', status: 'draft', guideId: 'g', date: '2026-03-04', updatedAt: 6, sealed },
  ],
  notes: [{ id: 'n1', conversationId: 'c1', promptId: null, updatedAt: 5, sealed }],
  outbox: [
    { id: 'o1', kind: 'summary', conversationId: 'c1', payload: { a: 1 }, attempts: 3, nextAttemptAt: 9 },
  ],
  keyring: [{ id: 'data-key', iterations: 600_000, salt: new Uint8Array([4, 5]), wrapped: sealed }],
  areas: [
    { id: 'eigen', name: 'Eigen buurt', order: 0 },
    { id: 'driemond', name: 'Driemond', order: 1 },
  ],
  revisions: [{ id: 'r1', conversationId: 'c1', sealed }],
  guides: [{ id: 'g', language: 'nl', version: 2, title: 'Eigen gids' }],
  searchTexts: [{ conversationId: 'c1', sealed }],
  sharing: [{ conversationId: 'c1', summaryId: 's1', decision: 'shared' }],
  circleReports: [{ id: 'eigen/2026-Q1', fetchedAt: 3 }],
  agendas: [{ id: 'eigen/2026', sealed }],
  shares: [{ shareId: 'sh1', conversationId: 'c1', expiresAt: 99, sealed }],
  coachReviews: [{ id: 'cr1', openedAt: 4, sealed }],
  withdrawals: [{ summaryId: 's0', nextAttemptAt: 8 }],
  erased: [{ conversationId: 'c0' }],
  authenticators: [{ credentialId: 'cred', createdAt: 2, wrapped: sealed }],
  shareWithdrawals: [{ shareId: 'sh0', nextAttemptAt: 8 }],
  proposals: [{ id: 'p1', status: 'open', createdAt: 1, conversationIds: ['c1', 'c2'], sealed }],
  guideProposals: [{ id: 'gp1', status: 'sent', guideId: 'g', language: 'nl', version: 2 }],
};

/** Writes a database as a device on `version` holds it, a row or two in every table it has. */
async function writeShipped(name: string, version: number): Promise<void> {
  const db = new ShippedDatabase(name, version, false);
  await db.open();
  for (const table of db.tables) {
    const rows = ROWS[table.name];
    if (!rows) throw new Error(`No rows for table ${table.name}`);
    await table.bulkPut(rows);
  }
  db.close();
}

/** Everything IndexedDB holds, read raw: version, stores with key path and indexes, every row. */
interface Dump {
  version: number;
  stores: Record<
    string,
    { keyPath: unknown; autoIncrement: boolean; indexes: unknown[]; rows: unknown[]; keys: unknown[] }
  >;
}

async function dump(name: string): Promise<Dump> {
  const db = await openDB(name);
  const stores: Dump['stores'] = {};
  for (const storeName of [...db.objectStoreNames].sort()) {
    const tx = db.transaction(storeName);
    const store = tx.store;
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    stores[storeName] = {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      rows: await store.getAll(),
      keys: await store.getAllKeys(),
    };
  }
  const result = { version: db.version, stores };
  db.close();
  return result;
}

const names: string[] = [];
function fresh(name: string): string {
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await deleteDB(name);
});

describe('a device on any schema version the app shipped', () => {
  it.each(SHIPPED.map((entry) => entry.version))(
    'opens version %i with the current schema exactly as the app did with every version declared',
    async (version) => {
      const before = fresh(`shipped-${version}-old-app`);
      const after = fresh(`shipped-${version}-new-app`);
      await writeShipped(before, version);
      await writeShipped(after, version);
      const written = await dump(after);

      const oldApp = new ShippedDatabase(before, 13, true);
      await oldApp.open();
      oldApp.close();
      const newApp = new BuurtgesprekDatabase(after);
      await newApp.open();
      expect(newApp.verno).toBe(13);
      newApp.close();

      const opened = await dump(after);
      expect(opened).toEqual(await dump(before));
      // Nothing the device held is lost: every row is still there, changed only by the upgrade
      // functions of the versions it had not reached yet.
      for (const [table, content] of Object.entries(written.stores)) {
        expect(opened.stores[table]?.keys, table).toEqual(content.keys);
        if (version >= 3) expect(opened.stores[table]?.rows, table).toEqual(content.rows);
      }
    },
  );

  it('gets the upgrades of versions 2 and 3 when coming from 1, and only that of 3 from 2', async () => {
    for (const version of [1, 2]) {
      const name = fresh(`upgrades-from-${version}`);
      await writeShipped(name, version);
      const db = new BuurtgesprekDatabase(name);
      await db.open();
      expect(await db.conversations.get('c2')).toMatchObject({ residentProfile: 'anders', themeIds: [] });
      // From 1, version 2 found no area list in settings and gave the default one; a device already
      // on 2 keeps its own areas.
      expect((await db.areas.orderBy('order').toArray()).map((area) => area.id)).toEqual(
        version === 1 ? defaultAreas().map((area) => area.id) : ['eigen', 'driemond'],
      );
      db.close();
    }
  });
});

describe('a new device', () => {
  it('gets the same tables, indexes and default areas as when every version was declared', async () => {
    const before = fresh('new-device-old-app');
    const after = fresh('new-device-new-app');
    const oldApp = new ShippedDatabase(before, 13, true);
    await oldApp.open();
    oldApp.close();
    const newApp = new BuurtgesprekDatabase(after);
    await newApp.open();
    newApp.close();
    expect(await dump(after)).toEqual(await dump(before));
  });
});
