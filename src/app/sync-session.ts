import { signal } from '@preact/signals';
import type { BuurtgesprekDatabase } from '../db/database';
import { sameOrigin } from '../sync/api';
import type { DrainOutcome, DrainProgress } from '../sync/drain';
import { delayUntilNextTry, drainExclusively, OUTBOX_SYNC_TAG, waitsForNetwork } from '../sync/outbox-sync';
import { requestBackgroundSync } from './worker-wake';

/** The outbox as the page drives it: on start, when the connection returns, on "nu synchroniseren", and on schedule. */
export const syncRunning = signal(false);
export const syncProgress = signal<DrainProgress | null>(null);
export const lastSyncOutcome = signal<{ outcome: DrainOutcome; at: number } | null>(null);

let database: BuurtgesprekDatabase | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let again: 'no' | 'due' | 'everything' = 'no';

/** Where the browser has Background Sync, the service worker sends the outbox even after the tab is closed. */
export function requestOutboxSync(): Promise<void> {
  return requestBackgroundSync(OUTBOX_SYNC_TAG);
}

export function startOutboxSync(db: BuurtgesprekDatabase): void {
  database = db;
  addEventListener('online', () => void syncNow(true));
  void syncNow(false);
}

/** Sends what is due; with `everything`, what waits for a later try too ("nu synchroniseren"). */
export async function syncNow(everything: boolean): Promise<void> {
  const db = database;
  if (!db) return;
  if (syncRunning.value) {
    again = everything || again === 'everything' ? 'everything' : 'due';
    return;
  }
  clearTimeout(timer);
  syncRunning.value = true;
  try {
    const outcome = await drainExclusively(
      {
        db,
        client: sameOrigin(),
        locks: navigator.locks,
        isOnline: () => navigator.onLine,
        onProgress: (progress) => {
          syncProgress.value = progress;
        },
      },
      everything,
    );
    lastSyncOutcome.value = { outcome, at: Date.now() };
    if (waitsForNetwork(outcome)) void requestOutboxSync();
  } catch (error) {
    console.error('outbox drain failed', error);
  } finally {
    syncRunning.value = false;
    syncProgress.value = null;
  }
  const next = again;
  again = 'no';
  if (next !== 'no') return syncNow(next === 'everything');
  const delay = await delayUntilNextTry(db);
  if (delay !== null) timer = setTimeout(() => void syncNow(false), delay);
}
