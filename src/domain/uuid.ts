/**
 * UUIDs made on the device, from `crypto.getRandomValues` (never `Math.random`): they double as
 * idempotency keys, so they must be unguessable.
 *
 * - A summary's id is a UUIDv4: random bits only. It leaves the device, and an id that carries
 *   its creation time (as v7 does) would tell the server when the conversation was completed,
 *   which the summary otherwise gives only as year and quarter. Ids made before this change are
 *   v7 and may still wait in an outbox, so the server accepts both (`SUMMARY_ID_PATTERN`).
 * - UUIDv7 (RFC 9562: 48 bits of Unix time in milliseconds, then 74 random bits) stays for ids
 *   that never leave the device, where creation order suits B-tree indexes.
 */

/** Random UUIDs (version 4), lowercase. */
export const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A summary's id: a UUIDv4, or a UUIDv7 made by an older version of the app. */
export const SUMMARY_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

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

/** A new random UUID (version 4); pass a source to make it deterministic in tests. */
export function uuidv4(source: Pick<UuidSource, 'fillRandom'> = systemSource): string {
  const bytes = new Uint8Array(16);
  source.fillRandom(bytes);
  bytes[6] = 0x40 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  return formatted(bytes);
}

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
  return formatted(bytes);
}

function formatted(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time written into a UUIDv7, in milliseconds since the Unix epoch. */
export function uuidv7Time(id: string): number {
  if (!isUuidV7(id)) throw new RangeError('not a UUIDv7');
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
