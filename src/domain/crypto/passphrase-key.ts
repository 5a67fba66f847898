import { AES_GCM_256 } from './aes-gcm';

/**
 * Keys from what a person remembers: PBKDF2-SHA-256, for the passphrase that wraps the data key
 * at rest and for backups sealed with it. The count is chosen by the caller and stored beside
 * the salt (PBKDF2_ITERATIONS for new keys), so an older, faster count still opens.
 */
const encoder = new TextEncoder();

// NFC: "é" typed on a phone and on a laptop must be the same passphrase.
function material(passphrase: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
    'deriveBits',
  ]);
}

/** `wrap`: a key that only wraps the data key; `seal`: one that encrypts a package itself. */
export async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  use: 'wrap' | 'seal',
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await material(passphrase),
    AES_GCM_256,
    false,
    use === 'wrap' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt'],
  );
}

/** 256 bits derived from the passphrase: an identifier as slow to guess as the passphrase itself. */
export async function passphraseBits(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await material(passphrase),
    256,
  );
  return new Uint8Array(bits);
}
