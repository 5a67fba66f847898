import { signal } from '@preact/signals';

/** Whether the browser believes it is online; it can be wrong the other way (captive portals), never fatally. */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

export function watchConnection(): void {
  addEventListener('online', () => {
    online.value = true;
  });
  addEventListener('offline', () => {
    online.value = false;
  });
}
