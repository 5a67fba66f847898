import { signal } from '@preact/signals';
import type { BuurtgesprekDatabase } from '../db/database';
import { loadSearchIndex } from '../db/search-texts';
import type { SearchIndex } from '../domain/search';
import { dataKey } from './session';

/** Decrypted note text for search: in memory only while unlocked, gone the moment the device locks. */
export const searchIndex = signal<SearchIndex | null>(null);
export const searchProgress = signal<{ done: number; total: number } | null>(null);

let building: Promise<void> | null = null;

export function ensureSearchIndex(db: BuurtgesprekDatabase, key: CryptoKey): Promise<void> {
  if (searchIndex.value) return Promise.resolve();
  building ??= loadSearchIndex(db, key, (done, total) => {
    searchProgress.value = { done, total };
  })
    .then((index) => {
      // Locked while building: throw the result away.
      if (dataKey.value === key) searchIndex.value = index;
    })
    .finally(() => {
      building = null;
      searchProgress.value = null;
    });
  return building;
}

export function forgetSearchIndex(): void {
  searchIndex.value = null;
}

dataKey.subscribe((key) => {
  if (!key) forgetSearchIndex();
});
