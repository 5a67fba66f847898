// @vitest-environment happy-dom
import { h, options, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deferred } from '../../../src/app/components/deferred';

/**
 * A deferred part of a screen (the passphrase form on the first screen) must show once its chunk
 * has arrived, whenever it arrives: before the first render, between the render and its effect, or
 * after both. Preact runs effects after the next frame; the test holds them, so each order is
 * made on purpose rather than left to the machine's speed.
 */
const heldEffects: (() => void)[] = [];
const originalFrame = options.requestAnimationFrame;
const originalDebounce = options.debounceRendering;

beforeEach(() => {
  options.requestAnimationFrame = (callback) => {
    heldEffects.push(callback);
  };
  // Re-renders at once, so what the page shows can be read right after a state change.
  options.debounceRendering = (callback) => callback();
});

// The options are Preact's globals: give them back for whatever runs after this file.
afterEach(() => {
  heldEffects.length = 0;
  options.requestAnimationFrame = originalFrame;
  options.debounceRendering = originalDebounce;
});

function runEffects(): void {
  for (const effect of heldEffects.splice(0)) effect();
}

function chunk() {
  let arrive: () => void = () => {};
  const arrived = new Promise<() => ReturnType<typeof h>>((resolve) => {
    arrive = () => resolve(() => h('p', null, 'Wachtwoordzin'));
  });
  return {
    load: () => arrived,
    arrive: async () => {
      arrive();
      await arrived;
      // Lets the deferred part's own `then` run.
      await Promise.resolve();
    },
  };
}

describe('a deferred part of a screen', () => {
  it('shows when its chunk arrives between the first render and its effect', async () => {
    const { load, arrive } = chunk();
    const Part = deferred(load);
    Part.preload();
    const root = document.createElement('div');
    render(h(Part, {}), root);
    expect(root.textContent).toBe('');
    await arrive();
    runEffects();
    await Promise.resolve();
    expect(root.textContent).toBe('Wachtwoordzin');
  });

  it('shows when its chunk arrives after the effect', async () => {
    const { load, arrive } = chunk();
    const Part = deferred(load);
    const root = document.createElement('div');
    render(h(Part, {}), root);
    runEffects();
    await arrive();
    expect(root.textContent).toBe('Wachtwoordzin');
  });

  it('shows at once when its chunk arrived before the render', async () => {
    const { load, arrive } = chunk();
    const Part = deferred(load);
    Part.preload();
    await arrive();
    const root = document.createElement('div');
    render(h(Part, {}), root);
    expect(root.textContent).toBe('Wachtwoordzin');
  });
});
