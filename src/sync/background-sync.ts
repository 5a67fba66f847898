import { fetchFeedback } from './feedback';
import { drainExclusively, OUTBOX_SYNC_TAG, type OutboxSyncOptions, waitsForNetwork } from './outbox-sync';

/** The tag under which the service worker fetches coach feedback (Background Sync, Periodic Background Sync). */
export const FEEDBACK_SYNC_TAG = 'buurtgesprek-feedback';

export function isBackgroundSyncTag(tag: string): boolean {
  return tag === OUTBOX_SYNC_TAG || tag === FEEDBACK_SYNC_TAG;
}

/**
 * What the service worker does when the browser wakes it for a tag, with or without a tab open
 * and whether or not the notes are unlocked: it needs no data key. Throws when the network was
 * the problem, so that a one-off Background Sync is tried again by the browser.
 */
export async function syncInBackground(tag: string, options: OutboxSyncOptions): Promise<void> {
  if (tag === OUTBOX_SYNC_TAG) {
    const outcome = await drainExclusively(options);
    if (waitsForNetwork(outcome)) throw new Error(`outbox not drained: ${outcome.kind}`);
  }
  if (!isBackgroundSyncTag(tag)) return;
  // Online after all: the coach's feedback comes along, kept sealed until the next unlock opens it.
  const fetched = await fetchFeedback(options.db, options.client, options.isOnline);
  if (fetched.waitsForNetwork) throw new Error('feedback not fetched: no network');
}
