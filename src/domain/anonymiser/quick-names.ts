import { ageInYearsAfter } from './age-after-name';
import {
  ARTICLE_KEYS,
  COMMON_AS_TYPED,
  COMMON_KEYS,
  FIRST_NAME_KEYS,
  looksLikeStreet,
  NAMING_KEYS,
  PARTICLE_KEYS,
  PARTICLE_SURNAME_KEYS,
  RELATION_KEYS,
  STOP_KEYS,
  SURNAME_KEYS,
  THING_WORD_KEYS,
  TITLE_KEYS,
  WORD,
  WORDLIKE_NAME_KEYS,
} from './lexicon';
import { lookupKey } from './normalise';
import type { Token } from './tokens';
import type { Replacement } from './types';

/**
 * Names typed in lower case, as quick notes do: "mevr jansen", "zus fatima", "bel ahmed 06…",
 * "fatoumata vertelde…". A small word is a name when it is a listed name that is no ordinary word
 * ("kwame", "yilmaz"), or when it is no ordinary word (data/common-words.ts) and stands where notes
 * put a name: after a title, a relation or a call cue, before a phone number or a bracketed age,
 * or opening a sentence before a person's verb. Particles and further names join it ("mw. van der
 * linden", "mohamed el ouali"). Capitalised names are names.ts's work.
 */
const CALL_CUES = new Set(
  'bel bellen gebeld belde terugbellen tel telefoon tel.nr telnr mobiel app appen whatsapp sms mail mailen call text ring contact'.split(
    ' ',
  ),
);
// "volgens mirella", "zegt mirella": who said it follows these in Dutch notes.
const SAYS_CUES = new Set('volgens aldus zegt zei vertelt vertelde vraagt vroeg'.split(' '));
const SENTENCE_VERBS = new Set(
  `vertelt vertelde zegt zei belt belde woont woonde werkt werkte voelt voelde denkt dacht vindt vond huilde
  lachte klaagt klaagde says said tells told lives lived works worked feels felt thinks thought cried`.split(
    /\s+/,
  ),
);
// A relation in the plural is followed by a plural verb, not by one name: "buren hebben", "zoons gaan".
const PLURAL_RELATIONS = new Set(
  'zoons dochters broers zussen vrienden buren familie echtpaar sons daughters friends'.split(' '),
);
// What a Dutch or English verb, adjective or abstract noun ends in; few names do.
const NOT_NAME_SHAPE =
  /(?:[^aeiou]s|t|[^aeiou]de|[^aeiou]te|[^e]en|ed|ing|ly|lijk|ig|isch|heid|tie|ness|ment)$|^ge\p{L}{3,}(?:d|en)$/u;
const PLURAL_SHAPE = /(?:[^aeiou]s|ingen|heden|eren|ers)$/;
// A phone number has nine digits or more; "01-02-1980" after a word is a date.
const PHONE_AFTER = /^\s?[:,-]?\s?(?:\+\d|0\d)(?:[ .\-/()]?\d){8}/;
// "(12)", "(66 jaar)", "(ghanaian, 52)": an age in brackets, maybe after an origin.
const AGE_AFTER = /^ ?\((?:[\p{L}-]+,? )?\d{1,3}(?: ?(?:jaar|jr|j|yrs|y))?\)/u;

const ARTICLE_PARTICLES = new Set(['de', 'het', "'t", 'la', 'le']);
const ABBREVIATED_TITLES = new Set(['dhr', 'hr', 'mevr', 'mvr', 'mw', 'mr', 'mrs', 'ms', 'drs', 'dr']);
// Titles that also open street names: "Dr. Sarphatistraat", "Prof. Tulpplein", "Mr. Visserplein".
const STREET_TITLES = new Set(['dr', 'drs', 'prof', 'mr', 'ir', 'ing', 'ds', 'mgr', 'jhr', 'burg', 'st']);
// A number after a street, not an age after a name ("jayden wijngaarde 19jr").
const HOUSE_NUMBER_AFTER = /^ ?\d+(?!\d|[,.]\d| ?(?:jaar|jr|j\b|yrs?\b|years))/;

function isLower(token: Token | undefined): token is Token {
  return token !== undefined && !token.capitalised && !token.acronym;
}

