import { describe, expect, it } from 'vitest';
import { retryDelay, SYNC_RETRY } from '../../../src/domain/retry';

describe('retry delay', () => {
  it('grows exponentially and stays within half to all of its ceiling', () => {
    expect(retryDelay(1, SYNC_RETRY, () => 0)).toBe(1_000);
    expect(retryDelay(1, SYNC_RETRY, () => 1)).toBe(2_000);
    expect(retryDelay(3, SYNC_RETRY, () => 1)).toBe(8_000);
  });

  it('is capped at a few minutes, however many tries went before', () => {
    expect(retryDelay(10_000, SYNC_RETRY, () => 1)).toBe(5 * 60_000);
    expect(retryDelay(10_000, SYNC_RETRY, () => 0)).toBe(2.5 * 60_000);
  });
});
