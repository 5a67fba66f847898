import type { BuurtgesprekDatabase } from './database';

/**
 * A second way to unlock the data key: a WebAuthn credential with the PRF extension. The
 * authenticator turns a stored random salt into 32 secret bytes only after verifying the user
 * (fingerprint, face, PIN of a security key); HKDF makes an AES-GCM key of them, which wraps the
 * same data key the passphrase wraps. Stored here: the credential id, the salt and the wrapped
 * key. The PRF output itself is never stored, so this record alone opens nothing.
 */
export interface AuthenticatorRecord {
  /** The credential's raw id, base64url: the key of the table and what WebAuthn is asked for. */
  credentialId: string;
  /** PRF input; random per credential, so one authenticator gives each registration its own key. */
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  wrapped: ArrayBuffer;
  createdAt: number;
  /** A name the interviewer chose ("my phone"), to tell several apart when removing one. */
  label: string;
}

/** The authenticator answered, but its secret does not open this wrapping (another credential, altered record). */
export class AuthenticatorKeyMismatchError extends Error {
  override name = 'AuthenticatorKeyMismatchError';
}

export const PRF_SALT_BYTES = 32;
const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
// Versioned: a later scheme derives a different key from the same PRF output.
const HKDF_INFO = new TextEncoder().encode('buurtgesprek authenticator wrapping key v1');

export function newPrfSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(PRF_SALT_BYTES));
}

async function wrappingKey(prfOutput: BufferSource): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    // The PRF output is already uniformly random; HKDF only separates this use of it from any other.
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: HKDF_INFO },
    material,
    DATA_KEY_ALGORITHM,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** The credential id is authenticated with the key, so a record cannot be moved onto another credential. */
const boundTo = (credentialId: string) => new TextEncoder().encode(credentialId);

/**
 * Stores the data key wrapped for one credential. `extractableDataKey` must be a transient copy
 * (unwrapped from the passphrase for this purpose only): WebCrypto can wrap only extractable keys,
 * and the key the session holds never is.
 */
export async function saveAuthenticator(
  db: BuurtgesprekDatabase,
  entry: {
    credentialId: string;
    salt: Uint8Array<ArrayBuffer>;
    prfOutput: BufferSource;
    extractableDataKey: CryptoKey;
    label: string;
    createdAt: number;
  },
): Promise<AuthenticatorRecord> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await crypto.subtle.wrapKey(
    'raw',
    entry.extractableDataKey,
    await wrappingKey(entry.prfOutput),
    {
      name: 'AES-GCM',
      iv,
      additionalData: boundTo(entry.credentialId),
    },
  );
  const record: AuthenticatorRecord = {
    credentialId: entry.credentialId,
    salt: entry.salt,
    iv,
    wrapped,
    createdAt: entry.createdAt,
    label: entry.label,
  };
  await db.authenticators.put(record);
  return record;
}

/** The data key, never extractable, from the PRF output the authenticator gave for this record's salt. */
export async function unwrapWithAuthenticator(
  record: AuthenticatorRecord,
  prfOutput: BufferSource,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      record.wrapped,
      await wrappingKey(prfOutput),
      { name: 'AES-GCM', iv: record.iv, additionalData: boundTo(record.credentialId) },
      DATA_KEY_ALGORITHM,
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new AuthenticatorKeyMismatchError('This authenticator does not open the data key.');
  }
}

export function listAuthenticators(db: BuurtgesprekDatabase): Promise<AuthenticatorRecord[]> {
  return db.authenticators.orderBy('createdAt').toArray();
}

export async function findAuthenticator(
  db: BuurtgesprekDatabase,
  credentialId: string,
): Promise<AuthenticatorRecord | undefined> {
  return db.authenticators.get(credentialId);
}

export async function hasAuthenticator(db: BuurtgesprekDatabase): Promise<boolean> {
  return (await db.authenticators.count()) > 0;
}

export async function removeAuthenticator(db: BuurtgesprekDatabase, credentialId: string): Promise<void> {
  await db.authenticators.delete(credentialId);
}