/** Most small words are plain lower-case ASCII already: their text is their key. */
function keyOf(token: Token): string {
  if (token.capitalised) return token.key;
  const { text } = token;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || code === 45 || code === 39)) return lookupKey(text);
  }
  return text;
}

// One set for the question every small word of a note is asked, with the accented forms as typed
// ("café") beside their keys ("cafe"), so most words need no key at all.
const ORDINARY = new Set([
  ...COMMON_KEYS,
  ...STOP_KEYS,
  ...THING_WORD_KEYS,
  ...CALL_CUES,
  ...COMMON_AS_TYPED,
]);

function isCommon(key: string): boolean {
  return ORDINARY.has(key);
}

const ADJECTIVE_SURNAMES = new Set(['jong', 'groot', 'wit', 'bruin', 'zwart', 'kort']);
const COMPANY = new Set(['met', 'with', 'to', 'bij']);
const CONVERSATION = new Set(
  `gesprek gesproken gebeld gepraat afspraak afgesproken bezoek huisbezoek koffie spoke talked chatted chat
  meeting met visit visited interview interviewed`.split(/\s+/),
);
// Written small, "al", "te" and "het" are nearly always the ordinary words ("al jaren", "te laat").
const NAME_PARTICLES = new Set(
  [...PARTICLE_KEYS].filter((particle) => !['al', 'te', 'het'].includes(particle)),
);

const CUE_KEYS = new Set([
  ...TITLE_KEYS,
  ...RELATION_KEYS,
  ...NAMING_KEYS,
  ...CALL_CUES,
  ...SAYS_CUES,
  ...PLURAL_RELATIONS,
  ...COMPANY,
  'en',
  'and',
]);

/**
 * Most words of a note are no name and have no cue around them: a few set lookups on the word and
 * its neighbours decide that before any pattern is run.
 */
function worthReading(text: string, tokens: readonly Token[], at: number, key: string): boolean {
  const before = tokens[at - 1];
  if (before && (CUE_KEYS.has(before.key) || NAME_PARTICLES.has(before.key) || before.text.length === 1))
    return true;
  const next = tokens[at + 1];
  if (next && (SENTENCE_VERBS.has(next.text) || POSSESSIVES.has(next.text) || next.text === 'thuis'))
    return true;
  const previous = text.charCodeAt((tokens[at]?.start ?? 0) - 2);
  if ((previous >= 48 && previous <= 57) || previous === 44) return true;
  const end = tokens[at]?.end ?? 0;
  const char = text.charCodeAt(text[end] === ' ' || text[end] === ':' ? end + 1 : end);
  if (char === 40 || char === 43 || (char >= 48 && char <= 57) || char === 32 || char === 45) return true;
  return FIRST_NAME_KEYS.has(key) || SURNAME_KEYS.has(key) || key.includes('-');
}

/** A listed name that is no ordinary word; a double name counts when a part is listed ("owusu-ansah"). */
function isListedName(key: string): boolean {
  if (listedPart(key)) return true;
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.some(listedPart) && !parts.some(isCommon);
}

function listedPart(part: string): boolean {
  return (FIRST_NAME_KEYS.has(part) || SURNAME_KEYS.has(part)) && !WORDLIKE_NAME_KEYS.has(part);
}

/** Whether `right` follows `left` after exactly one space (or, with `loose`, a stop or comma too). */
function joined(text: string, left: Token | undefined, right: Token | undefined): boolean {
  return (
    left !== undefined &&
    right !== undefined &&
    right.start === left.end + 1 &&
    text.charCodeAt(left.end) === 32
  );
}

/**
 * "dhr h. bosma", "mw a.b. el amrani", "mevr j de boer": the first of up to three initials between a
 * title and token `at`, or `at` when no title stands before them (a lone letter is rarely a name).
 */
function initialsAfterTitle(text: string, tokens: readonly Token[], at: number): number {
  let first = at;
  while (at - first < 3) {
    const initial = tokens[first - 1];
    const gap = text.slice(initial?.end ?? 0, tokens[first]?.start ?? 0);
    if (initial === undefined || initial.text.length !== 1 || !/^\.? ?$/.test(gap) || gap === '') break;
    first--;
  }
  if (first === at) return at;
  const title = tokens[first - 1];
  const gap = text.slice(title?.end ?? 0, tokens[first]?.start ?? 0);
  return title !== undefined && TITLE_KEYS.has(keyOf(title)) && /^\.? {1,2}$/.test(gap) ? first : at;
}

