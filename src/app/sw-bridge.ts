import { signal } from '@preact/signals';
import type { SaveQueue } from '../db/save-queue';

/**
 * The page's side of the conversation with the service worker. A new version only ever takes
 * over when the interviewer presses "herladen": never by itself, never mid-sentence.
 */
export const updateWaiting = signal(false);
export const offlineReady = signal(false);

let acceptUpdate: (() => void) | null = null;

export async function registerServiceWorker(saves: SaveQueue): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // Loaded once the first screen is up and the page idle (see main.tsx).
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let reloadRequested = false;

  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  workbox.addEventListener('controlling', () => {
    // Another tab may have accepted the update; this tab reloads only if its own user asked.
    if (reloadRequested) location.reload();
  });

  acceptUpdate = () => {
    reloadRequested = true;
    // Whatever was typed is stored before the page goes away.
    void saves.flush().finally(() => workbox.messageSkipWaiting());
  };

  await workbox.register();
  // Field devices stay open for days: look for a new version when the app comes back into view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update();
  });
}

export function applyUpdate(): void {
  acceptUpdate?.();
}
