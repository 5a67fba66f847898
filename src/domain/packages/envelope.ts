import * as v from 'valibot';
import { decrypt, encryptJson, importRawKey, jsonFromBytes, randomBytes } from '../crypto/aes-gcm';
import { fromBase64url, toBase64url } from '../crypto/base64url';
import { passphraseBits, passphraseKey } from '../crypto/passphrase-key';
import { PBKDF2_ITERATIONS } from '../passphrase';
import { PACKAGE_KINDS, type PackageKind } from '../wire/blobs';

/**
 * End-to-end encrypted packages: a conversation shared with a coach, the coach's feedback, a
 * device backup. The server (or a USB stick) only ever holds the envelope; the key travels apart,
 * in a link's fragment or as a passphrase, so whoever stores the envelope cannot read it.
 */
export const PACKAGE_FORMAT = 'buurtgesprek-package';
export const PACKAGE_VERSION = 1;
// The kinds are part of the wire format: one list, there.
export { PACKAGE_KINDS, type PackageKind };

export interface Envelope {
  format: typeof PACKAGE_FORMAT;
  version: 1;
  kind: PackageKind;
  cipher: 'AES-GCM-256';
  /** base64url of 12 random bytes. */
  iv: string;
  /** base64url ciphertext of UTF-8 JSON. */
  data: string;
  kdf?: { name: 'PBKDF2-SHA-256'; salt: string; iterations: number };
}

export type PackageProblem = 'malformed' | 'wrong-kind' | 'unsupported-version' | 'cannot-open';

export class PackageError extends Error {
  override name = 'PackageError';
  constructor(readonly problem: PackageProblem) {
    super(`Package: ${problem}`);
  }
}

/** Caps on what an envelope may carry, in base64url characters: a hostile file stays bounded. */
export const PACKAGE_LIMITS = {
  dataChars: {
    review: 16 * 1024 * 1024,
    feedback: 1024 * 1024,
    backup: 256 * 1024 * 1024,
    'review-key': 1024,
  },
  /** A higher count would let a hostile envelope keep a phone busy for hours. */
  maxIterations: 10_000_000,
} as const;

const encoder = new TextEncoder();
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const base64url = (length: number) => v.pipe(v.string(), v.length(length), v.regex(BASE64URL));

const EnvelopeSchema = v.strictObject({
  format: v.literal(PACKAGE_FORMAT),
  version: v.literal(PACKAGE_VERSION),
  kind: v.picklist(PACKAGE_KINDS),
  cipher: v.literal('AES-GCM-256'),
  iv: base64url(16),
  // 16 bytes of GCM tag at least; the upper bound depends on the kind and is checked below.
  data: v.pipe(v.string(), v.minLength(22), v.maxLength(PACKAGE_LIMITS.dataChars.backup)),
  kdf: v.optional(
    v.strictObject({
      name: v.literal('PBKDF2-SHA-256'),
      salt: base64url(22),
      iterations: v.pipe(
        v.number(),
        v.safeInteger(),
        v.minValue(1),
        v.maxValue(PACKAGE_LIMITS.maxIterations),
      ),
    }),
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<v.InferOutput<typeof EnvelopeSchema>, Envelope> = true;
void schemaMatchesInterface;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checked in the order that gives the most useful answer: not ours at all, then made by a newer
 * app (whose shape this version cannot know), then meant for another screen, then broken.
 */
function readEnvelope(input: unknown, expected: PackageKind | null): Envelope {
  if (!isRecord(input) || input.format !== PACKAGE_FORMAT) throw new PackageError('malformed');
  if (input.version !== PACKAGE_VERSION) throw new PackageError('unsupported-version');
  if (typeof input.kind !== 'string') throw new PackageError('malformed');
  if (expected !== null && input.kind !== expected) throw new PackageError('wrong-kind');
  const result = v.safeParse(EnvelopeSchema, input);
  if (!result.success || result.output.data.length > PACKAGE_LIMITS.dataChars[result.output.kind]) {
    throw new PackageError('malformed');
  }
  return result.output;
}

/** Format, version and kind are authenticated with the ciphertext: relabelling a package breaks it. */
function additionalData(kind: PackageKind): string {
  return `${PACKAGE_FORMAT}|${PACKAGE_VERSION}|${kind}`;
}

function decode(text: string): Uint8Array<ArrayBuffer> {
  try {
    return fromBase64url(text);
  } catch {
    throw new PackageError('malformed');
  }
}

async function encryptPackage(kind: PackageKind, value: unknown, key: CryptoKey) {
  const { iv, data } = await encryptJson(key, value, additionalData(kind));
  return { iv: toBase64url(iv), data: toBase64url(new Uint8Array(data)) };
}

async function decryptPackage<T>(
  envelope: Envelope,
  key: CryptoKey,
  parse: (value: unknown) => T,
): Promise<T> {
  const ciphertext = { iv: decode(envelope.iv), data: decode(envelope.data) };
  let plain: ArrayBuffer;
  try {
    plain = await decrypt(key, ciphertext, additionalData(envelope.kind));
  } catch {
    // GCM cannot tell a wrong key from altered bytes, and neither should we pretend to.
    throw new PackageError('cannot-open');
  }
  let value: unknown;
  try {
    value = jsonFromBytes(plain);
  } catch {
    throw new PackageError('malformed');
  }
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('malformed');
  }
}

/** A fresh 256-bit key; `encoded` (43 characters) is what goes into a share link's fragment. */
export async function newPackageKey(): Promise<{ key: CryptoKey; encoded: string }> {
  const encoded = toBase64url(randomBytes(32));
  return { key: await importPackageKey(encoded), encoded };
}

export async function importPackageKey(encoded: string): Promise<CryptoKey> {
  if (typeof encoded !== 'string' || encoded.length !== 43) throw new PackageError('malformed');
  return importRawKey(decode(encoded));
}

export async function sealPackage(kind: PackageKind, value: unknown, key: CryptoKey): Promise<Envelope> {
  const { iv, data } = await encryptPackage(kind, value, key);
  return { format: PACKAGE_FORMAT, version: PACKAGE_VERSION, kind, cipher: 'AES-GCM-256', iv, data };
}

export async function openPackage<T>(
  kind: PackageKind,
  envelope: unknown,
  key: CryptoKey,
  parse: (value: unknown) => T,
): Promise<T> {
  return decryptPackage(readEnvelope(envelope, kind), key, parse);
}

/** For a package kept by a person rather than a link: a backup file, or a backup on the server. */
export async function sealWithPassphrase(
  kind: PackageKind,
  value: unknown,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<Envelope> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > PACKAGE_LIMITS.maxIterations) {
    throw new RangeError('Iterations out of range');
  }
  const salt = randomBytes(16);
  const key = await passphraseKey(passphrase, salt, iterations, 'seal');
  const { iv, data } = await encryptPackage(kind, value, key);
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    kind,
    cipher: 'AES-GCM-256',
    iv,
    data,
    kdf: { name: 'PBKDF2-SHA-256', salt: toBase64url(salt), iterations },
  };
}