/** Whether a cue stands right before token `at` (or before the particles that open the name). */
function cueBefore(text: string, tokens: readonly Token[], at: number): 'title' | 'strong' | 'plural' | null {
  if (initialsAfterTitle(text, tokens, at) < at) return 'title';
  const cue = tokens[at - 1];
  // "mevr. jansen", "tel. joyce", "buurman, kees": one full stop or comma after the cue is fine.
  const token = tokens[at];
  if (!cue || !token || !/^[.,:]? {1,2}$|^\.$/.test(text.slice(cue.end, token.start))) return null;
  const key = keyOf(cue);
  if (PLURAL_RELATIONS.has(key)) return 'plural';
  // "gesprek met nadifa", "spoke with nadifa", "bezoek bij nadifa": whom a conversation was with.
  if (COMPANY.has(key) && CONVERSATION.has(tokens[at - 2]?.key ?? '') && joined(text, tokens[at - 2], cue))
    return 'strong';
  if (TITLE_KEYS.has(key)) return 'title';
  // "dat ik zn naam noteer": after "his name" comes what was done with it, not the name.
  if ((key === 'naam' || key === 'name') && OWNERS.has(tokens[at - 2]?.text ?? '')) return null;
  if (SAYS_CUES.has(key) || RELATION_KEYS.has(key) || NAMING_KEYS.has(key) || CALL_CUES.has(key))
    return 'strong';
  return null;
}

function opensSentence(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  return token.start === 0 || /(?:^|[\n.!?:;•*-])[ \t"“(]*$/.test(before);
}

/** The particles before `at` that belong to the name ("van der" of "van der linden"). */
function particlesBefore(text: string, tokens: readonly Token[], at: number): number {
  let first = at;
  while (first > 0 && first - at > -3) {
    const previous = tokens[first - 1];
    if (!isLower(previous) || !NAME_PARTICLES.has(previous.text) || !joined(text, previous, tokens[first]))
      break;
    first--;
  }
  return first;
}

// Particles that are a name's on their own; "de" alone before a word ("om de hoek") is not enough.
const WEAK_PARTICLES = new Set(['de', 'het', "'t", 'te', 'la', 'le', 'da', 'do', 'di', 'du']);

/** Whether the text right after a word starts a phone number or a bracketed age. */
function phoneOrAgeAfter(text: string, end: number): boolean {
  let at = end;
  while (at < end + 3 && ' :,-'.includes(text[at] ?? 'x')) at++;
  const char = text.charCodeAt(at);
  if (!(char === 40 || char === 43 || (char >= 48 && char <= 57))) return false;
  const after = text.slice(end, end + 30);
  return PHONE_AFTER.test(after) || AGE_AFTER.test(after);
}

// "06 12345678 ahmed", "020-1234567 (joyce)": a name written after the number.
const PHONE_BEFORE = /(?:\+\d|0\d)(?:[ .\-/()]?\d){8,}\s?[-–:(,]?\s?$/;

const IBAN_HEAD = /[a-z]{2}\s?\d{2}(?:\s{1,3}|\s?[.-]\s?)?[a-z]{4}/i;

function phoneBefore(text: string, start: number): boolean {
  let at = start - 1;
  while (at > start - 4 && ' -–:(,'.includes(text[at] ?? 'x')) at--;
  const char = text.charCodeAt(at);
  if (char < 48 || char > 57) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // The digits of an IBAN ("NL91 ABNA 0417 1643 00 bedrag") are no phone number.
  return PHONE_BEFORE.test(before) && !IBAN_HEAD.test(before);
}

// What ends an item of a list of people: "fatima, kees, joyce en mirella." or "(…".
const LIST_ITEM_END = /^(?:\s*[.,;:!?)(]|\s+(?:en|and|&)\s|\s*$)/;

/** "aanwezig: fatima, kees en mirella": a further item of a list whose item before is a name. */
function inListOfPeople(
  text: string,
  tokens: readonly Token[],
  at: number,
  people: ReadonlySet<number>,
): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (!token || !before) return false;
  const gap = text.slice(before.end, token.start);
  const item =
    before.text === 'en' || before.text === 'and' ? tokens[at - 2] : gap === ', ' ? before : undefined;
  if (!item || !people.has(item.end)) return false;
  if (item !== before && text.slice(item.end, before.start) !== ' ') return false;
  return LIST_ITEM_END.test(text.slice(token.end, token.end + 6));
}

const POSSESSIVES = new Set(['zijn', 'haar', "z'n", "d'r", 'his', 'her']);
// What follows a verb and never a name: "vond het prima", "schrok ervan". ("niet", "nog", "er"…
// follow names as often: "dhr zwanenburg niet thuis".)
const OBJECT_WORDS = new Set('het ervan erover erin eruit erop erbij eraan zich hem'.split(' '));
const OWNERS = new Set([
  ...POSSESSIVES,
  'zn',
  'mijn',
  'm’n',
  "m'n",
  'hun',
  'my',
  'their',
  'your',
  'uw',
  'je',
  'jouw',
]);

/** "delroy zijn moeder", "efua her son": a word before a possessive and a relation is its owner. */
function ownsRelation(text: string, tokens: readonly Token[], at: number): boolean {
  const possessive = tokens[at + 1];
  const relation = tokens[at + 2];
  return (
    possessive !== undefined &&
    relation !== undefined &&
    POSSESSIVES.has(possessive.text) &&
    RELATION_KEYS.has(relation.key) &&
    joined(text, tokens[at], possessive) &&
    joined(text, possessive, relation)
  );
}

/** "bij fatoumata thuis": the host of a visit. */
function visitedAtHome(text: string, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    before?.text === 'bij' &&
    after?.text === 'thuis' &&
    joined(text, before, tokens[at]) &&
    joined(text, tokens[at], after)
  );
}

