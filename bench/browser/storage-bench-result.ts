/** What the storage benchmark page hands back to Node: per-write durations, in write order. */
export interface WriteTimings {
  totalMs: number;
  perWriteMs: number[];
}

export interface StorageBenchResult {
  /** saveNote(): AES-GCM seal, then a Dexie put on the app's own schema. */
  storageLayer: WriteTimings;
  /** The same records, unencrypted, through a plain IndexedDB put (idb) with the same indexes. */
  plainIndexedDb: WriteTimings;
}

declare global {
  interface Window {
    runBench?: (writes: number) => Promise<StorageBenchResult>;
  }
}
