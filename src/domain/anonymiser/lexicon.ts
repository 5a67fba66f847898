import { DEFAULT_AREA_NAMES } from '../areas';
import { defaultCodebook } from '../themes';
import { VALUE_IDS } from '../values';
import { COMMON_NOUNS_NL, COMMON_WORDS_EN, COMMON_WORDS_NL, WORDLIKE_NAMES } from './data/common-words';
import {
  AMBIGUOUS_NAMES,
  ARTICLES,
  DEMONSTRATIVES,
  FUNCTION_WORDS,
  NAMING_WORDS,
  ORGANISATION_HEADS,
  PARTICLES,
  PERSON_NOUNS,
  PERSON_VERBS,
  PLACE_PREPOSITIONS,
  RELATIONS,
  THING_WORDS,
  TITLES,
} from './data/context-words';
import { FIRST_NAMES } from './data/first-names';
import {
  NATIONALITIES,
  ORGANISATIONS,
  OTHER_PROPER_WORDS,
  PLACES,
  VALUE_WORDS_EN,
  WEEKDAYS_AND_MONTHS,
} from './data/stoplist';
import { FLAT_ENDINGS, STREET_SUFFIXES, ZUIDOOST_STREETS } from './data/streets';
import { PARTICLE_SURNAMES, SURNAMES } from './data/surnames';
import { keySet } from './normalise';
import { wordTable } from './word-table';

/**
 * Every word list as a set of lookup keys, built once per process. The areas, values and themes are
 * taken from their own modules so that a new area or theme is never mistaken for a person.
 */
const themeWords = defaultCodebook().themes.flatMap((theme) => [theme.labels.nl, theme.labels.en]);

export const FIRST_NAME_KEYS = keySet(...FIRST_NAMES, AMBIGUOUS_NAMES);
export const SURNAME_KEYS = keySet(...SURNAMES);
export const PARTICLE_SURNAME_KEYS = keySet(PARTICLE_SURNAMES);
export const AMBIGUOUS_KEYS = keySet(AMBIGUOUS_NAMES);
export const FUNCTION_KEYS = keySet(FUNCTION_WORDS);
export const TITLE_KEYS = keySet(TITLES);
export const RELATION_KEYS = keySet(RELATIONS);
export const NAMING_KEYS = keySet(NAMING_WORDS);
export const PARTICLE_KEYS = keySet(PARTICLES);
export const PERSON_NOUN_KEYS = keySet(PERSON_NOUNS);
export const PERSON_VERB_KEYS = keySet(PERSON_VERBS);
export const ARTICLE_KEYS = keySet(ARTICLES);
export const DEMONSTRATIVE_KEYS = keySet(DEMONSTRATIVES);
export const PLACE_PREPOSITION_KEYS = keySet(PLACE_PREPOSITIONS);
export const THING_WORD_KEYS = keySet(THING_WORDS);
export const ZUIDOOST_STREET_KEYS = keySet(ZUIDOOST_STREETS);
export const WEEKDAY_MONTH_KEYS = keySet(WEEKDAYS_AND_MONTHS);
export const NATIONALITY_KEYS = keySet(NATIONALITIES);
export const ORGANISATION_HEAD_KEYS = keySet(ORGANISATION_HEADS);

/** Cities and districts: "1103 tv amsterdam" is a postcode because of the place after it. */
export const PLACE_KEYS = keySet(PLACES, "adam a'dam", DEFAULT_AREA_NAMES.join(' ').replace(/[/-]/g, ' '));

/** Organisations and places: a name directly followed by one is part of it ("Albert Heijn"). */
export const INSTITUTION_KEYS = keySet(
  PLACES,
  ORGANISATIONS,
  DEFAULT_AREA_NAMES.join(' ').replace(/[/-]/g, ' '),
);

export const STOP_KEYS = keySet(
  PLACES,
  ORGANISATIONS,
  NATIONALITIES,
  OTHER_PROPER_WORDS,
  WEEKDAYS_AND_MONTHS,
  VALUE_WORDS_EN,
  VALUE_IDS.join(' '),
  DEFAULT_AREA_NAMES.join(' ').replace(/[/-]/g, ' '),
  themeWords.join(' '),
  FUNCTION_WORDS,
  TITLES,
  RELATIONS,
  PERSON_NOUNS,
  NAMING_WORDS,
  ZUIDOOST_STREETS,
);

/** Ordinary lower-case words: after a cue such as "buurman" or "bel" they are no name. */
export const COMMON_KEYS = keySet(
  COMMON_WORDS_NL,
  COMMON_NOUNS_NL,
  COMMON_WORDS_EN,
  FUNCTION_WORDS,
  PARTICLES,
  ARTICLES,
  PLACE_PREPOSITIONS,
  PERSON_NOUNS,
  WEEKDAYS_AND_MONTHS,
);
/** The accented ordinary words as typed ("café", "ideeën"): small words are looked up before any key. */
export const COMMON_AS_TYPED: ReadonlySet<string> = new Set(
  [COMMON_WORDS_NL, COMMON_NOUNS_NL, COMMON_WORDS_EN]
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[^ -~]/.test(word)),
);
export const WORDLIKE_NAME_KEYS = keySet(WORDLIKE_NAMES, AMBIGUOUS_NAMES);

