import { NATIONALITY_KEYS, PERSON_NOUN_KEYS, RELATION_KEYS, STOP_KEYS, TITLE_KEYS } from './lexicon';
import { matchesOf } from './matches';
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
// Not part of an amount or a decimal ("€ 1,50"); a comma right after a word is fine ("sitaldin,74").
const NUMBER = /(?<![\d.€])(?<!\d,)\d{1,3}(?![\d]|[.,]\d)/g;

// After the number: a unit that makes it an age. "het 10-jarig bestaan" is an anniversary.
const AGE_UNIT =
  /^(?:\s?-?\s?jarige?\b(?!\s+(?:bestaan|jubileum|huwelijk|contract|dienstverband))|[- ]years?[- ]old\b|\s+jaar\s+oud\b)/i;
const PLAIN_UNIT = /^\s+(?:jaar|years)(?:\s+(?:oud|old))?\b/i;
// Before the number: what introduces an age.
const AGED = /\b(?:aged|age|leeftijd|lftd?)\.?\s*:?\s*$/i;
const AFTER_VERB =
  /(\p{L}+)(?:[,)]?\s+(?:is|ben|was|zijn|waren|wordt|werd|word|are|were|turns|turned|turning)|['’](?:s|m|re))\s+(?:(?:nu|pas|net|inmiddels|al|bijna|zelf|ook|ruim|now|only|just|almost|already|also)\s+)?$/iu;
const OPEN_BRACKET = /(\p{L}+)\.?\s?\($/u;
// What may close a bracket of ages: "(79)", "(66 jaar)", "(4 en 7 jaar?)".
const BRACKET_CLOSE = /^(\s?(?:jaar|jr|j|years|yrs)\.?(?:\s(?:oud|old))?)?\s?\??\)/i;
// "Abdi (Somali-Dutch, 23)": the last item of a bracket right after a name.
const BRACKET_TAIL = /(\s?)\([^()\n]{1,30},\s$/;
const AFTER_COMMA = /([\p{L}\p{N}]+),\s$/u;
const NOUN_VAN = /(\p{L}+)\s+(?:van|of)\s+$/iu;
// A list of further ages: "7, 9 en 13", "3 and 6".
const LIST_REST = /^(?:(?:,\s*|\s*[-–]\s*|\s+(?:en|and|&|tot|to|of|or)\s+)\d{1,3}(?!\d))*/i;
// Units that only an age takes ("71 jr", "8 yrs", "45 y/o"), unless the sentence counts time.
// "jr." is abbreviated with a full stop; after "15yo." the full stop ends the sentence.
const AGE_ONLY_UNIT = /^\s?-?\s?(?:(?:jr|j|yrs?)(?![\p{L}])\.?|(?:yo|y\/o)(?![\p{L}])|y\.o\.)/iu;
const DURATION_BEFORE = new Set(
  'al sinds over na voor binnen per elke afgelopen laatste ruim lang for since in after every already'.split(
    ' ',
  ),
);
const DURATION_AFTER =
  /^\s+(?:geleden|ago|getrouwd|married|samen|together|gewerkt|gewoond|hier|here|in|bij|lang|long|werkzaam|worked|lived|weg)\b/i;
// "ze wordt 80", "he turned 19", "net 3 geworden": becoming a number is an age.
const TURNS =
  /\b(?:wordt|werd|word|turned|turns|turning|turn)\s+(?:(?:nu|pas|net|bijna|al|just|almost|soon|binnenkort|(?:volgend|volgende|dit|this|next)\s+(?:jaar|week|maand|year|month))\s+)?$/i;
const TURN_WORDS = new Set(
  'wordt werd word turned turns turning turn nu pas net bijna al just almost soon binnenkort jaar week maand year month'.split(
    ' ',
  ),
);
const BECAME = /^\s+(?:jaar\s+)?geworden\b/i;
const NOT_AGE_UNIT =
  /^\s*(?:graden|degrees|euro|eur|%|procent|keer|times|uur|hours?|minuten|min|kg|km|cm)\b/i;
// A subject left out, as notes do: "- is 62, arbeidsongeschikt", "werkt 36 uur en is 48".
const DROPPED_SUBJECT =
  /(?:^|[\n.;:•*-]|\b(?:en|and|maar|but))\s*(?:is|was)\s+(?:(?:nu|al|bijna|pas|net|inmiddels|zelf|ook)\s+)?$/i;
// "uit Suriname gekomen, nu 72": a clause that is only "nu" and a number.
const NOW_CLAUSE = /(?:^|[\n.;:,•*-])\s*(?:nu|inmiddels|now)\s+$/i;
const THING_IS =
  /\b(?:de|het|die|dat|deze|dit|the|this|that|its?)\s+(\p{L}+)\s+(?:is|was|wordt|zijn|are)\s+(?:(?:al|bijna|ruim|ongeveer|over|already|almost|about)\s+)?$/iu;
// "3 kids: 2, 6 and 10": a list of ages after children and a colon.
const CHILDREN_COLON =
  /\b(?:kids|kinderen|children|jongens|meisjes|zonen|zoons|dochters|sons|daughters|boys|girls|kleinkinderen|grandchildren)\s*:\s*$/i;
// A number right after a person and then the end of the clause: "mevrouw 70.", "zoon 8, dochter 11".
// "mevrouw 70 woont alleen": a verb of the person may follow as well.
const PERSON_AGE_TAIL =
  /^(\s?(?:jaar|jr|yrs?|years)\b\.?)?(?:\s*(?:[.,;:!?)]|$)|\s+(?:en|and|&)\s|\s+(?:woont|werkt|heeft|zit|gaat|lives|works|has|goes)\b)/i;
// The full stop only of an abbreviation that ends no sentence: "3 mnd. slaapt", not "4 months. Wants".
const INFANT_AGE =
  /^\s?(?:maanden|maand|weken|week|months?|weeks?|(?:mnd|wk)(?:\.(?!\s?\p{Lu}))?)(?![\p{L}])(\s(?:oud|old))?(?!\s+(?:geleden|lang|zwanger|in|bij|ago|long|pregnant)\b)/iu;
const INFANT_BEFORE =
  /\b(?:baby|baby'?tje|kindje|kleintje|zoontje|dochtertje|pasgeborene|newborn|infant|dochter|zoon|kind|kleinkind|kleinzoon|kleindochter|daughter|son|child)(?:\s(?:is|was|van|of))?\s$/iu;
const NAMED_AGE_UNIT = /^\s?(?:jaar|jr|yrs?|years)\b\.?/i;
// "- 79 jaar, weduwe": a line of a note that opens with an age.
const LINE_START = /(?:^|\n)\s*(?:[-•*]\s*)?$/;
const AGE_LINE_TAIL = /^\s?(?:jaar|jr|years|yrs)\.?(?:\s(?:oud|old))?(?=\s*(?:[,.;:!)]|$))/i;
const PLURAL_PEOPLE = new Set(
  'kinderen kids children jongens meisjes jongeren zonen zoons dochters sons daughters boys girls kleinkinderen mensen bewoners buren ouders'.split(
    ' ',
  ),
);
const LIST_NUMBER = /\d{1,3}/g;
const HEDGE = /(?<=[\s(:])(?:ca|circa|ong|ongeveer|about|around|approx|approximately|±|~)\.?\s?$/i;
// A hedge with its full stop, space and the character before it is at most 16 long: a pattern
// anchored at the end is tried from every character, so it reads only the end of the text.
const HEDGE_REACH = 17;
const HEDGE_LAST = new Set(['.', 'a', 'g', 'r', 't', 'd', 'x', 'y', '±', '~']);

/** HEDGE's match at the end of `near`, with its index into `near`. */
function hedgeAtEnd(near: string): { index: number } | null {
  // Before its full stop and space a hedge ends in one of these: most words before a number do not.
  let last = near.length - 1;
  if (/\s/.test(near[last] ?? '')) last--;
  if (!HEDGE_LAST.has((near[last] ?? '').toLowerCase())) return null;
  const from = Math.max(0, near.length - HEDGE_REACH);
  const match = HEDGE.exec(near.slice(from));
  return match ? { index: from + match.index } : null;
}
// Person nouns whose "van 3" is a count: of children, of members.
const COUNTING_NOUNS = new Set(
  'moeder vader mama papa ouders ouder oma opa mother father mum mom dad parents parent familie family gezin buren vrienden echtpaar collega'.split(
    ' ',
  ),
);
// After "een jongen van 14" a counted thing or a unit means it was no age: "zoon van 3 maanden".
const COUNTED_AFTER =
  /^\s*(?:maanden|weken|dagen|months|weeks|days|kinderen|kids|children|kleinkinderen|grandchildren|personen|mensen|leden|people|members|keer|times|euro|eur|uur|hours?|minuten|%|procent|graden)\b/i;
const SEX_SLASH = /(?:(?:^|[^\p{L}])(?:m|v|f|w|man|vrouw|male|female)\s?\/|(?:^|[(\n])\s?[mvfw]\s?,)\s?$/iu;

// What may follow a bare age: the end of the clause, or a word that cannot be a counted thing.
const AFTER_BARE_AGE =
  /^(?:\s*(?:[.,;:!?)"”]|$)|\s+(?:en|and|maar|but|of|or|nu|now|next|volgende|deze|this|dit|met|with|toen|when|geworden|heeft|has|woont|lives|werkt|works|sinds|since)\b)/i;
// Relations that name a group: "familie (5)" counts its members.
const GROUPS = new Set(['familie', 'family', 'buren', 'vrienden', 'friends', 'collega', 'collegas']);
// "mrs. ramdin, who is 88": "who" asks after a person only.
const PRONOUNS = new Set(['ze', 'zij', 'hij', 'ik', 'jij', 'je', 'u', 'she', 'he', 'i', 'you', 'who']);

/** Whether the word before a number is a person: a name found earlier, a pronoun, "moeder"… */
function personBefore(word: string, wordEnd: number, personEnds: ReadonlySet<number>): boolean {
  if (personEnds.has(wordEnd)) return true;
  const key = lookupKey(word);
  if (
    PRONOUNS.has(key) ||
    PERSON_NOUN_KEYS.has(key) ||
    TITLE_KEYS.has(key) ||
    NATIONALITY_KEYS.has(key) ||
    (RELATION_KEYS.has(key) && !GROUPS.has(key))
  )
    return true;
  // A capitalised word is likely a name ("Yaw is 52"), unless it is "Het", "It", "WoningNet"…
  return word[0] !== word[0]?.toLowerCase() && !STOP_KEYS.has(key);
}

/** The word captured by a pattern anchored at the end of `before` is a person, `offset` its place. */
function capturedPerson(
  match: RegExpExecArray | null,
  offset: number,
  personEnds: ReadonlySet<number>,
): boolean {
  return (
    match !== null && personBefore(match[1] ?? '', offset + match.index + (match[1] ?? '').length, personEnds)
  );
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isSpaceCode = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * OPEN_BRACKET on `before` ("Bilal (", "mw. (") read backwards: anchored at the end, the pattern
 * would be tried from every character. A word with letters beyond ASCII goes to the pattern.
 */
function personBeforeBracket(before: string, offset: number, personEnds: ReadonlySet<number>): boolean {
  let at = before.length - 1;
  if (before.charCodeAt(at) !== 40) return false;
  const code = before.charCodeAt(at - 1);
  if (code >= 128) return capturedPerson(OPEN_BRACKET.exec(before), offset, personEnds);
  if (isSpaceCode(code)) at--;
  if (before.charCodeAt(at - 1) === 46) at--;
  const wordEnd = at;
  while (at > 0 && isAsciiLetter(before.charCodeAt(at - 1))) at--;
  if (at > 0 && before.charCodeAt(at - 1) >= 128)
    return capturedPerson(OPEN_BRACKET.exec(before), offset, personEnds);
  if (at === wordEnd) return false;
  return personBefore(before.slice(at, wordEnd), offset + wordEnd, personEnds);
}

function ageSpan(start: number, end: number): Replacement {
  return { start, end, type: 'age' };
}

/** Every number of a list that starts at `start` ("7, 9 en 13"). */
function listAt(text: string, start: number, first: string): Replacement[] {
  const rest = LIST_REST.exec(text.slice(start + first.length, start + first.length + 40))?.[0] ?? '';
  return matchesOf(LIST_NUMBER, first + rest).map((number) =>
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

// "s", "m", "re": what is left of "she's", "I'm", "they're" after the apostrophe.
const VERB_WORDS = new Set(
  'is ben was zijn waren wordt werd word are were turns turned turning nu pas net inmiddels al bijna zelf ook ruim now only just almost already also s m re'.split(
    ' ',
  ),
);
const AGED_WORDS = new Set(['aged', 'age', 'leeftijd', 'lft', 'lftd']);

/** The last word of `before` (in lower case) and the character that ends it, after trailing spaces. */
function lastWord(before: string): { word: string; char: string } {
  let end = before.length;
  while (end > 0 && before[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isLetter(before.charCodeAt(start - 1))) start--;
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
  const offset = Math.max(0, start - 40);
  const near = text.slice(offset, start);
  // "leeftijd ca. 45", "zoon (ongeveer 12)": a hedge between the cue and the number changes nothing.
  const hedge = /[\s(:]$/.test(near) ? hedgeAtEnd(near) : null;
  const before = hedge ? near.slice(0, hedge.index) : near;
  const unit = AGE_UNIT.exec(after);
  if (unit) {
    // "de lift is 40 jaar oud": a thing's age is no personal detail.
    const thing = THING_IS.exec(before);
    return thing && !personBefore(thing[1] ?? '', -1, personEnds)
      ? []
      : [ageSpan(start, end + unit[0].length)];
  }
  // Which rule can apply depends on what stands right before the number: most numbers need none.
  const { word, char } = lastWord(before);
  if (char === ':' && CHILDREN_COLON.test(before)) {
    const list = listAt(text, start, age);
    if (list.length > 1) return list;
  }
  // The unit patterns start with j, y or g: most numbers are followed by none of these.
  const unitLetter = /^\s?-?\s?[jJyYgG]/.test(after);
  const onlyUnit = unitLetter ? AGE_ONLY_UNIT.exec(after) : null;
  if (onlyUnit && !DURATION_BEFORE.has(word) && !DURATION_AFTER.test(after.slice(onlyUnit[0].length)))
    return [ageSpan(start, end + onlyUnit[0].length)];
  if (
    (unitLetter && BECAME.test(after)) ||
    (TURN_WORDS.has(word) && TURNS.test(before) && !NOT_AGE_UNIT.test(after))
  )
    return [ageSpan(start, end)];
  if (char === '' || char === '\n' || char === '-' || char === '•' || char === '*') {
    const lineUnit = LINE_START.test(before) ? AGE_LINE_TAIL.exec(after) : null;
    if (lineUnit) return [ageSpan(start, end + lineUnit[0].length)];
  }
  // "baby jayden 3 mnd", "kindje 8 maanden", "baby 6 weken oud": a baby's age is told in months or
  // weeks, right after the baby ("het brood is 2 weken oud", "de baby sliep 2 weken slecht" are not).
  const infant = INFANT_AGE.exec(after);
  if (infant && (INFANT_BEFORE.test(before) || personEnds.has(lastWordEnd(text, start))))
    return [ageSpan(start, end + infant[0].length)];
  const personAge = ageAfterPerson(text, start, after, personEnds);
  if (personAge !== null) return [ageSpan(start, end + personAge)];
  // "eerst 5, nu 12" counts; an adult's age is what a bare "nu" clause gives in a note.
  if (
    VERB_WORDS.has(word) &&
    (DROPPED_SUBJECT.test(before) || (Number(age) >= 15 && NOW_CLAUSE.test(before)))
  ) {
    const list = listWithUnit(text, start, age);
    if (list) return list;
  }
  if (AGED_WORDS.has(word) || ((char === ':' || char === '.') && AGED.test(before))) {
    // "leeftijd: 45 jaar": the unit belongs to the age.
    const list = listAt(text, start, age);
    const last = list[list.length - 1];
    if (last) last.end += PLAIN_UNIT.exec(text.slice(last.end, last.end + 24))?.[0].length ?? 0;
    return list;
  }
  if (VERB_WORDS.has(word) && capturedPerson(AFTER_VERB.exec(before), offset, personEnds)) {
    const list = listWithUnit(text, start, age);
    if (list) return list;
  }
  if (word === 'van' || word === 'of') {
    const noun = lookupKey(NOUN_VAN.exec(before)?.[1] ?? '');
    if (PERSON_NOUN_KEYS.has(noun) || RELATION_KEYS.has(noun)) {
      // "moeder van 3" counts her children, "familie van 5" its members: those need a unit.
      if (COUNTING_NOUNS.has(noun)) {
        const list = listAt(text, start, age);
        const last = list[list.length - 1];
        const tail = last ? text.slice(last.end, last.end + 24) : '';
        const unit = PLAIN_UNIT.exec(tail)?.[0] ?? '';
        // Nobody counts twenty children: "oma van 84 woont alleen" is her age.
        const grown = list.length === 1 && Number(age) >= 20 && !COUNTED_AFTER.test(tail);
        if (!last || (!unit && !grown) || DURATION_AFTER.test(tail.slice(unit.length))) return [];
        last.end += unit.length;
        return list;
      }
      // "dochter van 9 zit op school", "een jongen van 14": the child is that old.
      const list = listAt(text, start, age);
      const last = list[list.length - 1];
      if (!last) return [];
      const tail = text.slice(last.end, last.end + 24);
      const unit = PLAIN_UNIT.exec(tail)?.[0] ?? '';
      if (unit ? /^\s+(?:geleden|ago)\b/i.test(tail.slice(unit.length)) : COUNTED_AFTER.test(tail)) return [];
      last.end += unit.length;
      return list;
    }
  }
  // "m/45", "v/38", "vrouw/45": the short form of a case file.
  if ((char === '/' || char === ',') && SEX_SLASH.test(before)) return [ageSpan(start, end)];
  // "kinderen 4 en 6 jaar": several people, then a list of numbers that says years.
  if (PLURAL_PEOPLE.has(word) && before.endsWith(' ')) {
    const list = listAt(text, start, age);
    const last = list[list.length - 1];
    const tail = last ? text.slice(last.end, last.end + 24) : '';
    const unit = PLAIN_UNIT.exec(tail)?.[0] ?? '';
    if (last && list.length > 1 && unit && !DURATION_AFTER.test(tail.slice(unit.length))) {
      last.end += unit.length;
      return list;
    }
  }
  if (char === '(' || char === ',') {
    const tail = BRACKET_TAIL.exec(before);
    if (
      (char === '(' && personBeforeBracket(before, offset, personEnds)) ||
      (tail !== null && personEnds.has(offset + tail.index))
    ) {
      const list = listAt(text, start, age);
      const last = list[list.length - 1];
      const close = last ? BRACKET_CLOSE.exec(text.slice(last.end, last.end + 10)) : null;
      if (last && close) {
        last.end += close[1]?.length ?? 0;
        return list;
      }
    }
  }
  if (char === ',') {
    const plainUnit = PLAIN_UNIT.exec(after)?.[0] ?? '';
    const rest = after.slice(plainUnit.length);
    // "geboren 01-02-1980, 44 jaar,": with its unit the number is an age after any word.
    const comma = AFTER_COMMA.exec(before);
    if (
      comma &&
      (plainUnit || capturedPerson(comma, offset, personEnds)) &&
      /^(?:[,.;)]|\s(?:en|and)\b)/.test(rest)
    ) {
      return [ageSpan(start, end + plainUnit.length)];
    }
  }
  return [];
}

/** "mevrouw 70.", "sunil 41 jr", "zoon 8, dochter 11": the length of the unit taken, or null. */
function ageAfterPerson(
  text: string,
  start: number,
  after: string,
  personEnds: ReadonlySet<number>,
): number | null {
  // Read back over one space, a comma and a full stop to the word: no pattern for most numbers.
  // "mevrouw 70", "mvr sitaldin,74,woont": a space or a comma (notes often leave out the space).
  let at = start;
  if (text[at - 1] === ' ') at--;
  if (text[at - 1] === ',') at--;
  if (text[at - 1] === '.') at--;
  if (at === start) return null;
  const wordEnd = at;
  while (at > 0 && isLetter(text.charCodeAt(at - 1))) at--;
  if (at === wordEnd || wordEnd - at > 20) return null;
  const key = lookupKey(text.slice(at, wordEnd));
  const person =
    personEnds.has(wordEnd) ||
    PRONOUNS.has(key) ||
    ((TITLE_KEYS.has(key) || RELATION_KEYS.has(key) || PERSON_NOUN_KEYS.has(key)) && !PLURAL_PEOPLE.has(key));
  if (!person) return null;
  // "Dylan 17 jaar wil werk": after a name, a number in years is the age unless a span of time
  // follows. A pronoun is looser ("hij 5 jaar werkloos"): it keeps the tail below.
  const named = personEnds.has(wordEnd) ? NAMED_AGE_UNIT.exec(after) : null;
  if (named && !DURATION_AFTER.test(after.slice(named[0].length))) return named[0].length;
  const tail = PERSON_AGE_TAIL.exec(after);
  if (!tail) return null;
  const unit = tail[1] ?? '';
  return unit && DURATION_AFTER.test(after.slice(unit.length)) ? null : unit.length;
}

/** Where the word before `at` ends, over one space: for "jayden 3 mnd" after a found name. */
function lastWordEnd(text: string, at: number): number {
  return text[at - 1] === ' ' ? at - 1 : at;
}

function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code > 127 && /\p{L}/u.test(String.fromCharCode(code)))
  );
}

/** `personEnds`: where the names found in the same text end, so "efia (44)" is read as an age. */
export function findAges(text: string, personEnds: ReadonlySet<number> = new Set()): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of matchesOf(NUMBER, text)) {
    if (Number(match[0]) > 120) continue;
    let found = agesAround(text, match.index, match[0], personEnds);
    // "man en vrouw, 70 en 68": a number joined to an age just found is the next age of the list.
    const previous = spans[spans.length - 1];
    if (
      found.length === 0 &&
      previous &&
      match.index - previous.end < 8 &&
      LIST_JOIN.test(text.slice(previous.end, match.index))
    )
      found = listWithUnit(text, match.index, match[0]) ?? [];
    // "(4, 9 en 12 jr)": the unit on the last number of a list makes every number of it an age.
    const first = found[0];
    if (found.length === 1 && first && first.end - first.start > match[0].length)
      spans.push(...agesListedBefore(text, first.start, spans));
    spans.push(...found);
  }
  return spans;
}

const LIST_JOIN = /^\s*(?:,|en|and|&)\s*$/i;
const LISTED_BEFORE = /(?<![\d.,€])(\d{1,3})(?:\s*,\s*|\s+(?:en|and|&)\s+)$/i;

function agesListedBefore(text: string, start: number, found: readonly Replacement[]): Replacement[] {
  const listed: Replacement[] = [];
  let at = start;
  for (let count = 0; count < 6; count++) {
    const match = LISTED_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    const number = match?.[1];
    if (!match || !number || Number(number) > 120) break;
    const begin = Math.max(0, at - 12) + match.index;
    if (found.some((span) => span.start === begin)) break;
    listed.unshift(ageSpan(begin, begin + number.length));
    at = begin;
  }
  return listed;
}
