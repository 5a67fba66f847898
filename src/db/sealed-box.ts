import { type Ciphertext, decrypt, encryptJson, jsonFromBytes, newKey } from '../domain/crypto/aes-gcm';

/**
 * Encryption at rest for anything a resident said, with the app's one primitive
 * (src/domain/crypto/aes-gcm.ts). Since format 2 each sealed value is bound to its place: the
 * table (and field) and the row's key are authenticated as associated data, so a sealed value
 * copied into another row or table fails to open instead of passing for that row's text.
 *
 * Format 1 (no `v`, no associated data) is what devices wrote before; it still opens, and every
 * record is written again as format 2 the next time it is saved. Formats are only ever added.
 */
export interface Sealed extends Ciphertext {
  /** Absent: format 1, sealed before records were bound to their place. */
  v?: typeof SEALED_FORMAT;
}

export const SEALED_FORMAT = 2;

/** Every place a sealed value lives: a table, or `table.field` where a row holds more than one. */
export type SealedPlace =
  | 'conversations'
  | 'notes'
  | 'revisions'
  | 'searchTexts'
  | 'shares.secrets'
  | 'shares.feedback'
  | 'coachReviews'
  | 'proposals'
  | 'settings';

export class UnsupportedSealedFormatError extends Error {
  override name = 'UnsupportedSealedFormatError';
}

function associatedData(place: SealedPlace, id: string): string {
  return `buurtgesprek-sealed|${SEALED_FORMAT}|${place}|${id}`;
}

export function createDataKey(extractable = true): Promise<CryptoKey> {
  // Extractable only so it can be wrapped by the passphrase key; it is never exported in the clear.
  return newKey(extractable);
}

/** Seals `value` for the row `id` of `place`; only that row of that place can open it again. */
export async function seal(key: CryptoKey, value: unknown, place: SealedPlace, id: string): Promise<Sealed> {
  const { iv, data } = await encryptJson(key, value, associatedData(place, id));
  return { v: SEALED_FORMAT, iv, data };
}

/** Throws when the key is wrong, the bytes were altered, or the value was sealed for another row. */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, place: SealedPlace, id: string): Promise<T> {
  const version: unknown = sealed.v;
  if (version !== undefined && version !== SEALED_FORMAT) {
    throw new UnsupportedSealedFormatError(`Sealed format ${String(version)} is newer than this app`);
  }
  const plain = await decrypt(key, sealed, version === undefined ? undefined : associatedData(place, id));
  return jsonFromBytes(plain) as T;
}
