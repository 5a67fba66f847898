import { type PassphraseProblem, passphraseProblem } from '../../domain/passphrase';

export type NewPassphraseProblem = PassphraseProblem | 'too-guessable';

export interface NewPassphraseCheck {
  problem: NewPassphraseProblem | null;
  /** Why zxcvbn finds it guessable (one of its warning keys), when it does. */
  warning: string | null;
}

/**
 * The rules for a new passphrase, in the order the interviewer can act on them: long enough,
 * hard enough to guess, typed the same twice, not the old one. The strength estimate brings
 * word lists of several hundred kilobytes, so it loads only when a passphrase is chosen.
 */
export async function checkNewPassphrase(
  passphrase: string,
  repeated: string,
  old?: string,
): Promise<NewPassphraseCheck> {
  if (passphraseProblem(passphrase, passphrase) === 'too-short')
    return { problem: 'too-short', warning: null };
  const { estimatePassphrase } = await import('../../domain/passphrase-strength');
  const strength = estimatePassphrase(passphrase);
  if (!strength.acceptable) return { problem: 'too-guessable', warning: strength.warning };
  return { problem: passphraseProblem(passphrase, repeated, old), warning: null };
}
