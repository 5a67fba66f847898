import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoLockMinutes, dataKey, lock, unlocked, watchActivity } from '../../src/app/session';
import { createDataKey } from '../../src/db/sealed-box';

// Stands in for the page's window: the session only needs somewhere to hear activity.
const page = new EventTarget();
watchActivity(page);

describe('auto-lock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    lock();
    vi.useRealTimers();
  });

  it('drops the data key after the chosen minutes without use, and activity postpones it', async () => {
    autoLockMinutes.value = 5;
    unlocked(await createDataKey(false));
    vi.advanceTimersByTime(4 * 60_000);
    expect(dataKey.value).not.toBeNull();
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(dataKey.value).not.toBeNull();
    vi.advanceTimersByTime(60_000 + 1);
    expect(dataKey.value).toBeNull();
  });

  it('follows a changed setting at once', async () => {
    autoLockMinutes.value = 5;
    unlocked(await createDataKey(false));
    autoLockMinutes.value = 1;
    vi.advanceTimersByTime(60_000 + 1);
    expect(dataKey.value).toBeNull();
  });
});
