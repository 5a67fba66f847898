import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A share id is the capability to read a share: 128 random bits, unguessable, never derived from
 * anything. Like tokens it is stored only as its SHA-256 (`hashSecret`), so a copy of the
 * database holds no working link.
 */
export function newShareId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Whether `token` is the reply token whose hash the sharing device sent: the base64url SHA-256 of
 * the token's text. Compared in constant time, so the answer's timing says nothing about how
 * much of a guess was right.
 */
export function isReplyToken(token: string, replyTokenHash: string): boolean {
  const actual = createHash('sha256').update(token, 'utf8').digest();
  const expected = Buffer.from(replyTokenHash, 'base64url');
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
