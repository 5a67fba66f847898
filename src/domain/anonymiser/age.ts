import { NATIONALITY_KEYS, PERSON_NOUN_KEYS, STOP_KEYS, TITLE_KEYS } from './lexicon';
import { lookupKey } from './normalise';
import type { Replacement } from './types';

/**
 * Exact ages. A bare number is an age only where the sentence says so: with a unit that means age
 * ("34 jaar oud", "34-jarige", "aged 34", "71-year-old"), after a person and a verb ("ze is 34",
 * "Yaw is 52"), in brackets or commas after a name or person ("Bilal (14)", "Johan Visser, 72,"),
 * or after a person noun ("een vader van 38 jaar", "kinderen van 4 en 7"). Counts, amounts and
 * durations ("3 kinderen", "250 euro", "al 30 jaar", "15 jaar geleden") stay.
 *
 * Numbers are rare in note text, so each one is found first and its surroundings are read with
 * anchored patterns: scanning the whole text for "word + verb + number" would cost far more.
 */
const NUMBER = /(?<![\d.,€])\d{1,3}(?![\d]|[.,]\d)/g;

// After the number: a unit that makes it an age. "het 10-jarig bestaan" is an anniversary.
const AGE_UNIT =
  /^(?:\s?-?\s?jarige?\b(?!\s+(?:bestaan|jubileum|huwelijk|contract|dienstverband))|[- ]years?[- ]old\b|\s+jaar\s+oud\b)/i;
const PLAIN_UNIT = /^\s+(?:jaar|years)(?:\s+(?:oud|old))?\b/i;
// Before the number: what introduces an age.
const AGED = /\b(?:aged|age|leeftijd)\s*:?\s*$/i;
const AFTER_VERB =
  /(\p{L}+)[,)]?\s+(?:is|ben|was|zijn|waren|wordt|werd|word|are|were|turns|turned|turning)\s+(?:(?:nu|pas|inmiddels|al|bijna|now|only|just|almost)\s+)?$/iu;
