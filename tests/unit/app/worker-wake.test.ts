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

  it('remembers what the browser was asked last when a wish changes while a request is under way', async () => {
    const asked: string[] = [];
    // Each registration answers only when the test says so; `registering` says it was asked.
    let grant: () => void = () => {};
    let registered: () => void = () => {};
    let registering = new Promise<void>((resolve) => {
      registered = resolve;
    });
    const periodicSync = {
      register: (tag: string) => {
        asked.push(`register ${tag}`);
        registered();
        return new Promise<void>((resolve) => {
          grant = resolve;
        });
      },
      unregister: async (tag: string) => {
        asked.push(`unregister ${tag}`);
      },
    };
    vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ periodicSync }) } });
    const wanting = keepPeriodicSync('feedback-change', true);
    const notWanting = keepPeriodicSync('feedback-change', false);
    await registering;
    // The second wish waits for the first request's answer.
    expect(asked).toEqual(['register feedback-change']);
    grant();
    await Promise.all([wanting, notWanting]);
    expect(asked).toEqual(['register feedback-change', 'unregister feedback-change']);

    // Wanted again: asked again, as the browser holds no registration now.
    registering = new Promise<void>((resolve) => {
      registered = resolve;
    });
    const again = keepPeriodicSync('feedback-change', true);
    await registering;
    grant();
    await again;
    expect(asked.at(-1)).toBe('register feedback-change');
  });
});
