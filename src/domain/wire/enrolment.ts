/**
 * Enrolling a device: an administrator hands out a one-time code, the device exchanges it for a
 * device token with `POST /api/enrol`. Codes are typed by hand (or read aloud), so they use
 * Crockford's base 32: no I, L, O or U, and the look-alikes are read as the digit they resemble.
 */

export const ENROLMENT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 characters of 5 bits: 60 bits, shown as three groups of four. */
export const ENROLMENT_CODE_LENGTH = 12;

export interface EnrolRequest {
  code: string;
}

export interface EnrolledArea {
  id: string;
  name: string;
}

export interface EnrolResponse {
  /** Secret: send as `Authorization: Bearer <deviceToken>`; store it only on this device. */
  deviceToken: string;
  area: EnrolledArea;
}

const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * The canonical form of a typed code ("abcd-efgh 1jkm" → "ABCDEFGH1JKM"), or null when it cannot
 * be one. Spaces and hyphens are ignored and case does not matter.
 */
export function normaliseEnrolmentCode(typed: string): string | null {
  if (typed.length > 64) return null;
  let code = '';
  for (const char of typed.toUpperCase()) {
    if (char === ' ' || char === '-') continue;
    const digit = LOOK_ALIKES[char] ?? char;
    if (!ENROLMENT_CODE_ALPHABET.includes(digit)) return null;
    code += digit;
  }
  return code.length === ENROLMENT_CODE_LENGTH ? code : null;
}

/** "ABCDEFGH1JKM" → "ABCD-EFGH-1JKM", as printed for the person who types it. */
export function formatEnrolmentCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The body of `POST /api/enrol`, or null when it is not `{ "code": "<text>" }`. */
export function parseEnrolRequest(body: unknown): EnrolRequest | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'code') return null;
  const { code } = body as { code: unknown };
  return typeof code === 'string' ? { code } : null;
}
