import { describe, expect, it } from 'vitest';
import { BudgetExceededError, SuppressionCache } from '../../src/server/aggregates/cube-cache';

/** A computation the test finishes when it chooses: no clock decides what the cache sees. */
function controlled<T>() {
  let finish: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    finish = resolve;
  });
  return { promise, finish };
}

describe('the cache of computed suppressions', () => {
  it('computes once per key and answers from the cache after', async () => {
    const cache = new SuppressionCache<string>();
    let computed = 0;
    const compute = async () => `figures ${++computed}`;
    expect(await cache.get('2026|5|v1', compute, 60_000)).toBe('figures 1');
    expect(await cache.get('2026|5|v1', compute, 60_000)).toBe('figures 1');
    // A summary arrived: the change counter, and with it the key, is new.
    expect(await cache.get('2026|5|v2', compute, 60_000)).toBe('figures 2');
    expect(computed).toBe(2);
  });

  it('shares one computation between requests that ask at once', async () => {
    const cache = new SuppressionCache<string>();
    const work = controlled<string>();
    let started = 0;
    const compute = () => {
      started++;
      return work.promise;
    };
    const first = cache.get('k', compute, 60_000);
    const second = cache.get('k', compute, 60_000);
    work.finish('figures');
    expect(await Promise.all([first, second])).toEqual(['figures', 'figures']);
    expect(started).toBe(1);
  });

  it('answers "not ready" past the budget, and keeps the result for the retry', async () => {
    const cache = new SuppressionCache<string>();
    const work = controlled<string>();
    await expect(cache.get('k', () => work.promise, 1)).rejects.toBeInstanceOf(BudgetExceededError);
    work.finish('figures');
    await work.promise;
    let again = 0;
    const retry = await cache.get(
      'k',
      async () => {
        again++;
        return 'computed twice';
      },
      60_000,
    );
    expect(retry).toBe('figures');
    expect(again).toBe(0);
  });

  it('forgets a failed computation, so the next request tries again', async () => {
    const cache = new SuppressionCache<string>();
    await expect(
      cache.get('k', async () => Promise.reject(new Error('worker died')), 60_000),
    ).rejects.toThrow('worker died');
    expect(await cache.get('k', async () => 'figures', 60_000)).toBe('figures');
  });
});
