/**
 * Asking the browser to wake the service worker later, where it can: Background Sync once the
 * connection is back (even with the tab closed), Periodic Background Sync now and then (Chromium,
 * installed app only). Neither is granted everywhere; the page's own schedule does the work then.
 */

interface WakeableRegistration extends ServiceWorkerRegistration {
  sync?: { register(tag: string): Promise<void> };
  periodicSync?: {
    register(tag: string, options: { minInterval: number }): Promise<void>;
    unregister(tag: string): Promise<void>;
  };
}

async function registration(): Promise<WakeableRegistration | undefined> {
  return (await navigator.serviceWorker?.getRegistration()) as WakeableRegistration | undefined;
}

/** Once the connection is back, the worker runs this tag's sync. */
export async function requestBackgroundSync(tag: string): Promise<void> {
  try {
    await (await registration())?.sync?.register(tag);
  } catch {
    // Not granted or not supported.
  }
}

// The browser stretches this as it sees fit (at least 12 hours in Chromium for most sites).
const PERIODIC_MIN_INTERVAL_MS = 60 * 60_000;
const periodic = new Map<string, boolean>();

/**
 * Runs this tag's sync now and then while `wanted`; a call that changes nothing asks nothing. What
 * the browser refused (no active worker yet on the first install, an app not installed) or could
 * not do yet is asked again at the next call, so it is remembered only once it succeeded. Calls
 * for a tag run one after another, so what is remembered is what the browser was asked last.
 */
export function keepPeriodicSync(tag: string, wanted: boolean): Promise<void> {
  const next = (asking.get(tag) ?? Promise.resolve()).then(() => ask(tag, wanted));
  asking.set(tag, next);
  return next;
}

const asking = new Map<string, Promise<void>>();

async function ask(tag: string, wanted: boolean): Promise<void> {
  if (periodic.get(tag) === wanted) return;
  try {
    const periodicSync = (await registration())?.periodicSync;
    if (!periodicSync) return;
    if (wanted) await periodicSync.register(tag, { minInterval: PERIODIC_MIN_INTERVAL_MS });
    else await periodicSync.unregister(tag);
    periodic.set(tag, wanted);
  } catch {
    // Not granted (an app not installed) or not supported.
  }
}
