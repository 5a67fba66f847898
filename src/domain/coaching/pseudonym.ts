/**
 * The name an interviewer chooses for coaching (issue 16): how the coach knows whose technique she
 * follows over time, without a real name. It goes in the review copy and, when the coach has an
 * account, in her records at the server: never a resident's anything.
 */

/** Long enough for a first name or a nickname, too short for a full name with an address. */
export const PSEUDONYM_MAX = 40;

/** A pseudonym as typed, trimmed and with single spaces; empty means none. */
export function cleanPseudonym(typed: string): string | null {
  const trimmed = typed.trim().replace(/\s+/g, ' ').slice(0, PSEUDONYM_MAX).trim();
  return trimmed === '' ? null : trimmed;
}
