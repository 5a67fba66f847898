import { SearchIndex } from '../domain/search';
import type { BuurtgesprekDatabase } from './database';
import { seal, unseal } from './sealed-box';

const BATCH = 500;

export async function saveSearchText(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
  text: string,
): Promise<void> {
  await db.searchTexts.put({ conversationId, sealed: await seal(key, text) });
}

/**
 * Decrypts every conversation's search text into memory, in batches so progress can be shown
 * and the page stays responsive. The index lives only until the device locks.
 */
export async function loadSearchIndex(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<SearchIndex> {
  const index = new SearchIndex();
  const ids = await db.searchTexts.toCollection().primaryKeys();
  for (let start = 0; start < ids.length; start += BATCH) {
    const records = await db.searchTexts.bulkGet(ids.slice(start, start + BATCH));
    const texts = await Promise.all(
      records.map(async (record) =>
        record ? ([record.conversationId, await unseal<string>(key, record.sealed)] as const) : null,
      ),
    );
    for (const entry of texts) if (entry) index.set(entry[0], entry[1]);
    onProgress(Math.min(start + BATCH, ids.length), ids.length);
  }
  return index;
}