/** The first token of a name whose lower-case word is token `at`, or null where it is no name. */
function nameAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  people: ReadonlySet<number>,
): number | null {
  const token = tokens[at];
  if (!isLower(token) || token.text.length < 2) return null;
  const key = keyOf(token);
  // "de jong", "de groot", "de wit": after "de" the bare adjective is ungrammatical, so a surname.
  const adjectiveSurname =
    ADJECTIVE_SURNAMES.has(key) && tokens[at - 1]?.text === 'de' && joined(text, tokens[at - 1], token);
  if (adjectiveSurname) return particlesBefore(text, tokens, at);
  if (isCommon(key)) {
    // "dhr van de weg", "mevr van dam": after a title and particles a surname that is also a word.
    const first = particlesBefore(text, tokens, at);
    // Written out, "meneer van de wijk" is the man from the neighbourhood; "meneer van dam", "dhr
    // van de weg" are names: after an article only an abbreviated title says so.
    const title = tokens[initialsAfterTitle(text, tokens, first) - 1];
    let article = false;
    for (let p = first; p < at; p++) article ||= ARTICLE_PARTICLES.has(tokens[p]?.text ?? '');
    return first < at &&
      PARTICLE_SURNAME_KEYS.has(key) &&
      cueBefore(text, tokens, first) === 'title' &&
      title !== undefined &&
      (!article || ABBREVIATED_TITLES.has(keyOf(title)))
      ? first
      : null;
  }
  if (!worthReading(text, tokens, at, key)) return null;
  const before = tokens[at - 1];
  if (
    isLower(before) &&
    ARTICLE_KEYS.has(before.text) &&
    !PARTICLE_KEYS.has(before.text) &&
    joined(text, before, token)
  )
    return null;
  const first = particlesBefore(text, tokens, at);
  const cue = cueBefore(text, tokens, first);
  if (first < at) {
    // After particles a surname is the only reading: "van dijk", "el ouali", "van der linden".
    let strongParticles = false;
    for (let p = first; p < at; p++) strongParticles ||= !WEAK_PARTICLES.has(tokens[p]?.text ?? '');
    // "in de wijk", "om de hoek": after a preposition "de" opens a place, not a surname.
    const opener = tokens[first - 1];
    if (!strongParticles && opener && !opener.capitalised && COMMON_KEYS.has(opener.text) && cue === null)
      return isListedName(key) ? at : null;
    const surname = SURNAME_KEYS.has(key) || PARTICLE_SURNAME_KEYS.has(key);
    const wordlike = WORDLIKE_NAME_KEYS.has(key);
    // After a title any surname-shaped word: "mw. van der linden"; after "moeder van" only a surname.
    if (cue === 'title' && !NOT_NAME_SHAPE.test(key)) return first;
    if (surname && (!wordlike || at - first > 1 || strongParticles || cue !== null)) return first;
  }
  if (isListedName(key)) return at;
  const shaped = !NOT_NAME_SHAPE.test(key);
  // After "his wife" even a name that is also a word is the name: "blessing", "frank".
  // "mw vond het prima", "mw b. schrok ervan": after a title an unlisted word before "het", "er"…
  // is her verb, not her name.
  const verbAfterTitle =
    cue === 'title' &&
    !FIRST_NAME_KEYS.has(key) &&
    !SURNAME_KEYS.has(key) &&
    OBJECT_WORDS.has(tokens[at + 1]?.text.toLowerCase() ?? '');
  if (
    (cue === 'strong' || cue === 'title') &&
    !verbAfterTitle &&
    (shaped || FIRST_NAME_KEYS.has(key) || SURNAME_KEYS.has(key))
  )
    return at;
  // Before "(12)" only a plural is no name ("deelnemers (12)"); names end in "-en" as well ("jaylen").
  if (phoneOrAgeAfter(text, token.end)) return shaped || !PLURAL_SHAPE.test(key) ? at : null;
  // "dylan 17 jaar wil werk": opening a note or sentence, a word with an age after it ("ruim 30
  // jaar woont ze hier" is a span of time: a verb and its subject follow).
  if (shaped && opensSentence(text, token) && ageInYearsAfter(text, token.end)) return at;
  if (shaped && phoneBefore(text, token.start)) return at;
  if (shaped && inListOfPeople(text, tokens, at, people)) return at;
  if (shaped && (ownsRelation(text, tokens, at) || visitedAtHome(text, tokens, at))) return at;
  const next = tokens[at + 1];
  const speaks = next !== undefined && SENTENCE_VERBS.has(next.text) && joined(text, token, next);
  return speaks && opensSentence(text, token) ? at : null;
}