const SUFFIXES_BY_LAST_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const suffix of STREET_SUFFIXES) {
    const last = suffix[suffix.length - 1] ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), suffix]);
  }
  return byLast;
})();

/** "Bijlmerdreef", "Echtensteinlaan": a word that ends like a street and is longer than the ending. */
export function looksLikeStreet(key: string): boolean {
  // Every word is asked: only the endings that share its last letter are compared.
  const endings = SUFFIXES_BY_LAST_LETTER.get(key[key.length - 1] ?? '');
  if (endings === undefined) return false;
  for (const suffix of endings) if (key.length >= suffix.length + 3 && key.endsWith(suffix)) return true;
  return false;
}

// Endings typed fast enough to lose or swap a letter: "bijlmerdref", "karspeldreeef", "kastanjeplien".
// Only the long endings, and none that is a word of its own ("staat", "strata").
const MISTYPED_ENDINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const endings = new Set<string>();
  for (const suffix of [
    'straat',
    'straatweg',
    'dreef',
    'plein',
    'gracht',
    'singel',
    'plantsoen',
    'boulevard',
  ]) {
    for (let i = 1; i < suffix.length; i++) endings.add(suffix.slice(0, i) + suffix.slice(i + 1));
    for (let i = 1; i < suffix.length - 1; i++)
      endings.add(suffix.slice(0, i) + suffix[i + 1] + suffix[i] + suffix.slice(i + 2));
  }
  for (const word of [...STREET_SUFFIXES, 'staat', 'strata', 'dree', 'deef']) endings.delete(word);
  // By last letter, as the endings above: most words share it with none.
  const byLast = new Map<string, string[]>();
  for (const ending of endings) {
    const last = ending[ending.length - 1] ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), ending]);
  }
  return byLast;
})();
const TRIPLED = /(\p{L})\1\1+/gu;

function hasTripledLetter(key: string): boolean {
  for (let i = 2; i < key.length; i++) if (key[i] === key[i - 1] && key[i] === key[i - 2]) return true;
  return false;
}

/**
 * "bijlmerdreeef", "karspeldref", "kastanjeplien": a street's ending with one letter doubled once
 * too often, left out or swapped. Asked only of a word right before a house number.
 */
export function looksLikeMistypedStreet(key: string): boolean {
  if (hasTripledLetter(key) && looksLikeStreet(key.replace(TRIPLED, '$1$1'))) return true;
  const endings = MISTYPED_ENDINGS.get(key[key.length - 1] ?? '');
  return endings?.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending)) ?? false;
}

/**
 * What the name rules ask of every word, answered by one lookup in the tokeniser instead of one per
 * list per rule: a bit per list the word's key is in.
 */
export const WORD = {
  particle: 1,
  ordinary: 2,
  firstName: 4,
  surname: 8,
  stop: 16,
  thing: 32,
  particleSurname: 64,
} as const;

function flagsOf(): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number) => {
    for (const key of keys) flags.set(key, (flags.get(key) ?? 0) | bit);
  };
  mark(PARTICLE_KEYS, WORD.particle);
  mark(COMMON_KEYS, WORD.ordinary);
  mark(STOP_KEYS, WORD.ordinary | WORD.stop);
  mark(THING_WORD_KEYS, WORD.ordinary | WORD.thing);
  mark(COMMON_AS_TYPED, WORD.ordinary);
  mark(FIRST_NAME_KEYS, WORD.firstName);
  mark(SURNAME_KEYS, WORD.surname);
  mark(PARTICLE_SURNAME_KEYS, WORD.particleSurname);
  return flags;
}

export const WORD_FLAGS: ReadonlyMap<string, number> = flagsOf();
/** The same flags for the tokeniser's lookup of every word (word-table.ts says why). */
export const WORD_FLAG_TABLE = wordTable(WORD_FLAGS);

/** "meerbos", "zonnebergen": a Zuidoost flat's name, when it is no listed name and no ordinary word. */
export function endsLikeFlat(key: string): boolean {
  const flags = WORD_FLAGS.get(key) ?? 0;
  if ((flags & (WORD.ordinary | WORD.firstName | WORD.surname | WORD.particleSurname)) !== 0) return false;
  return FLAT_ENDINGS.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending));
}

/** A street's ending typed as a word of its own: "bijlmer dreef 12", "Church Street 4". */
export const STREET_ENDING_WORDS: ReadonlySet<string> = new Set(
  STREET_SUFFIXES.filter(
    (suffix) => suffix.length >= 4 || ['weg', 'pad', 'hof', 'dam', 'erf', 'wal'].includes(suffix),
  ),
);
