import { groupCode, normaliseCode, randomCode } from './packages/crockford';
import { type Envelope, openWithPassphrase, PackageError, sealWithPassphrase } from './packages/envelope';
import { isReviewLink, type ReviewLink } from './review-link';

/**
 * A review link as a short code to read aloud or type on a phone: 16 characters of Crockford's
 * base32 (80 bits, `7K2M 9QXP 4HDT 0BWE`), any case, no look-alikes. The first six characters are
 * the code id: under it the server keeps, for as long as the share is open, the link itself (share
 * id and key) sealed with a key derived from the whole code (PBKDF2-SHA-256, 600,000 iterations,
 * the envelope format of every package). The coach types the code, the app asks the server for
 * the sealed link by its id, opens it with the code, and goes on as if the link had been clicked.
 *
 * Threat model. Someone without the code must guess 80 bits online against a rate-limited route;
 * knowing only an id (30 bits, found by trying ids) gives a sealed link that takes 2^50 PBKDF2
 * derivations of 600,000 rounds to open: centuries of GPU time. The server operator holds the same
 * sealed link and is in the same position. Whoever has the code can read the review, as whoever
 * has the link can: the code is handed over the way the link is, person to person.
 */
export const REVIEW_CODE_CHARACTERS = 16;
const ID_CHARACTERS = 6;
export const REVIEW_CODE_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{6}$/;

export interface ReviewCode {
  /** The normalised code, 16 characters. */
  code: string;
  /** Its first six characters: what the server files the sealed link under. */
  id: string;
}

const of = (code: string): ReviewCode => ({ code, id: code.slice(0, ID_CHARACTERS) });

export function newReviewCode(): ReviewCode {
  return of(randomCode(REVIEW_CODE_CHARACTERS));
}

/** In four groups of four, spaces between: the way it is read out. */
export function formatReviewCode(code: ReviewCode): string {
  return groupCode(code.code, ' ');
}

/** A typed code (any case, spaces or dashes, O for 0), or null when it cannot be one. */
export function parseReviewCode(typed: string): ReviewCode | null {
  const code = normaliseCode(typed, REVIEW_CODE_CHARACTERS);
  return code === null ? null : of(code);
}

const secret = (code: ReviewCode) => `buurtgesprek/review-code/v1\n${code.code}`;

export function sealLinkForCode(code: ReviewCode, link: ReviewLink): Promise<Envelope> {
  return sealWithPassphrase('review-key', { shareId: link.shareId, key: link.key }, secret(code));
}

/** The link sealed under the code; a wrong code or a tampered package throws 'cannot-open'. */
export function openLinkWithCode(code: ReviewCode, sealed: unknown): Promise<ReviewLink> {
  return openWithPassphrase('review-key', sealed, secret(code), (value) => {
    if (!isReviewLink(value)) throw new PackageError('malformed');
    return { shareId: value.shareId, key: value.key };
  });
}
