import { openDB } from 'idb';

/**
 * How the app stored things up to commit 7290661 (sealed format 1, schema version 8), frozen:
 * copied from src/db/sealed-box.ts and src/db/keyring.ts as they were then, and written with raw
 * IndexedDB (idb), not Dexie, so that these bytes stay what devices in the field hold however the
 * current code moves on. Never edit this file; add a new one for the next format.
 */
const encoder = new TextEncoder();

/** Format 1: AES-GCM, fresh 96-bit IV, no associated data, no version field. */
export async function sealV1(key: CryptoKey, value: unknown): Promise<{ iv: Uint8Array; data: ArrayBuffer }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** The keyring record: the data key wrapped (AES-GCM) by a PBKDF2-SHA-256 key of the passphrase. */
export async function keyringRecordV1(dataKey: CryptoKey, passphrase: string, iterations: number) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const wrapper = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrapper, { name: 'AES-GCM', iv });
  return { id: 'data-key', wrapped, salt, iv, iterations };
}

/** Schema version 8 as Dexie laid it out (Dexie stores version n as n * 10). */
const STORES: Record<
  string,
  { keyPath: string | string[]; indexes: [string, { multiEntry?: boolean; unique?: boolean }?][] }
> = {
  settings: { keyPath: 'key', indexes: [] },
  areas: { keyPath: 'id', indexes: [['order']] },
  conversations: {
    keyPath: 'id',
    indexes: [
      ['areaId'],
      ['status'],
      ['guideId'],
      ['date'],
      ['updatedAt'],
      ['residentProfile'],
      ['valueKeys', { multiEntry: true }],
      ['themeIds', { multiEntry: true }],
    ],
  },
  notes: { keyPath: 'id', indexes: [['conversationId'], ['updatedAt']] },
  outbox: { keyPath: 'id', indexes: [['nextAttemptAt'], ['conversationId']] },
  keyring: { keyPath: 'id', indexes: [] },
  revisions: { keyPath: 'id', indexes: [['conversationId']] },
  guides: { keyPath: ['id', 'language', 'version'], indexes: [['id']] },
  searchTexts: { keyPath: 'conversationId', indexes: [] },
  sharing: { keyPath: 'conversationId', indexes: [['summaryId', { unique: true }]] },
  circleReports: { keyPath: 'id', indexes: [] },
  agendas: { keyPath: 'id', indexes: [] },
  shares: { keyPath: 'shareId', indexes: [['conversationId'], ['expiresAt']] },
  coachReviews: { keyPath: 'id', indexes: [['openedAt']] },
  withdrawals: { keyPath: 'summaryId', indexes: [['nextAttemptAt']] },
  erased: { keyPath: 'conversationId', indexes: [] },
};

export async function writeVersion8(name: string, rows: Record<string, unknown[]>): Promise<void> {
  const db = await openDB(name, 80, {
    upgrade(raw) {
      for (const [store, { keyPath, indexes }] of Object.entries(STORES)) {
        const created = raw.createObjectStore(store, { keyPath });
        for (const [index, options] of indexes) created.createIndex(index, index, options);
      }
    },
  });
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [store, values] of Object.entries(rows)) {
    for (const value of values) await tx.objectStore(store).put(value);
  }
  await tx.done;
  db.close();
}
