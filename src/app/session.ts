import { signal } from '@preact/signals';
import {
  CONVERSATION_LOCK_DEFAULT_MINUTES,
  HIDDEN_LOCK_DEFAULT_SECONDS,
  hiddenTooLong,
  idleLimitMs,
  type LockPolicy,
} from '../domain/lock-policy';
import { AUTO_LOCK_DEFAULT_MINUTES } from '../domain/passphrase';

/**
 * The unlocked data key, held only in memory. Locking drops it, and with it every screen that
 * shows decrypted text unmounts. Writes already queued keep their own reference until stored:
 * dropping them would lose what was typed, which is worse than holding it a moment longer.
 */
export const dataKey = signal<CryptoKey | null>(null);
export const autoLockMinutes = signal(AUTO_LOCK_DEFAULT_MINUTES);
export const conversationLockMinutes = signal(CONVERSATION_LOCK_DEFAULT_MINUTES);
export const hiddenLockSeconds = signal(HIDDEN_LOCK_DEFAULT_SECONDS);
/** Conversations open on screen right now (a count: a screen may mount before the last unmounts). */
const conversationsOnScreen = signal(0);

let timer: ReturnType<typeof setTimeout> | null = null;
let hiddenTimer: ReturnType<typeof setTimeout> | null = null;
let hiddenAt: number | null = null;
const beforeLock: (() => void)[] = [];
/**
 * While unlocked, the passphrase is kept for the daily backup, whose key derives from it (a
 * backup must open on another device, where only the passphrase exists). It goes with the data
 * key: held no longer and no more exposed than the key it already unlocks.
 */
let passphraseForBackup: string | null = null;

export function backupPassphrase(): string | null {
  return dataKey.value ? passphraseForBackup : null;
}

/** After a passphrase change: the next backup is made (and found) with the new one. */
export function passphraseChanged(passphrase: string): void {
  if (dataKey.value) passphraseForBackup = passphrase;
}

/** Runs right before every lock, e.g. to store the note being typed while the key is still here. */
export function onBeforeLock(action: () => void): void {
  beforeLock.push(action);
}

export function lock(): void {
  if (dataKey.value) for (const action of beforeLock) action();
  dataKey.value = null;
  passphraseForBackup = null;
  if (timer) clearTimeout(timer);
  timer = null;
}

function policy(): LockPolicy {
  return {
    idleMinutes: autoLockMinutes.value,
    conversationIdleMinutes: conversationLockMinutes.value,
    hiddenSeconds: hiddenLockSeconds.value,
  };
}

function restartTimer(): void {
  if (timer) clearTimeout(timer);
  timer = dataKey.value ? setTimeout(lock, idleLimitMs(policy(), conversationsOnScreen.value > 0)) : null;
}

export function unlocked(key: CryptoKey, passphrase?: string): void {
  if (passphrase !== undefined) passphraseForBackup = passphrase;
  dataKey.value = key;
  restartTimer();
}

/** A conversation screen calls this while it is mounted; the returned function ends it. */
export function conversationOnScreen(): () => void {
  conversationsOnScreen.value += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    conversationsOnScreen.value -= 1;
  };
}

/**
 * Hidden (another app, the screen off): the page is shielded at once, so the app switcher's
 * snapshot shows no note, and locks after `hiddenLockSeconds`. Timers of hidden pages may be
 * slowed or frozen, so coming back checks the time too.
 */
function watchVisibility(page: PageVisibility): void {
  const shield = (on: boolean) => page.documentElement.classList.toggle('shielded', on);
  page.addEventListener('visibilitychange', () => {
    if (page.visibilityState === 'hidden') {
      shield(true);
      hiddenAt = Date.now();
      if (hiddenTimer) clearTimeout(hiddenTimer);
      hiddenTimer = dataKey.value ? setTimeout(lock, hiddenLockSeconds.value * 1000) : null;
      return;
    }
    if (hiddenTimer) clearTimeout(hiddenTimer);
    hiddenTimer = null;
    if (hiddenAt !== null && hiddenTooLong(policy(), hiddenAt, Date.now())) lock();
    hiddenAt = null;
    shield(false);
    restartTimer();
  });
}

/** What the session needs of `document`: whether the page is visible, and a place for the shield. */
export interface PageVisibility extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
  readonly documentElement: { readonly classList: { toggle(token: string, force?: boolean): boolean } };
}

/** Any use of the app counts as activity; a device left on the table locks by itself. */
export function watchActivity(target: EventTarget = window, page: PageVisibility = document): void {
  for (const type of ['pointerdown', 'keydown', 'input', 'scroll'] as const) {
    target.addEventListener(type, () => dataKey.value && restartTimer(), { passive: true, capture: true });
  }
  for (const setting of [autoLockMinutes, conversationLockMinutes, conversationsOnScreen]) {
    setting.subscribe(() => restartTimer());
  }
  watchVisibility(page);
}
