import * as v from 'valibot';
import { type FieldError, fieldErrors } from './validation';

/**
 * Encrypted packages: a conversation shared with a coach for feedback on technique, the coach's
 * feedback, and an interviewer's backup. They are encrypted on the device (AES-256-GCM) and the
 * server stores them without ever holding a key: a review's key travels only in the URL fragment,
 * which browsers do not send; a backup's key is derived from the interviewer's passphrase. The
 * server checks the envelope's shape and size and nothing else; what is inside is ciphertext.
 */

export const PACKAGE_KINDS = ['review', 'feedback', 'backup', 'review-key'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface PackageKdf {
  name: 'PBKDF2-SHA-256';
  /** base64url, 16 to 64 bytes. */
  salt: string;
  iterations: number;
}

export interface Envelope {
  format: 'buurtgesprek-package';
  version: 1;
  kind: PackageKind;
  cipher: 'AES-GCM-256';
  /** base64url of 12 bytes: 16 characters. */
  iv: string;
  /** base64url ciphertext (the GCM tag included), bounded by the route's limit. */
  data: string;
  /** How the key was derived from a passphrase: required for a backup. */
  kdf?: PackageKdf;
}

export const BLOB_LIMITS = {
  /** Request body of `POST /api/shares` (the conversation under review). */
  shareBodyBytes: 2 * 1024 * 1024,
  /** Request body of `PUT /api/shares/:id/feedback`. */
  feedbackBodyBytes: 1024 * 1024,
  /**
   * Room in a request body for everything but `data` (about 300 bytes in compact JSON): an
   * envelope whose `data` is as long as `maxDataChars` allows always fits the body limit.
   */
  envelopeOverheadBytes: 1024,
  ivChars: 16,
  /** The GCM tag alone is 16 bytes. */
  minDataChars: 22,
  saltChars: { min: 22, max: 86 },
  iterations: { min: 100_000, max: 10_000_000 },
  fieldErrors: 20,
} as const;

/** The longest `data` a request body of `bodyBytes` may carry. */
export function maxDataChars(bodyBytes: number): number {
  return bodyBytes - BLOB_LIMITS.envelopeOverheadBytes;
}

/**
 * 256 bits in base64url without padding, like a reply token, its SHA-256 and a backup lookup id.
 * The reply token is a secret the sharing device makes (32 random bytes, base64url); it sends
 * `replyTokenHash`, the base64url SHA-256 of the token's text, and the coach sends the token itself.
 */
export const BASE64URL_256_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** 128 random bits in base64url, made by the server: the capability to read a share. */
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** `POST /api/shares`. */
export interface NewShare {
  package: Envelope;
  replyTokenHash: string;
}

export interface ShareCreated {
  /** Unguessable; whoever has it can read the (encrypted) share. */
  id: string;
  expiresAt: string;
}

/** `GET /api/shares/:id`. */
export interface SharedPackage {
  package: Envelope;
  feedback: Envelope | null;
  feedbackAt: string | null;
  expiresAt: string;
}

/** `PUT /api/shares/:id/feedback` and `PUT /api/backups/:lookupId`. */
export interface PackageUpload {
  package: Envelope;
}

export interface FeedbackSaved {
  feedbackAt: string;
}

/** `PUT /api/backups/:lookupId` answers `{version, createdAt}`; `GET` adds the package. */
export interface BackupStored {
  version: number;
  createdAt: string;
}

export interface StoredBackup extends BackupStored {
  package: Envelope;
}

export interface BackupVersion extends BackupStored {
  /** Size of the stored envelope. */
  bytes: number;
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; errors: FieldError[] };
export type NewShareResult = { ok: true; share: NewShare } | { ok: false; errors: FieldError[] };
export type PackageUploadResult = { ok: true; upload: PackageUpload } | { ok: false; errors: FieldError[] };

/** valibot takes a list for an object with keys 0, 1, …; say what is wrong instead. */
function record<T extends v.ObjectEntries>(entries: T) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'must be an object'),
    v.strictObject(entries),
  );
}

