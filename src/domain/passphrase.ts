/**
 * Rules for the passphrase that protects the notes on a device. There is no recovery: a
 * forgotten passphrase means the notes are gone, which is the price of a lost tablet exposing
 * nobody. So the rules favour length (easy to remember, hard to guess) over odd characters.
 */
export const PASSPHRASE_MIN_LENGTH = 10;

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256. Stored per device, so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;

export const AUTO_LOCK_DEFAULT_MINUTES = 5;
export const AUTO_LOCK_CHOICES_MINUTES = [1, 2, 5, 10, 15, 30] as const;

export type PassphraseProblem = 'too-short' | 'mismatch' | 'same-as-old';

export function passphraseProblem(
  passphrase: string,
  repeated: string,
  old?: string,
): PassphraseProblem | null {
  if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) return 'too-short';
  if (passphrase !== repeated) return 'mismatch';
  if (old !== undefined && passphrase === old) return 'same-as-old';
  return null;
}
