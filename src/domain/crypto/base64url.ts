/**
 * Base64url without padding (RFC 4648 §5): what keys, tokens and ciphertext look like in a link, a
 * file or a request. Decoding is strict and canonical (no padding, no stray characters, unused
 * trailing bits zero), so one byte string has exactly one spelling and a key cannot be altered
 * without changing what it decodes to.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;
const CODE_OF = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));

export function toBase64url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  let i = 0;
  const code = (sextet: number) => CODE_OF[sextet & 63] ?? 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = code(n >> 18);
    out[o++] = code(n >> 12);
    out[o++] = code(n >> 6);
    out[o++] = code(n);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out[o++] = code(n >> 18);
    out[o++] = code(n >> 12);
    if (rest === 2) out[o++] = code(n >> 6);
  }
  // Every byte is ASCII, so decoding it as UTF-8 is exact, and far quicker than string concatenation.
  return new TextDecoder().decode(out);
}

export class Base64urlError extends Error {
  override name = 'Base64urlError';
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const remainder = text.length % 4;
  if (remainder === 1) throw new Base64urlError('Not base64url');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  const value = (at: number): number => {
    const c = text.charCodeAt(at);
    const v = c < 128 ? (VALUE_OF[c] ?? -1) : -1;
    if (v < 0) throw new Base64urlError('Not base64url');
    return v;
  };
  let o = 0;
  let i = 0;
  for (; i + 3 < text.length; i += 4) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (remainder > 0) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (remainder === 3 ? value(i + 2) << 6 : 0);
    // Non-zero unused bits would give a second spelling of the same bytes.
    if ((remainder === 2 && (n & 0xffff) !== 0) || (remainder === 3 && (n & 0xff) !== 0)) {
      throw new Base64urlError('Not canonical base64url');
    }
    out[o++] = n >> 16;
    if (remainder === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
