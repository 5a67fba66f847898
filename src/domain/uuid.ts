/**
 * UUIDv7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits. A summary's id is
 * one, made on the device when the conversation is completed; it doubles as the idempotency key,
 * so it must be unguessable (random bits from `crypto.getRandomValues`, never `Math.random`).
 * The time prefix keeps ids of one device roughly in creation order, which suits B-tree indexes.
 */

/** Lowercase only: one spelling per id, so "same id" is plain string equality on both sides. */
export const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuidV7(candidate: string): boolean {
  return UUID_V7_PATTERN.test(candidate);
}

export interface UuidSource {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Fills `bytes` with random bytes. */
  fillRandom(bytes: Uint8Array<ArrayBuffer>): void;
}

const systemSource: UuidSource = {
  now: () => Date.now(),
  fillRandom: (bytes) => {
    crypto.getRandomValues(bytes);
  },
};

/** A new UUIDv7; pass a source to make it deterministic in tests. */
export function uuidv7(source: UuidSource = systemSource): string {
  const ms = source.now();
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) {
    throw new RangeError('UUIDv7 needs a time from 1970 to the year 10889 in whole milliseconds');
  }
  const bytes = new Uint8Array(16);
  const random = new Uint8Array(10);
  source.fillRandom(random);
  bytes.set(random, 6);
  // 48-bit big-endian timestamp; division, not shifts, because JavaScript shifts are 32-bit.
  for (let i = 5, rest = ms; i >= 0; i--, rest = Math.floor(rest / 256)) bytes[i] = rest % 256;
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time written into a UUIDv7, in milliseconds since the Unix epoch. */
export function uuidv7Time(id: string): number {
  if (!isUuidV7(id)) throw new RangeError('not a UUIDv7');
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
