import { PBKDF2_ITERATIONS } from '../domain/passphrase';
import type { BuurtgesprekDatabase } from './database';
import type { KeyringRecord } from './records';
import { createDataKey } from './sealed-box';

/**
 * The data key encrypts everything a resident said; it is stored only wrapped (AES-GCM) by a key
 * derived from the interviewer's passphrase with PBKDF2-SHA-256. Changing the passphrase re-wraps
 * the data key, so nothing else has to be re-encrypted.
 */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
}

const encoder = new TextEncoder();
const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

async function wrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<KeyringRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapper = await wrappingKey(passphrase, salt, iterations);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrapper, { name: 'AES-GCM', iv });
  return { id: 'data-key', wrapped, salt, iv, iterations };
}

async function unwrap(record: KeyringRecord, passphrase: string, extractable: boolean): Promise<CryptoKey> {
  const wrapper = await wrappingKey(passphrase, record.salt, record.iterations);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      record.wrapped,
      wrapper,
      { name: 'AES-GCM', iv: record.iv },
      DATA_KEY_ALGORITHM,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    // GCM authenticates the wrapped key: a wrong passphrase can only fail, never yield a wrong key.
    throw new WrongPassphraseError('The passphrase does not match.');
  }
}

export async function hasPassphrase(db: BuurtgesprekDatabase): Promise<boolean> {
  return (await db.keyring.get('data-key')) !== undefined;
}

/** First use: a fresh random data key, stored wrapped. Returns the key, ready to use. */
export async function setUpPassphrase(
  db: BuurtgesprekDatabase,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const dataKey = await createDataKey(true);
  const record = await wrap(dataKey, passphrase, iterations);
  await db.transaction('rw', db.keyring, async () => {
    if (await db.keyring.get('data-key')) throw new Error('A passphrase is already set on this device.');
    await db.keyring.add(record);
  });
  // The key in memory is never extractable: only changePassphrase needs to re-wrap it.
  return unwrap(record, passphrase, false);
}

export async function unlock(db: BuurtgesprekDatabase, passphrase: string): Promise<CryptoKey> {
  const record = await db.keyring.get('data-key');
  if (!record) throw new Error('No passphrase has been set on this device.');
  return unwrap(record, passphrase, false);
}

export async function changePassphrase(
  db: BuurtgesprekDatabase,
  oldPassphrase: string,
  newPassphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<void> {
  const record = await db.keyring.get('data-key');
  if (!record) throw new Error('No passphrase has been set on this device.');
  const dataKey = await unwrap(record, oldPassphrase, true);
  await db.keyring.put(await wrap(dataKey, newPassphrase, iterations));
}

/**
 * For adding another way to unlock (an authenticator): the data key as an extractable copy, which
 * the caller wraps at once and drops. Asking for the passphrase again proves that whoever adds a
 * way in knows it; the key the session holds stays non-extractable.
 */
export async function unlockToWrapAgain(db: BuurtgesprekDatabase, passphrase: string): Promise<CryptoKey> {
  const record = await db.keyring.get('data-key');
  if (!record) throw new Error('No passphrase has been set on this device.');
  return unwrap(record, passphrase, true);
}
