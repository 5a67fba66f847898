import {
  type AuthenticatorRecord,
  findAuthenticator,
  listAuthenticators,
  newPrfSalt,
  removeAuthenticator,
  saveAuthenticator,
  unwrapWithAuthenticator,
} from '../db/authenticator-unlock';
import type { BuurtgesprekDatabase } from '../db/database';
import { unlockToWrapAgain } from '../db/keyring';

/**
 * Unlocking with fingerprint, face or security key, beside the passphrase (which stays the way
 * in when the authenticator is lost, and the only key to backups). The WebAuthn calls come in as
 * a `PrfAuthenticator`, so this flow runs against the browser and, in tests, against anything that
 * answers as an authenticator does.
 */
export interface PrfAuthenticator {
  /**
   * Makes a new credential, asking for the PRF of `salt` on the way; `prfOutput` is null when the
   * authenticator only evaluates PRF on a later sign-in (some do).
   */
  register(
    salt: Uint8Array<ArrayBuffer>,
  ): Promise<{ credentialId: Uint8Array; prfOutput: Uint8Array | null }>;
  /**
   * One user verification for any of `candidates`; which credential answered and its PRF output,
   * or null when the authenticator gave no PRF output. Rejects when the person cancels.
   */
  evaluate(
    candidates: { credentialId: Uint8Array; salt: Uint8Array<ArrayBuffer> }[],
  ): Promise<{ credentialId: Uint8Array; prfOutput: Uint8Array } | null>;
  /**
   * Tells the authenticator the credential is no longer used here, so its list of passkeys can
   * drop it. Best effort: many authenticators ignore this, and nothing depends on it.
   */
  forget(credentialId: string): Promise<void>;
}

/** The credential was made, but the authenticator will not derive a secret from it (no PRF support). */
export class PrfUnavailableError extends Error {
  override name = 'PrfUnavailableError';
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export type { AuthenticatorRecord };
export { listAuthenticators };

/**
 * Adds an authenticator. The passphrase comes first (a wrong one throws WrongPassphraseError
 * before anyone is asked to touch a sensor); its extractable copy of the data key lives only
 * until it is wrapped for the new credential.
 */
export async function addAuthenticator(
  db: BuurtgesprekDatabase,
  authenticator: PrfAuthenticator,
  passphrase: string,
  label: string,
  now: number = Date.now(),
): Promise<AuthenticatorRecord> {
  const extractableDataKey = await unlockToWrapAgain(db, passphrase);
  const salt = newPrfSalt();
  const made = await authenticator.register(salt);
  let prfOutput = made.prfOutput;
  if (!prfOutput) {
    const answer = await authenticator.evaluate([{ credentialId: made.credentialId, salt }]);
    prfOutput = answer?.prfOutput ?? null;
  }
  if (!prfOutput) {
    // A credential that can never unlock anything should not linger in the person's passkey list.
    await authenticator.forget(toBase64Url(made.credentialId));
    throw new PrfUnavailableError('This authenticator does not support the PRF extension.');
  }
  return saveAuthenticator(db, {
    credentialId: toBase64Url(made.credentialId),
    salt,
    prfOutput: new Uint8Array(prfOutput),
    extractableDataKey,
    label,
    createdAt: now,
  });
}

/** The data key (non-extractable) after one user verification on any registered authenticator. */
export async function unlockWithAuthenticator(
  db: BuurtgesprekDatabase,
  authenticator: PrfAuthenticator,
): Promise<CryptoKey> {
  const records = await listAuthenticators(db);
  if (records.length === 0) throw new Error('No authenticator is registered on this device.');
  const answer = await authenticator.evaluate(
    records.map((record) => ({ credentialId: fromBase64Url(record.credentialId), salt: record.salt })),
  );
  if (!answer) throw new PrfUnavailableError('The authenticator gave no PRF output.');
  const record = await findAuthenticator(db, toBase64Url(answer.credentialId));
  if (!record) throw new Error('The authenticator answered with a credential this device does not know.');
  return unwrapWithAuthenticator(record, new Uint8Array(answer.prfOutput));
}

/** Removes an authenticator from this device: its wrapping goes, so it unlocks nothing here any more. */
export async function forgetAuthenticator(
  db: BuurtgesprekDatabase,
  authenticator: PrfAuthenticator,
  credentialId: string,
): Promise<void> {
  await removeAuthenticator(db, credentialId);
  await authenticator.forget(credentialId);
}
