/**
 * The one encryption primitive of the app: AES-256-GCM through WebCrypto (a global in the page,
 * the service worker and Node alike, so the domain stays free of any platform module). Records at
 * rest (src/db/sealed-box.ts) and packages that travel (src/domain/packages/envelope.ts) are both
 * sealed here. A fresh 96-bit IV per message: never reuse one with the same key, or GCM loses
 * both confidentiality and integrity.
 */
export const AES_GCM_256 = { name: 'AES-GCM', length: 256 } as const;

/** The IV and the ciphertext (tag included) of one message. */
export interface Ciphertext {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A fresh random key. Extractable only where it must be wrapped; it is never exported in the clear. */
export function newKey(extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES_GCM_256, extractable, ['encrypt', 'decrypt']);
}

/** Not extractable: once imported, the key is only used, never handed on. */
export function importRawKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, AES_GCM_256, false, ['encrypt', 'decrypt']);
}

function params(iv: Uint8Array<ArrayBuffer>, associatedData: string | undefined): AesGcmParams {
  // Associated data is authenticated, not encrypted: what the message is bound to (its kind, its
  // table and row). Opening it anywhere else fails as surely as a wrong key.
  return associatedData === undefined
    ? { name: 'AES-GCM', iv }
    : { name: 'AES-GCM', iv, additionalData: encoder.encode(associatedData) };
}

export async function encrypt(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  associatedData?: string,
): Promise<Ciphertext> {
  const iv = randomBytes(12);
  return { iv, data: await crypto.subtle.encrypt(params(iv, associatedData), key, plain) };
}

/** Throws when the key, the bytes or the associated data differ: GCM never returns garbage. */
export async function decrypt(
  key: CryptoKey,
  { iv, data }: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer | Uint8Array<ArrayBuffer> },
  associatedData?: string,
): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt(params(iv, associatedData), key, data);
}

/** A JSON value, as UTF-8. */
export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  associatedData?: string,
): Promise<Ciphertext> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Only a JSON value can be sealed');
  return encrypt(key, encoder.encode(json), associatedData);
}

/** What encryptJson sealed; throws for bytes that are no UTF-8 JSON. */
export function jsonFromBytes(plain: ArrayBuffer): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
}

export async function decryptJson(
  key: CryptoKey,
  ciphertext: Ciphertext,
  associatedData?: string,
): Promise<unknown> {
  return jsonFromBytes(await decrypt(key, ciphertext, associatedData));
}

/** The raw key, encrypted (AES-GCM) by another key: how a passphrase protects the data key. */
export async function wrapKey(key: CryptoKey, wrapper: CryptoKey): Promise<Ciphertext> {
  const iv = randomBytes(12);
  return { iv, data: await crypto.subtle.wrapKey('raw', key, wrapper, { name: 'AES-GCM', iv }) };
}

export function unwrapKey(wrapped: Ciphertext, wrapper: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.data,
    wrapper,
    { name: 'AES-GCM', iv: wrapped.iv },
    AES_GCM_256,
    extractable,
    ['encrypt', 'decrypt'],
  );
}
