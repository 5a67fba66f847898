import { randomBytes } from '../crypto/aes-gcm';
import { toBase64url } from '../crypto/base64url';

/**
 * The follow key of a proposal: 128 random bits made on the device when she sends a proposal,
 * sent with it (the server keeps only its SHA-256) and kept in the proposal's record and in her
 * backups. Whoever presents the proposal's id together with its key learns its outcome, so a new
 * device restored from her backup follows what the old one sent, while a device that knows or
 * guesses an id, but not the key, learns nothing. It says nothing about a resident and is kept in
 * the clear, as the device token is, so the service worker can follow decisions while locked.
 */
export const FOLLOW_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newFollowKey(): string {
  return toBase64url(randomBytes(16));
}