/** An envelope sealed with a key, not a passphrase, cannot be opened with one: 'cannot-open'. */
export async function openWithPassphrase<T>(
  kind: PackageKind,
  envelope: unknown,
  passphrase: string,
  parse: (value: unknown) => T,
): Promise<T> {
  const checked = readEnvelope(envelope, kind);
  if (!checked.kdf) throw new PackageError('cannot-open');
  const key = await passphraseKey(passphrase, decode(checked.kdf.salt), checked.kdf.iterations, 'seal');
  return decryptPackage(checked, key, parse);
}

/** 256 random bits: a share id or a reply token nobody can guess. */
export function randomToken(): string {
  return toBase64url(randomBytes(32));
}

export async function sha256Base64url(text: string): Promise<string> {
  return toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

/**
 * Where a device's backup is kept on the server, derived from the passphrase and the area, so a
 * new device finds it with what the interviewer remembers and the server learns neither. As slow
 * to guess as the passphrase itself (the same PBKDF2 count as at rest), but the salt is fixed per
 * area: a guess costs the server one derivation for every device of that area at once.
 */
export async function backupLookupId(passphrase: string, areaId: string): Promise<string> {
  const salt = encoder.encode(`buurtgesprek/backup/${areaId}`);
  return toBase64url(await passphraseBits(passphrase, salt, PBKDF2_ITERATIONS));
}

/** Pretty JSON with keys in a fixed order, for a download. */
export function envelopeToFile(envelope: Envelope): string {
  const { format, version, kind, cipher, iv, data, kdf } = envelope;
  const ordered = kdf
    ? {
        format,
        version,
        kind,
        cipher,
        kdf: { name: kdf.name, salt: kdf.salt, iterations: kdf.iterations },
        iv,
        data,
      }
    : { format, version, kind, cipher, iv, data };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Reads a downloaded package. A newer app's package says so ('unsupported-version'); anything else is 'malformed'. */
export function envelopeFromFile(text: string): Envelope {
  if (typeof text !== 'string' || text.length > PACKAGE_LIMITS.dataChars.backup + 4096) {
    throw new PackageError('malformed');
  }
  let parsed: unknown;
  try {
    // Windows editors like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new PackageError('malformed');
  }
  return readEnvelope(parsed, null);
}
