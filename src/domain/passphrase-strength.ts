import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import englishFirstnames from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import dutchBoys from '@zxcvbn-ts/language-nl-be/dist/boysFirstnames.json.esm.js';
import dutchWords from '@zxcvbn-ts/language-nl-be/dist/commonWords.json.esm.js';
import dutchGirls from '@zxcvbn-ts/language-nl-be/dist/girlsFirstnames.json.esm.js';
import dutchLastnames from '@zxcvbn-ts/language-nl-be/dist/lastnames.json.esm.js';
import { VALUE_IDS } from './values';

/**
 * How guessable a passphrase is, estimated by zxcvbn-ts with the commonest passwords, Dutch words
 * and Dutch and English first names and Dutch surnames. The word lists make this module large
 * (about 340 kB gzip; the English word and Wikipedia lists would triple it for little gain on
 * Dutch passphrases, since common English passwords are in the password list): screens load it
 * only when a passphrase is chosen.
 *
 * Why a minimum: a stolen device can be attacked offline, where only PBKDF2's cost slows the
 * attacker. zxcvbn's score 3 means at least 10^8 guesses; at 600,000 PBKDF2 iterations that is
 * months for one graphics card, while score 2 (10^6 to 10^8) can fall in a day.
 */
export const MIN_PASSPHRASE_SCORE = 3;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  score: StrengthScore;
  acceptable: boolean;
  /** A zxcvbn warning key (e.g. `wordByItself`, `commonNames`), for the screen to put in words. */
  warning: string | null;
  /** zxcvbn suggestion keys (e.g. `anotherWord`). */
  suggestions: string[];
}

// Words an attacker would try first against this app's users.
const APP_WORDS = [
  'buurtgesprek',
  'gaasperdam',
  'driemond',
  'amsterdam',
  'zuidoost',
  'bijlmer',
  ...VALUE_IDS,
];

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...common,
      'commonWords-nl': dutchWords,
      'firstnames-nl': [...dutchBoys, ...dutchGirls],
      'lastnames-nl': dutchLastnames,
      'firstnames-en': englishFirstnames,
    },
    graphs: adjacencyGraphs,
  });
  return factory;
}

/** `personal` are words the interviewer's device knows about her (area names, e.g.). */
export function estimatePassphrase(passphrase: string, personal: readonly string[] = []): PassphraseStrength {
  const result = zxcvbn().check(passphrase, [...APP_WORDS, ...personal]);
  return {
    score: result.score,
    acceptable: result.score >= MIN_PASSPHRASE_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}
