import { randomBytes, unwrapKey, wrapKey } from '../domain/crypto/aes-gcm';
import { passphraseKey } from '../domain/crypto/passphrase-key';
import { PBKDF2_ITERATIONS } from '../domain/passphrase';
import type { BuurtgesprekDatabase } from './database';
import type { KeyringRecord } from './records';
import { createDataKey } from './sealed-box';

/**
 * The data key encrypts everything a resident said; it is stored only wrapped (AES-GCM) by a key
 * derived from the interviewer's passphrase with PBKDF2-SHA-256, both from src/domain/crypto/.
 * Changing the passphrase re-wraps the data key, so nothing else has to be re-encrypted.
 */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<KeyringRecord> {
  const salt = randomBytes(16);
  const { iv, data } = await wrapKey(dataKey, await passphraseKey(passphrase, salt, iterations, 'wrap'));
  return { id: 'data-key', wrapped: data, salt, iv, iterations };
}

async function unwrap(record: KeyringRecord, passphrase: string, extractable: boolean): Promise<CryptoKey> {
  const wrapper = await passphraseKey(passphrase, record.salt, record.iterations, 'wrap');
  try {
    return await unwrapKey({ iv: record.iv, data: record.wrapped }, wrapper, extractable);
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
