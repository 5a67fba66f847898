import { WORD_FLAGS } from './lexicon';
import { lookupKey } from './normalise';

/** A word of the text with what the name and age rules ask of it, computed once. */
export interface Token {
  start: number;
  /** Exclusive; a possessive "'s" is left outside ("Fatima's zoon" → "Fatima"). */
  end: number;
  text: string;
  /**
   * The lookup key (normalise.ts) of a capitalised word. A word in lower case is its own key: the
   * context lists (particles, titles…) are plain lower-case ASCII, and computing keys for every
   * word of a note would cost more than the rest of the name rules together.
   */
  key: string;
  /** Starts with a capital and is not an all-capitals abbreviation such as GGD. */
  capitalised: boolean;
  acronym: boolean;
  sentenceStart: boolean;
  /** The lists the key is in (lexicon.ts WORD bits), 0 for most words. */
  flags: number;
}

// Letters with inner apostrophes and hyphens: "Tjon-A-Fong", "Owusu-Ansah", "Kofi's".
const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const POSSESSIVE = /['’]s$/;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Abbreviations whose full stop ends no sentence ("mevr. Koster", "geb. 12-03-1985"). */
const ABBREVIATIONS = new Set(
  'mevr mvr mw dhr hr dr mr mrs ms drs ir ing prof st jr sr geb bijv nr tel ca evt incl excl vs etc resp max min tav nb'.split(
    ' ',
  ),
);

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let word = match[0];
    let start = match.index;
    // Apostrophes are rare: look at the last two characters before any string operation.
    if (isApostrophe(word.charCodeAt(word.length - 1)) || isApostrophe(word.charCodeAt(word.length - 2))) {
      if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
      word = word.replace(/['’]+$/, '');
    }
    // "van 't Hof": the apostrophe belongs to the particle.
    if (word === 't' && isApostrophe(text.charCodeAt(start - 1))) {
      start -= 1;
      word = `'t`;
    }
    const code = word.charCodeAt(0);
    const capitalised = code >= 65 && code <= 90 ? true : code > 127 && word[0] !== word[0]?.toLowerCase();
    const acronym = capitalised && word.length > 1 && word === word.toUpperCase();
    const key = capitalised ? lookupKey(word) : word;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key,
      capitalised: capitalised && !acronym,
      acronym,
      sentenceStart: capitalised && startsSentence(text, start),
      flags: WORD_FLAGS.get(key) ?? 0,
    });
  }
  return tokens;
}

/** Whether the word at `start` opens a sentence, a line, a quote or a list item. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && ' \t"“”‘\'([-–—•*'.includes(text[i] ?? '')) i--;
  if (i < 0) return true;
  const char = text[i];
  if (char === '\n' || char === '!' || char === '?' || char === ':') return true;
  if (char !== '.') return false;
  // A full stop after an initial or a known abbreviation does not end the sentence.
  let wordStart = i;
  while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const before = text.slice(wordStart, i).toLowerCase();
  return !(before.length === 1 || ABBREVIATIONS.has(before));
}
