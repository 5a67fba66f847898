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

/** Where a scanned enrolment link leads: the app's sync screen, with the code to fill in. */
export const ENROLMENT_PATH = '/synchronisatie';

/**
 * What the console's QR code holds: a link to this app with the code, so a phone's own camera app
 * opens the enrolment screen with the code filled in, and the app's scanner reads the same code
 * that would be typed.
 */
export function enrolmentLink(origin: string, code: string): string {
  return `${origin}${ENROLMENT_PATH}?code=${formatEnrolmentCode(code)}`;
}

/**
 * The code in what a scanner read: an enrolment link (of any origin: the app checks the code with
 * its own server) or the code itself. Null when it holds neither.
 */
export function enrolmentCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  const direct = normaliseEnrolmentCode(trimmed);
  if (direct !== null) return formatEnrolmentCode(direct);
  const found = /[?&]code=([0-9A-Za-z-]{12,20})(?:&|#|$)/.exec(trimmed);
  const fromLink = found?.[1] === undefined ? null : normaliseEnrolmentCode(found[1]);
  return fromLink === null ? null : formatEnrolmentCode(fromLink);
}