// Unpadded base64url: a length of 4n + 1 characters cannot be whole bytes.
function base64url(min: number, max: number, tooLong: string, notBase64url: string) {
  return v.pipe(
    v.string('must be text'),
    // Length first, so an oversized value costs one comparison before the pattern scans it.
    v.maxLength(max, tooLong),
    v.minLength(min, notBase64url),
    v.regex(/^[A-Za-z0-9_-]*$/, notBase64url),
    v.check((text) => text.length % 4 !== 1, notBase64url),
  );
}

const KdfSchema = record({
  name: v.literal('PBKDF2-SHA-256', 'must be "PBKDF2-SHA-256"'),
  salt: base64url(
    BLOB_LIMITS.saltChars.min,
    BLOB_LIMITS.saltChars.max,
    'must be 16 to 64 bytes in base64url',
    'must be 16 to 64 bytes in base64url',
  ),
  iterations: v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(BLOB_LIMITS.iterations.min, `must be at least ${BLOB_LIMITS.iterations.min}`),
    v.maxValue(BLOB_LIMITS.iterations.max, `must be at most ${BLOB_LIMITS.iterations.max}`),
  ),
});

function envelopeSchema(kind: PackageKind, dataChars: number) {
  const entries = {
    format: v.literal('buurtgesprek-package', 'must be "buurtgesprek-package"'),
    version: v.literal(1, 'must be 1'),
    kind: v.literal(kind, `must be "${kind}"`),
    cipher: v.literal('AES-GCM-256', 'must be "AES-GCM-256"'),
    iv: base64url(
      BLOB_LIMITS.ivChars,
      BLOB_LIMITS.ivChars,
      'must be 12 bytes in base64url',
      'must be 12 bytes in base64url',
    ),
    data: base64url(
      BLOB_LIMITS.minDataChars,
      dataChars,
      `must be at most ${dataChars} characters`,
      'must be ciphertext in base64url without padding',
    ),
  };
  // A backup is opened with the passphrase alone, so it must say how its key was derived.
  return kind === 'backup'
    ? record({ ...entries, kdf: KdfSchema })
    : record({ ...entries, kdf: v.optional(KdfSchema) });
}

const SHA256_SCHEMA = v.pipe(
  v.string('must be text'),
  v.regex(BASE64URL_256_PATTERN, 'must be a SHA-256 in base64url (43 characters)'),
);

// The schemas and the interfaces above must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchInterfaces: [
  Same<v.InferOutput<ReturnType<typeof envelopeSchema>>, Envelope>,
  Same<v.InferOutput<typeof KdfSchema>, PackageKdf>,
] = [true, true];
void schemasMatchInterfaces;

/**
 * Checks an envelope of `kind` whose `data` is at most `maxDataChars` long. Errors name the field
 * (`iv`, `kdf/salt`) and never quote the value.
 */
export function parseEnvelope(input: unknown, kind: PackageKind, maxDataChars: number): EnvelopeResult {
  const result = v.safeParse(envelopeSchema(kind, maxDataChars), input, { abortPipeEarly: true });
  return result.success ? { ok: true, envelope: result.output } : failure(result.issues);
}

/** The body of `POST /api/shares`: a review package and the hash of the coach's reply token. */
export function parseNewShare(input: unknown, maxDataChars: number): NewShareResult {
  const schema = record({ package: envelopeSchema('review', maxDataChars), replyTokenHash: SHA256_SCHEMA });
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  return result.success ? { ok: true, share: result.output } : failure(result.issues);
}

/** The body of `PUT /api/shares/:id/feedback` (kind feedback) and `PUT /api/backups/:lookupId` (backup). */
export function parsePackageUpload(
  input: unknown,
  kind: PackageKind,
  maxDataChars: number,
): PackageUploadResult {
  const schema = record({ package: envelopeSchema(kind, maxDataChars) });
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  return result.success ? { ok: true, upload: result.output } : failure(result.issues);
}

function failure(issues: readonly v.BaseIssue<unknown>[]): { ok: false; errors: FieldError[] } {
  return {
    ok: false,
    errors: fieldErrors(issues, BLOB_LIMITS.fieldErrors),
  };
}
