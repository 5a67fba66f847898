/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

/**
 * The app shell is precached so the app starts without a network. API responses are never
 * cached here: area data must not outlive a logout, and what the app keeps offline lives in
 * IndexedDB where it can be erased on purpose.
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app path (/gesprekken, /instellingen, …) opens the cached shell; /api never does.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// The first visit's page is taken over at once, so the app works offline without a reload.
// A later version only activates after "herladen", so claiming then takes nothing by surprise.
clientsClaim();

self.addEventListener('message', (event) => {
  // Sent by the page only after the interviewer pressed "herladen" (see src/app/sw-bridge.ts).
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
