import { PASSPHRASE_MIN_LENGTH, type PassphraseProblem } from '../../domain/passphrase';
import type { Messages } from '../i18n/nl';

export function passphraseProblemText(
  t: Messages,
  problem: PassphraseProblem | 'wrong' | null,
): string | null {
  switch (problem) {
    case 'too-short':
      return t.lock.tooShort(PASSPHRASE_MIN_LENGTH);
    case 'mismatch':
      return t.lock.mismatch;
    case 'same-as-old':
      return t.lock.sameAsOld;
    case 'wrong':
      return t.lock.wrong;
    default:
      return null;
  }
}
