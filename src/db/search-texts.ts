import { SearchIndex } from '../domain/search';
import type { BuurtgesprekDatabase } from './database';
import type { SearchTextRecord } from './records';
import { seal, unseal } from './sealed-box';

const BATCH = 500;

export async function saveSearchText(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
  text: string,
): Promise<void> {
  await db.searchTexts.put(await searchTextRecord(key, conversationId, text));
}

export async function searchTextRecord(
  key: CryptoKey,
  conversationId: string,
  text: string,
): Promise<SearchTextRecord> {
  return { conversationId, sealed: await seal(key, text, 'searchTexts', conversationId) };
}

export function searchTextFromRecord(key: CryptoKey, record: SearchTextRecord): Promise<string> {
  return unseal<string>(key, record.sealed, 'searchTexts', record.conversationId);
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
  const total = await db.searchTexts.count();
  const page = (after: string | null) =>
    (after === null ? db.searchTexts.orderBy(':id') : db.searchTexts.where(':id').above(after))
      .limit(BATCH)
      .toArray();
  // Pages by key range, and reads the next page while this one is decrypted: one request per page
  // instead of one per conversation (bulkGet), which made up most of the unlock time.
  let next: Promise<SearchTextRecord[]> = page(null);
  let done = 0;
  for (;;) {
    const records = await next;
    if (records.length === 0) break;
    const last = records[records.length - 1];
    next = last ? page(last.conversationId) : Promise.resolve([]);
    const texts = await Promise.all(records.map((record) => searchTextFromRecord(key, record)));
    for (const [at, record] of records.entries()) index.set(record.conversationId, texts[at] ?? '');
    done += records.length;
    onProgress(Math.min(done, total), total);
  }
  return index;
}
