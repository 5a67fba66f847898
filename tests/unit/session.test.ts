import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  autoLockMinutes,
  conversationLockMinutes,
  conversationOnScreen,
  dataKey,
  hiddenLockSeconds,
  lock,
  onBeforeLock,
  type PageVisibility,
  unlocked,
  watchActivity,
} from '../../src/app/session';
import { createDataKey } from '../../src/db/sealed-box';
import { idleLimitMs } from '../../src/domain/lock-policy';

/** Stands in for `document`: a visibility state the test switches, and the root's classes. */
class FakeDocument extends EventTarget implements PageVisibility {
  visibilityState: DocumentVisibilityState = 'visible';
  readonly classes = new Set<string>();
  readonly documentElement = {
    classList: {
      toggle: (token: string, force?: boolean) => {
        const on = force ?? !this.classes.has(token);
        if (on) this.classes.add(token);
        else this.classes.delete(token);
        return on;
      },
    },
  };
  switchTo(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

// Stands in for the page's window: the session only needs somewhere to hear activity.
const page = new EventTarget();
const doc = new FakeDocument();
watchActivity(page, doc);
let locksSeen = 0;
onBeforeLock(() => {
  locksSeen += 1;
});

describe('auto-lock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    autoLockMinutes.value = 5;
    conversationLockMinutes.value = 30;
    hiddenLockSeconds.value = 30;
  });
  afterEach(() => {
    lock();
    if (doc.visibilityState === 'hidden') doc.switchTo('visible');
    vi.useRealTimers();
  });

  it('drops the data key after the chosen minutes without use, and activity postpones it', async () => {
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
    unlocked(await createDataKey(false));
    autoLockMinutes.value = 1;
    vi.advanceTimersByTime(60_000 + 1);
    expect(dataKey.value).toBeNull();
  });

  it('does not lock an open conversation after the idle minutes, only after the conversation limit', async () => {
    unlocked(await createDataKey(false));
    const leave = conversationOnScreen();
    vi.advanceTimersByTime(29 * 60_000);
    expect(dataKey.value).not.toBeNull();
    vi.advanceTimersByTime(60_000 + 1);
    expect(dataKey.value).toBeNull();
    leave();
  });

  it('goes back to the idle limit when the conversation closes', async () => {
    unlocked(await createDataKey(false));
    const leave = conversationOnScreen();
    vi.advanceTimersByTime(10 * 60_000);
    leave();
    leave(); // ending twice must not count a second screen away
    expect(dataKey.value).not.toBeNull();
    vi.advanceTimersByTime(5 * 60_000 + 1);
    expect(dataKey.value).toBeNull();
  });

  it('locks a hidden app after the hidden seconds, even with a conversation open', async () => {
    unlocked(await createDataKey(false));
    const leave = conversationOnScreen();
    doc.switchTo('hidden');
    expect(doc.classes.has('shielded')).toBe(true);
    vi.advanceTimersByTime(29_000);
    expect(dataKey.value).not.toBeNull();
    vi.advanceTimersByTime(1_001);
    expect(dataKey.value).toBeNull();
    doc.switchTo('visible');
    expect(doc.classes.has('shielded')).toBe(false);
    leave();
  });

  it('locks on return when the hidden page’s timers were frozen past the limit', async () => {
    unlocked(await createDataKey(false));
    doc.switchTo('hidden');
    // A frozen page runs no timer: only the clock moves.
    vi.setSystemTime(Date.now() + 31_000);
    doc.switchTo('visible');
    expect(dataKey.value).toBeNull();
  });

  it('stays unlocked after a short look at another app, and takes the shield down', async () => {
    unlocked(await createDataKey(false));
    doc.switchTo('hidden');
    vi.advanceTimersByTime(5_000);
    doc.switchTo('visible');
    vi.advanceTimersByTime(60_000);
    expect(dataKey.value).not.toBeNull();
    expect(doc.classes.has('shielded')).toBe(false);
  });

  it('lets what is being typed be stored before the key goes', async () => {
    unlocked(await createDataKey(false));
    const before = locksSeen;
    vi.advanceTimersByTime(5 * 60_000 + 1);
    expect(locksSeen).toBe(before + 1);
    lock(); // already locked: nothing left to store
    expect(locksSeen).toBe(before + 1);
  });
});

describe('lock policy', () => {
  it('never lets the conversation limit be shorter than the idle one', () => {
    expect(idleLimitMs({ idleMinutes: 30, conversationIdleMinutes: 15, hiddenSeconds: 30 }, true)).toBe(
      30 * 60_000,
    );
    expect(idleLimitMs({ idleMinutes: 5, conversationIdleMinutes: 30, hiddenSeconds: 30 }, true)).toBe(
      30 * 60_000,
    );
    expect(idleLimitMs({ idleMinutes: 5, conversationIdleMinutes: 30, hiddenSeconds: 30 }, false)).toBe(
      5 * 60_000,
    );
  });
});
