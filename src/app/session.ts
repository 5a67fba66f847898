import { signal } from '@preact/signals';
import { AUTO_LOCK_DEFAULT_MINUTES } from '../domain/passphrase';

/**
 * The unlocked data key, held only in memory. Locking drops it, and with it every screen that
 * shows decrypted text unmounts. Writes already queued keep their own reference until stored:
 * dropping them would lose what was typed, which is worse than holding it a moment longer.
 */
export const dataKey = signal<CryptoKey | null>(null);
export const autoLockMinutes = signal(AUTO_LOCK_DEFAULT_MINUTES);

let timer: ReturnType<typeof setTimeout> | null = null;
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

export function lock(): void {
  dataKey.value = null;
  passphraseForBackup = null;
  if (timer) clearTimeout(timer);
  timer = null;
}

function restartTimer(): void {
  if (timer) clearTimeout(timer);
  timer = dataKey.value ? setTimeout(lock, autoLockMinutes.value * 60_000) : null;
}

export function unlocked(key: CryptoKey, passphrase?: string): void {
  if (passphrase !== undefined) passphraseForBackup = passphrase;
  dataKey.value = key;
  restartTimer();
}

/** Any use of the app counts as activity; a device left on the table locks by itself. */
export function watchActivity(target: EventTarget = window): void {
  for (const type of ['pointerdown', 'keydown', 'input', 'scroll'] as const) {
    target.addEventListener(type, () => dataKey.value && restartTimer(), { passive: true, capture: true });
  }
  autoLockMinutes.subscribe(() => restartTimer());
}
