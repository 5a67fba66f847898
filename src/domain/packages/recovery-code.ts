import { groupCode, normaliseCode, randomCode } from './crockford';
import { sha256Base64url } from './envelope';

/**
 * The recovery code of an interviewer's server backup: 120 random bits, made on the device when
 * backups are set up, shown once to be written down or printed, and kept on the device only sealed
 * with the data key. It is the one thing a new device needs (besides enrolment) to find and open
 * the backup:
 * - the slot id the server files the backup under is a hash of the code, so whoever sees the id
 *   (database, a proxy's log) has nothing to test guesses against: 2^120 codes, none guessable;
 * - the backup is sealed with a key derived from the code (PBKDF2, as for a passphrase: not
 *   needed at this entropy, but it keeps one envelope format for every backup).
 * Two interviewers never share a slot, whatever their passphrases.
 *
 * Written in Crockford's base32 (no I, L, O, U), in six groups of four: easy to read aloud and to
 * type, and a typed O, I or L is read as 0, 1, 1.
 */

const CHARACTERS = 24;

export function newRecoveryCode(): string {
  return formatRecoveryCode(randomCode(CHARACTERS));
}

/** In groups of four: `ABCD-EFGH-…`. */
export function formatRecoveryCode(code: string): string {
  return groupCode(code);
}

/** The code as typed (any case, spaces or dashes, O for 0), or null when it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | null {
  return normaliseCode(typed, CHARACTERS);
}

/** Where the server keeps the backup (43 characters, like every 256-bit id on the wire). */
export function backupSlotId(normalisedCode: string): Promise<string> {
  return sha256Base64url(`buurtgesprek/backup-slot/v2\n${normalisedCode}`);
}

/** What the backup's key is derived from (with the envelope's own salt). */
export function backupSecret(normalisedCode: string): string {
  return `buurtgesprek/backup-key/v2\n${normalisedCode}`;
}
