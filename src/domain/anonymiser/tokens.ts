import { WORD_FLAG_TABLE } from './lexicon';
import { lookupKey } from './normalise';
import { HASH_START, hashStep } from './word-table';

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

// Letters with inner apostrophes and hyphens: "Tjon-A-Fong", "Owusu-Ansah", "Kofi's". Read by hand
// rather than with the pattern \p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*: every word of every note
// passes here, and plain ASCII letters need no Unicode tables.
const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** The length of the code point at `at` when it is a letter (or, with `marks`, a mark), else 0. */
function letterAt(text: string, at: number, marks: boolean): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(at) ?? 0;
  const char = String.fromCodePoint(point);
  return (marks ? LETTER_OR_MARK : LETTER).test(char) ? char.length : 0;
}

/** The end of the word that starts with a letter at `start`. */
function wordEnd(text: string, start: number): number {
  let at = start + letterAt(text, start, false);
  for (;;) {
    const code = text.charCodeAt(at);
    // Plain ASCII letters first: nearly every character of a word is one.
    if (isAsciiLetter(code)) at++;
    else if (code === 39 || code === 0x2019) at++;
    else if (code === 45) {
      const next = letterAt(text, at + 1, false);
      if (next === 0) return at;
      at += 1 + next;
    } else {
      const length = code < 128 ? 0 : letterAt(text, at, true);
      if (length === 0) return at;
      at += length;
    }
  }
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

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
  for (let at = 0; at < text.length; ) {
    // Spaces, digits and punctuation are skipped without a call.
    const unit = text.charCodeAt(at);
    if (unit < 128 ? !isAsciiLetter(unit) : letterAt(text, at, false) === 0) {
      at++;
      continue;
    }
    const start = at;
    // Most words are ASCII letters only: read at once, with the hash of their key (a capitalised
    // word's key is in small letters) and a count of capitals.
    const capitalised = unit >= 65 && unit <= 90;
    let hash = HASH_START;
    let capitals = 0;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code >= 97 && code <= 122) hash = hashStep(hash, code);
      else if (code >= 65 && code <= 90) {
        hash = hashStep(hash, capitalised ? code + 32 : code);
        capitals++;
      } else break;
      at++;
    }
    const stop = text.charCodeAt(at);
    const plain =
      at > start &&
      !(stop === 39 || stop === 0x2019 || stop === 45 || stop >= 128) &&
      !(at - start === 1 && unit === 116 && isApostrophe(text.charCodeAt(start - 1)));
    if (plain) {
      tokens.push(plainToken(text, start, at, hash, capitals));
      continue;
    }
    // Apostrophes, hyphens, letters beyond ASCII and "'t" ("van 't Hof") take the long way.
    at = wordEnd(text, start);
    const last = text.charCodeAt(at - 1);
    if (
      isApostrophe(last) ||
      (at - start >= 2 && isApostrophe(text.charCodeAt(at - 2))) ||
      (last === 116 && at - start === 1 && isApostrophe(text.charCodeAt(start - 1)))
    )
      tokens.push(tokenOf(text, start, text.slice(start, at)));
    else tokens.push(plainToken(text, start, at));
  }
  return tokens;
}

/**
 * The token of a word without apostrophes. A listed word typed small is the table's own string, so
 * no string is cut for most words of a note; a capitalised listed word takes the table's key, and
 * when only its first letter is a capital ("De", "Fatima") the table's string for it too. `hash`
 * and `capitals` come with a word of ASCII letters only.
 */
function plainToken(text: string, start: number, end: number, hash?: number, capitals = -1): Token {
  const code = text.charCodeAt(start);
  const capitalised =
    code >= 65 && code <= 90 ? true : code > 127 && text[start] !== text[start]?.toLowerCase();
  if (!capitalised) {
    const entry = WORD_FLAG_TABLE.find(text, start, end, false, hash);
    const word = entry > 0 ? WORD_FLAG_TABLE.key(entry) : text.slice(start, end);
    const flags = entry > 0 ? WORD_FLAG_TABLE.value(entry) : 0;
    return { start, end, text: word, key: word, capitalised, acronym: false, sentenceStart: false, flags };
  }
  const entry = WORD_FLAG_TABLE.find(text, start, end, true, hash);
  // One capital, first, in a word of ASCII letters: no acronym, and its text is the key capitalised.
  const titled = capitals === 1 && entry > 0;
  const word = titled ? WORD_FLAG_TABLE.capitalised(entry) : text.slice(start, end);
  const acronym = titled ? false : isAcronym(word);
  const key = entry > 0 ? WORD_FLAG_TABLE.key(entry) : lookupKey(word);
  return {
    start,
    end,
    text: word,
    key,
    capitalised: !acronym,
    acronym,
    sentenceStart: startsSentence(text, start),
    flags: entry > 0 ? WORD_FLAG_TABLE.value(entry) : entry === 0 ? 0 : WORD_FLAG_TABLE.get(key),
  };
}

/** A capitalised word in capitals throughout, such as GGD; a small second letter settles it. */
function isAcronym(word: string): boolean {
  const second = word.charCodeAt(1);
  return word.length > 1 && !(second >= 97 && second <= 122) && word === word.toUpperCase();
}

/** The token of a word as cut from the text, its apostrophes still on. */
function tokenOf(text: string, from: number, cut: string): Token {
  let start = from;
  let word = cut;
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
  const acronym = capitalised && isAcronym(word);
  const key = capitalised ? lookupKey(word) : word;
  return {
    start,
    end: start + word.length,
    text: word,
    key,
    capitalised: capitalised && !acronym,
    acronym,
    sentenceStart: capitalised && startsSentence(text, start),
    flags: WORD_FLAG_TABLE.get(key),
  };
}

// What may stand between a sentence's end and its first word: spaces, quotes, brackets, bullets.
const OPENERS = ' \t"“”‘\'([-–—•*';
// A table of the ASCII ones (the rest are looked up in OPENERS): read for every capitalised word.
const ASCII_OPENERS = Uint8Array.from({ length: 128 }, (_, code) =>
  OPENERS.includes(String.fromCharCode(code)) ? 1 : 0,
);
const isOpener = (code: number) =>
  code < 128 ? ASCII_OPENERS[code] === 1 : OPENERS.includes(String.fromCharCode(code));
const SINGLE_LETTER = /\p{L}/u;
// The longest abbreviation: a longer word before a full stop ends a sentence without a lookup.
const LONGEST_ABBREVIATION = Math.max(...Array.from(ABBREVIATIONS, (word) => word.length));

/** Whether the UTF-16 unit at `at` is a letter on its own (the half of a pair is not). */
function unitIsLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return SINGLE_LETTER.test(text[at] ?? '');
}

/** Whether the word at `start` opens a sentence, a line, a quote or a list item. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isOpener(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  // \n ! ? :
  if (code === 10 || code === 33 || code === 63 || code === 58) return true;
  if (code !== 46) return false;
  // A full stop after an initial or a known abbreviation does not end the sentence.
  let wordStart = i;
  while (wordStart > 0 && i - wordStart <= LONGEST_ABBREVIATION && unitIsLetter(text, wordStart - 1))
    wordStart--;
  // Lower case is never shorter than the word: a word longer than every abbreviation is none.
  if (i - wordStart > LONGEST_ABBREVIATION) return true;
  const before = text.slice(wordStart, i).toLowerCase();
  return !(before.length === 1 || ABBREVIATIONS.has(before));
}