/** After a first name, particles and a word are its surname: "el ouali", not "de sleutel". */
function surnameAfter(tokens: readonly Token[], from: number, at: number, key: string): boolean {
  if (from === at) return false;
  if (SURNAME_KEYS.has(key) || PARTICLE_SURNAME_KEYS.has(key) || key.includes('-')) return true;
  let strong = false;
  for (let p = from; p < at; p++) strong ||= !WEAK_PARTICLES.has(tokens[p]?.text ?? '');
  return strong && !NOT_NAME_SHAPE.test(key);
}

/** `people`: where the names found by the other rules end, for lists of names ("kofi en mirella"). */
export function findQuickNames(
  text: string,
  tokens: readonly Token[],
  people: ReadonlySet<number> = new Set(),
): Replacement[] {
  const spans: Replacement[] = [];
  const ends = new Set(people);
  for (let i = 0; i < tokens.length; i++) {
    // Most words are capitalised or ordinary as typed: no key, no pattern.
    const token = tokens[i];
    // Two letters are too few to tell a name ("jo") from a word ("de", "en", "op").
    if (!token || token.capitalised || token.text.length < 3) continue;
    if (
      token.flags & WORD.ordinary &&
      !(tokens[i - 1]?.text === 'de' && ADJECTIVE_SURNAMES.has(token.text)) &&
      !(token.flags & WORD.particleSurname && NAME_PARTICLES.has(tokens[i - 1]?.text ?? ''))
    )
      continue;
    if (token.acronym) {
      // Caps lock: "KOFI MENSAH", "MEVR YILMAZ" are names when listed.
      if (isListedName(token.key)) spans.push({ start: token.start, end: token.end, type: 'person' });
      continue;
    }
    const first = nameAt(text, tokens, i, ends);
    if (first === null) continue;
    let last = i;
    // A name introduced by a title or relation, or opening a sentence or a list item, is often given
    // in full: "mw olena kovalenko", "patricia de randamie, 57 jaar".
    const firstToken = tokens[first];
    const introduced =
      firstToken !== undefined &&
      (cueBefore(text, tokens, first) !== null ||
        opensSentence(text, firstToken) ||
        text.slice(firstToken.start - 2, firstToken.start) === ', ');
    // Further names and particles join: "mohamed el ouali", "stephanie de wit-pinas".
    for (;;) {
      let next = last + 1;
      while (
        next - last < 3 &&
        isLower(tokens[next]) &&
        NAME_PARTICLES.has(tokens[next]?.text ?? '') &&
        joined(text, tokens[next - 1], tokens[next])
      )
        next++;
      // "tjon a joe", "lo a njoe": the Surinamese-Chinese "a" joins two short name parts.
      const a = tokens[next];
      if (
        next === last + 1 &&
        a?.text === 'a' &&
        (tokens[last]?.text.length ?? 9) <= 4 &&
        (tokens[next + 1]?.text.length ?? 9) <= 4
      )
        next++;
      const candidate = tokens[next];
      if (!isLower(candidate) || !joined(text, tokens[next - 1], candidate)) break;
      const key = keyOf(candidate);
      // A listed surname right after a name is its surname even when it is also a word: "johan visser".
      const surname = next === last + 1 && SURNAME_KEYS.has(key);
      // After particles a particle surname is one even when it is a word too: "marieke de wit".
      const particleSurname = next > last + 1 && PARTICLE_SURNAME_KEYS.has(key);
      const common = isCommon(key) && !particleSurname;
      // "mw olena kovalenko", "patricia de randamie,": after a listed first name so introduced, a word
      // that is no ordinary one and is shaped like a name is the surname, listed or not.
      const unlistedSurname =
        introduced &&
        FIRST_NAME_KEYS.has(keyOf(tokens[last] as Token)) &&
        key.length >= 4 &&
        !NOT_NAME_SHAPE.test(key) &&
        !looksLikeStreet(key);
      if (
        common ||
        !(isListedName(key) || surname || unlistedSurname || surnameAfter(tokens, last + 1, next, key))
      )
        break;
      last = next;
    }
    const end = tokens[last]?.end ?? 0;
    const opening = initialsAfterTitle(text, tokens, first);
    // "dr. j.m. den uylplein 4": after a title that also opens street names, a street named after
    // someone, before its house number ("mw groeneveld 3 kinderen" stays a name).
    const opener = tokens[opening - 1];
    if (
      opener !== undefined &&
      STREET_TITLES.has(keyOf(opener)) &&
      looksLikeStreet(keyOf(tokens[last] as Token)) &&
      HOUSE_NUMBER_AFTER.test(text.slice(end, end + 12))
    ) {
      i = last;
      continue;
    }
    const start = tokens[opening]?.start ?? 0;
    spans.push({ start, end, type: 'person' });
    ends.add(end);
    i = last;
  }
  return spans.concat(initialsAlone(text, tokens, spans));
}

