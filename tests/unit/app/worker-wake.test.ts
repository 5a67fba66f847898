import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepPeriodicSync } from '../../../src/app/worker-wake';

/**
 * Periodic Background Sync is asked for again until the browser grants it: on the first install
 * the worker is not active yet, and an app not installed is refused. Node has no service worker,
 * so the registration is a stand-in that records what it was asked.
 */
afterEach(() => {
  vi.unstubAllGlobals();
});

function browserWith(register: (tag: string) => Promise<void>): string[] {
  const asked: string[] = [];
  const periodicSync = {
    register: async (tag: string) => {
      asked.push(tag);
      await register(tag);
    },
    unregister: async () => undefined,
  };
  vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ periodicSync }) } });
  return asked;
}

describe('keeping a periodic sync', () => {
  it('asks again after the browser refused, and not again once it granted', async () => {
    let granted = false;
    const asked = browserWith(async () => {
      if (!granted) throw new DOMException('no active worker', 'InvalidStateError');
    });
    await keepPeriodicSync('feedback-refused', true);
    granted = true;
    await keepPeriodicSync('feedback-refused', true);
    await keepPeriodicSync('feedback-refused', true);
    expect(asked).toEqual(['feedback-refused', 'feedback-refused']);
  });

  it('asks again once a registration is there, when there was none yet', async () => {
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => undefined } });
    await keepPeriodicSync('feedback-later', true);
    const asked = browserWith(async () => undefined);
    await keepPeriodicSync('feedback-later', true);
    expect(asked).toEqual(['feedback-later']);
  });
});
