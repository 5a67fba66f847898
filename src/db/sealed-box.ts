/**
 * Encryption at rest for anything a resident said. AES-GCM through WebCrypto, which exists
 * in browsers, service workers and Node alike. A fresh 96-bit IV per write: never reuse one
 * with the same key, or GCM loses both confidentiality and integrity.
 */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function createDataKey(extractable = true): Promise<CryptoKey> {
  // Extractable only so it can be wrapped by the passphrase key; it is never exported in the clear.
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Throws when the key is wrong or the bytes were altered: GCM authenticates, it never returns garbage. */
export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return JSON.parse(decoder.decode(plain)) as T;
}