/** "meneer k. wilde niet…", "mw a.b. belde": initials after a title stand for a name on their own. */
function initialsAlone(text: string, tokens: readonly Token[], spans: readonly Replacement[]): Replacement[] {
  const found: Replacement[] = [];
  const isInitial = (token: Token | undefined): token is Token =>
    token !== undefined && token.text.length === 1 && text[token.end] === '.';
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    const title = tokens[i - 1] as Token;
    if (
      !isInitial(token) ||
      !TITLE_KEYS.has(keyOf(title)) ||
      !/^\.? {1,2}$/.test(text.slice(title.end, token.start))
    )
      continue;
    if (spans.some((span) => span.start <= token.start && span.end > token.start)) continue;
    // "dr. j.m. den uylplein 4": the initials of a street's namesake, also once the street is a
    // placeholder ("dr. j.m. [adres]"): anonymising twice finds nothing new.
    if (
      tokens.slice(i + 1, i + 6).some((next) => looksLikeStreet(keyOf(next)) || text[next.start - 1] === '[')
    )
      continue;
    let last = i;
    while (
      last - i < 2 &&
      isInitial(tokens[last + 1]) &&
      (tokens[last + 1] as Token).start === (tokens[last] as Token).end + 1
    )
      last++;
    found.push({ start: token.start, end: (tokens[last] as Token).end + 1, type: 'person' });
    i = last;
  }
  return found;
}
