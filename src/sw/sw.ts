/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { BuurtgesprekDatabase } from '../db/database';
import { sameOrigin } from '../sync/api';
import { isBackgroundSyncTag, syncInBackground } from '../sync/background-sync';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/** Background Sync and Periodic Background Sync are not in TypeScript's worker library yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * The app shell is precached so the app starts without a network. API responses are never
 * cached here: area data must not outlive a logout, and what the app keeps offline lives in
 * IndexedDB where it can be erased on purpose.
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app path (/gesprekken, /instellingen, …) opens the cached shell; /api never does.
registerRoute(
  // The public page of an area (served by the server, no app) is never answered with the app shell.
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, /^\/inbreng\//] }),
);

// The first visit's page is taken over at once, so the app works offline without a reload.
// A later version only activates after "herladen", so claiming then takes nothing by surprise.
clientsClaim();

self.addEventListener('message', (event) => {
  // Sent by the page only after the interviewer pressed "herladen" (see src/app/sw-bridge.ts).
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * Background Sync and Periodic Background Sync: the browser wakes the worker when the connection
 * is back (or now and then, for an installed app), even with no tab open. The worker drains the
 * same outbox the page does, under the same lock, and fetches the coach's feedback, which stays
 * sealed until the page is unlocked. Failing the event when the network is the problem lets the
 * browser try again later; the page's own schedule keeps trying after the browser stops.
 */
function wakeUp(event: Event): void {
  const sync = event as SyncEvent;
  if (!isBackgroundSyncTag(sync.tag)) return;
  sync.waitUntil(
    (async () => {
      const db = new BuurtgesprekDatabase();
      try {
        await syncInBackground(sync.tag, {
          db,
          client: sameOrigin(),
          locks: self.navigator.locks,
          isOnline: () => self.navigator.onLine,
        });
      } finally {
        db.close();
      }
    })(),
  );
}
self.addEventListener('sync', wakeUp);
self.addEventListener('periodicsync', wakeUp);
