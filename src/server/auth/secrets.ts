import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer tokens: 256 random bits, stored only as their SHA-256. A stolen database then holds
 * nothing that authenticates; plain SHA-256 (no salt, no stretching) is enough because the token
 * is random, not a password someone chose. The prefix says what a token is for, so a leaked one is
 * recognised by secret scanners and a device token sent to a reader route is told apart.
 */
export const DEVICE_TOKEN_PREFIX = 'bgd_';
export const READER_TOKEN_PREFIX = 'bgr_';
/** Sessions of the console (`/api/account/login`, single sign-on); area-team sessions keep `bgr_`. */
export const SESSION_TOKEN_PREFIX = 'bgs_';

export function newToken(
  prefix: typeof DEVICE_TOKEN_PREFIX | typeof READER_TOKEN_PREFIX | typeof SESSION_TOKEN_PREFIX,
): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

// Longer than any token we issue; anything beyond it is not worth hashing.
const MAX_TOKEN_LENGTH = 200;

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  const token = match?.[1];
  return token !== undefined && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
}
