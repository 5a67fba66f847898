import { PASSPHRASE_MIN_LENGTH } from '../../domain/passphrase';
import type { Messages } from '../i18n/nl';
import type { NewPassphraseProblem } from './passphrase-check';

type Reason = keyof Messages['lock']['guessableBecause'];

// zxcvbn's warning keys, grouped into the few reasons an interviewer needs to hear.
const REASONS: Readonly<Record<string, Reason>> = {
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'oneWord',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'aboutApp',
};

export function passphraseProblemText(
  t: Messages,
  problem: NewPassphraseProblem | 'wrong' | null,
  warning: string | null = null,
): string | null {
  switch (problem) {
    case 'too-short':
      return t.lock.tooShort(PASSPHRASE_MIN_LENGTH);
    case 'too-guessable': {
      const reason = warning === null ? undefined : REASONS[warning];
      const because = reason ? ` ${t.lock.guessableBecause[reason]}` : '';
      return `${t.lock.tooGuessable}${because} ${t.lock.chooseUnrelatedWords}`;
    }
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