const OPEN_BRACKET = /(\p{L}+)\s?\($/u;
// "Abdi (Somali-Dutch, 23)": the last item of a bracket right after a name.
const BRACKET_TAIL = /(\s?)\([^()\n]{1,30},\s$/;
const AFTER_COMMA = /([\p{L}\p{N}]+),\s$/u;
const NOUN_VAN = /(\p{L}+)\s+van\s+$/iu;
// A list of further ages: "7, 9 en 13", "3 and 6".
const LIST_REST = /^(?:(?:,\s*|\s+(?:en|and|&)\s+)\d{1,3}(?!\d))*/i;
const LIST_NUMBER = /\d{1,3}/g;

// What may follow a bare age: the end of the clause, or a word that cannot be a counted thing.
const AFTER_BARE_AGE =
  /^(?:\s*(?:[.,;:!?)"”]|$)|\s+(?:en|and|maar|but|of|or|nu|now|next|volgende|deze|this|dit|met|with|toen|when|geworden|heeft|has|woont|lives|werkt|works|sinds|since)\b)/i;
const PRONOUNS = new Set(['ze', 'zij', 'hij', 'ik', 'jij', 'je', 'u', 'she', 'he', 'i', 'you']);

/** Whether the word before a number is a person: a name found earlier, a pronoun, "moeder"… */
function personBefore(word: string, wordEnd: number, personEnds: ReadonlySet<number>): boolean {
  if (personEnds.has(wordEnd)) return true;
  const key = lookupKey(word);
  if (PRONOUNS.has(key) || PERSON_NOUN_KEYS.has(key) || TITLE_KEYS.has(key) || NATIONALITY_KEYS.has(key))
    return true;
  // A capitalised word is likely a name ("Yaw is 52"), unless it is "Het", "It", "WoningNet"…
  return word[0] !== word[0]?.toLowerCase() && !STOP_KEYS.has(key);
}

function ageSpan(start: number, end: number): Replacement {
  return { start, end, type: 'age' };
}

/** Every number of a list that starts at `start` ("7, 9 en 13"). */
function listAt(text: string, start: number, first: string): Replacement[] {
  const rest = LIST_REST.exec(text.slice(start + first.length, start + first.length + 40))?.[0] ?? '';
  return [...(first + rest).matchAll(LIST_NUMBER)].map((number) =>
    ageSpan(start + number.index, start + number.index + number[0].length),
  );
}

/** A list that starts at a number, accepted when what follows it fits an age; else the number alone. */
function listWithUnit(text: string, start: number, age: string): Replacement[] | null {
  for (const list of [listAt(text, start, age), [ageSpan(start, start + age.length)]]) {
    const last = list[list.length - 1];
    if (!last) continue;
    const tail = text.slice(last.end, last.end + 24);
    const unit = PLAIN_UNIT.exec(tail)?.[0] ?? '';
    const fits = unit ? !/^\s+(?:geleden|ago)\b/i.test(tail.slice(unit.length)) : AFTER_BARE_AGE.test(tail);
    if (!fits) continue;
    last.end += unit.length;
    return list;
  }
  return null;
}

const VERB_WORDS = new Set(
  'is ben was zijn waren wordt werd word are were turns turned turning nu pas inmiddels al bijna now only just almost'.split(
    ' ',
  ),
);
const AGED_WORDS = new Set(['aged', 'age', 'leeftijd']);

/** The last word of `before` (in lower case) and the character that ends it, after trailing spaces. */
function lastWord(before: string): { word: string; char: string } {
  let end = before.length;
  while (end > 0 && before[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(before[start - 1] ?? '')) start--;
  return { word: before.slice(start, end).toLowerCase(), char: before[end - 1] ?? '' };
}

function agesAround(
  text: string,
  start: number,
  age: string,
  personEnds: ReadonlySet<number>,
): Replacement[] {
  const end = start + age.length;
  const after = text.slice(end, end + 24);
  const unit = AGE_UNIT.exec(after);
  if (unit) return [ageSpan(start, end + unit[0].length)];
  const offset = Math.max(0, start - 40);
  const before = text.slice(offset, start);
  // The word captured by a pattern anchored at the end of `before`, with where it ends in the text.
  const isPerson = (match: RegExpExecArray | null) =>
    match !== null &&
    personBefore(match[1] ?? '', offset + match.index + (match[1] ?? '').length, personEnds);
  // Which rule can apply depends on what stands right before the number: most numbers need none.
  const { word, char } = lastWord(before);
  if (AGED_WORDS.has(word) || (char === ':' && AGED.test(before))) return listAt(text, start, age);
  if (VERB_WORDS.has(word) && isPerson(AFTER_VERB.exec(before))) {
    const list = listWithUnit(text, start, age);
    if (list) return list;
  }
  if (word === 'van') {
    const noun = NOUN_VAN.exec(before);
    if (noun && PERSON_NOUN_KEYS.has(lookupKey(noun[1] ?? ''))) return listWithUnit(text, start, age) ?? [];
  }
  if (char === '(' || char === ',') {
    const tail = BRACKET_TAIL.exec(before);
    if (isPerson(OPEN_BRACKET.exec(before)) || (tail !== null && personEnds.has(offset + tail.index))) {
      const list = listAt(text, start, age);
      const last = list[list.length - 1];
      if (last && text[last.end] === ')') return list;
    }
  }
  if (char === ',') {
    const plainUnit = PLAIN_UNIT.exec(after)?.[0] ?? '';
    const rest = after.slice(plainUnit.length);
    // "geboren 01-02-1980, 44 jaar,": with its unit the number is an age after any word.
    const comma = AFTER_COMMA.exec(before);
    if (comma && (plainUnit || isPerson(comma)) && /^(?:[,.;)]|\s(?:en|and)\b)/.test(rest)) {
      return [ageSpan(start, end + plainUnit.length)];
    }
  }
  return [];
}

/** `personEnds`: where the names found in the same text end, so "efia (44)" is read as an age. */
export function findAges(text: string, personEnds: ReadonlySet<number> = new Set()): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of text.matchAll(NUMBER)) {
    if (Number(match[0]) > 120) continue;
    spans.push(...agesAround(text, match.index, match[0], personEnds));
  }
  return spans;
}
