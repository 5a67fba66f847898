import { createHash } from 'node:crypto';

/**
 * The public page offline after one visit (issue 15 §2): a resident opens it from a QR code on a
 * cheap phone and reads it again later without signal. A service worker of a few lines, scoped to
 * /inbreng/ (its own path), caches each page it sees, network first:
 * - online, the server always answers: a published page replaces the copy, and a 404 (the team
 *   took the page down) deletes it, so no copy outlives an unpublish once the phone is online;
 * - offline (the fetch fails) or the server failing (5xx), the copy is shown.
 * It caches nothing of the app and is not the app's worker (src/sw), whose scope is the whole
 * origin: for pages under /inbreng/ the narrower scope wins. Plain JavaScript served as is, so the
 * page needs no build step; its behaviour is what tests/browser/public-page-offline.test.ts checks.
 */
export const OFFLINE_WORKER_PATH = '/inbreng/sw.js';

export const OFFLINE_WORKER_SOURCE = `const CACHE = 'inbreng-1';
async function fresh(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    else if (response.status === 404 || response.status === 410) await cache.delete(request);
    if (response.status < 500) return response;
    return (await cache.match(request)) || response;
  } catch (error) {
    const copy = await cache.match(request);
    if (copy) return copy;
    throw error;
  }
}
self.addEventListener('install', () => self.skipWaiting());
// The page that registered the worker was loaded before it: keep a copy of it (and of any other
// page of this scope open now) at once, not only from its next visit.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.clients.claim();
    const scope = new URL(self.registration.scope).pathname;
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      const url = new URL(client.url);
      url.hash = '';
      if (url.pathname.startsWith(scope)) await fresh(new Request(url.href)).catch(() => undefined);
    }
  })());
});
self.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate') event.respondWith(fresh(event.request));
});
`;

/** Registers the worker once the page is shown: it never delays reading. */
export const OFFLINE_REGISTRATION = `if("serviceWorker"in navigator)addEventListener("load",function(){navigator.serviceWorker.register("${OFFLINE_WORKER_PATH}").catch(function(){})})`;

/** The page's policy allows this one inline script by its hash, and no other. */
export const OFFLINE_REGISTRATION_HASH = `'sha256-${createHash('sha256').update(OFFLINE_REGISTRATION).digest('base64')}'`;

export const offlineRegistrationTag = (): string => `<script>${OFFLINE_REGISTRATION}</script>`;
