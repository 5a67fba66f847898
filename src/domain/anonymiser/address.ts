import {
  COMMON_KEYS,
  endsLikeFlat,
  FIRST_NAME_KEYS,
  looksLikeMistypedStreet,
  looksLikeStreet,
  NAMING_KEYS,
  PARTICLE_KEYS,
  PLACE_KEYS,
  RELATION_KEYS,
  STREET_ENDING_WORDS,
  SURNAME_KEYS,
  TITLE_KEYS,
  WORD,
  WORD_FLAGS,
  ZUIDOOST_STREET_KEYS,
} from './lexicon';
import { matchesOf } from './matches';
import { lookupKey } from './normalise';
import type { Replacement } from './types';

/**
 * Street addresses: a street name and a house number with its suffix ("Bijlmerdreef 1021-II",
 * "Hoogoord 22 hs", "Hofgeest 8-A"). The street is recognised by its ending (-straat, -dreef…), by
 * the list of Zuidoost flats that have none, or by a cue before it ("woont op", "lives at").
 * Postcode and city are found on their own, so "[adres], [postcode] Amsterdam" keeps the city.
 */
// "1021-II", "3hs", "12 hs", "14A", "7-iii", "3-1", "3 2-hoog", "12 3e verdieping", "12A-3", "12/3":
// floors, letters and the flat behind a slash (not a date's "12/3/2024").
const SUFFIX = String.raw`(?:[A-Za-z]-\d{1,3}(?![\d/])|\/\d{1,3}(?![\d/])|\s?-\s?(?:[IVX]{1,4}|[ivx]{1,4}|\d{1,3}(?:\s?-?\s?(?:hoog|hg))?|hs|h|bg|bv|[A-Za-z])|\s?(?:hs|bis|bg|bv|huis|hg|hoog|[IVX]{2,4}|[ivx]{2,4})|\s(?:boven|beneden|bov|ben)\b|[A-Za-z]|\s(?:II|III|IV|ii|iii|iv|hs)|\s[A-Ha-h](?=[,.;:)\n]|$)|\s\d{1,2}(?:e|ste|de)?\s?-?\s?(?:hoog|hg|verdieping|etage))`;
// A number followed by a unit is an amount or a duration, not a house: "Gaasperpark 2 uur"; so is
// one followed by a plural such as "2 auto's", "12 kraampjes".
const NOT_A_UNIT = String.raw`(?!\s*(?:keer|euro|eur|jaar|jr|uur|minuten|min|kinderen|mensen|personen|dagen|weken|maanden|huizen|deuren|flats|verdiepingen|etages|times|euros?|years?|hours?|minutes?|days|weeks|months|children|people|kids|houses|doors|floors|nachten|nights|meter|m|km|kilometer|haltes|stops|%|procent)\b|\s+\p{L}+(?:jes|['’]s)\b)`;
// Found from the house number (digits are rare in notes), then the street word before it is read.
// The first digit comes before the look back, so the engine skips to digits instead of looking
// back from every character of the note.
const HOUSE_NUMBER = new RegExp(
  String.raw`\d(?<=(?:[\p{L}.:](?:\s|[ \t]{2,3})|(?<!\p{L})nr[.:]?)\d)\d{0,4}(?:${SUFFIX})?(?![\p{L}\p{N}]|[.,:]\d(?!\d{3}\s?[A-Za-z]{2}(?![\p{L}])))${NOT_A_UNIT}`,
  'gu',
);
// "nr 12", "nr. 12", "nr: 12", and glued to the number: "nr.12", "nr:12", "nr12".
const NUMBER_WORD = /(?<=\s)(?:nr|no|nummer|number|huisnr|huisnummer)(?:[.:]?\s|[.:]|(?<=nr))$/i;
const WORD_CHAR = /[\p{L}'’-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}'’-]/u;

/**
 * The word and the one space right before a house number, read backwards: "Bijlmerdreef " of
 * "Bijlmerdreef 12". Capitalised or not: quick notes write "bijlmerdreef 12"; only a known street
 * may be small. A pattern anchored at the end would be tried from every letter before the number.
 */
function streetWordBefore(text: string, at: number): string | undefined {
  if (!/\s/.test(text[at - 1] ?? '')) return undefined;
  // "bijlmerdreef  101": notes typed fast leave two or three spaces.
  let gap = at - 1;
  while (gap > at - 3 && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
  // "bijlmerstr. 12": an abbreviated street keeps its full stop.
  const abbreviated =
    text[gap - 1] === '.' && ABBREVIATED_STREET.test(text.slice(Math.max(0, gap - 5), gap - 1));
  let start = abbreviated ? gap - 1 : gap;
  const wordEnd = start;
  while (start > 0 && start > at - 40 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  // "'s-Gravendijkwal": the only street that opens with an apostrophe.
  const opens = /\p{L}/u.test(text[start] ?? '') || /^['’]s-\p{L}/iu.test(text.slice(start, start + 4));
  if (start === wordEnd || !opens || LETTER_OR_DIGIT.test(text[start - 1] ?? '')) return undefined;
  return text.slice(start, at);
}
// The endings that are abbreviated with a full stop: "-str.", "-ln.".
const ABBREVIATED_STREET = /\p{L}(?:str|ln|dr|pl|wg|gr|kd)$/iu;
// Ordinary words that end like a street: "onderweg 3 dagen", "op het speelplein 2 jongens".
const NOT_STREETS = new Set([
  'onderweg',
  'halfweg',
  'snelweg',
  'zijweg',
  'speelplein',
  'schoolplein',
  'kerkhof',
  // Parts of a home or building after "woont op": "woont op kamer 12", "lives in block 7".
  'zolder',
  'kamer',
  'blok',
  'block',
  'etage',
  'verdieping',
  'portiek',
  'galerij',
  'room',
  'floor',
  'unit',
  'apartment',
  'appartement',
  'flat',
  'nummer',
  'number',
  // Numbered parts of texts and groups: "hoofdstuk 4-II", "groep 7-b".
  'hoofdstuk',
  'deel',
  'artikel',
  'bijlage',
  'paragraaf',
  'fase',
  'groep',
  'klas',
  'niveau',
  'lokaal',
  'zaal',
  'versie',
  'chapter',
  'part',
  'section',
  'level',
  'stap',
  'pagina',
  'page',
]);
const ARTICLES = new Set(['de', 'het', "'t", 'the', 'een', 'a']);
// A visit at home names the home too: "huisbezoek Zonnewende 14", "bij haar thuis, Zonnewende 14".
const CUE =
  /\b(?:woont|wonen|woonde|wonend|wonende|woonachtig|woonadres|adres|adr|adress|address|huisnr|huisnummer|lives|lived|living|resides|staying|verblijft|ingeschreven|verhuisd|verhuist|moved|huisbezoek|thuisbezoek|thuis|home)\b[^.\n]{0,16}$/i;
// Right after a tight cue a street may be typed small and be unknown: "adres: zonnewende 14",
// "lives at tafelberg 3", "woont aan de kraaiennest 12". Ordinary words are still no street.
// "woont nu op de", "wonende te", "adres is": a word of time between, or "te", "is", changes nothing.
const TIGHT_CUE =
  /\b(?:woont|wonen|woonde|wonend|wonende|woonachtig|woonadres|adres|adr|adress|address|lives|lived|living|resides|verhuisd|verhuist|moved|ingeschreven|huisbezoek|thuisbezoek|thuis|home visit)(?:\s(?:nu|nog|al|ook|tijdelijk|now|still))?(?:\s?:|\s(?:is|was)|\s(?:op|aan|in|at|on|to|naar|te)(?:\s(?:de|het|the))?)?\s?$/i;
// "woont al jaren samen met haar zoon op zonnewende 14": a living cue earlier in the clause, and a
// place word right before the street.
const CLAUSE_CUE =
  /\b(?:woont|wonen|woonde|woonachtig|ingeschreven|lives|lived|living|resides)\b[^.\n,;:!?]{0,40}\s(?:op|aan|at|on)(?:\s(?:de|het|the))?\s$/i;
const PREVIOUS_WORD = /(\p{L}[\p{L}'’-]*)(\.?)\s$/u;
// Words that open multi-word street names: "Burgemeester Stramanweg", "Prins Hendrikkade".
const STREET_PREFIXES = new Set(
  `burgemeester burg prins pr prinses koningin koning keizer keizerin hertog graaf dokter dr generaal gen
  admiraal kapitein president minister wethouder pastoor pater ds ir ing jhr mgr professor prof mr eerste
  tweede derde vierde sint st gouden zilveren oude oud nieuwe nieuw korte lange hoge lage grote kleine
  blauwe rode witte zwarte groene noord zuid oost west noorder zuider ooster wester`.split(/\s+/),
);
// "2e Oosterparkstraat", "1ste Jan Steenstraat": a street's ordinal is typed in digits.
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}(?:e|ste|de)\s$/u;

/**
 * "dhr asare florijnpad 44": after a title or a relation a name is the person's, not the street's.
 * A title that also opens street names ("dr. martin luther kingpad") decides nothing.
 */
function afterTitle(text: string, at: number): boolean {
  const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const key = before ? lookupKey(before) : '';
  return (TITLE_KEYS.has(key) && !STREET_PREFIXES.has(key)) || RELATION_KEYS.has(key) || NAMING_KEYS.has(key);
}

/** Whether a title or relation stands up to three words before `at`, each word on the way no street's prefix. */
function personBefore(text: string, at: number): boolean {
  let end = at;
  for (let words = 0; words < 3; words++) {
    if (afterTitle(text, end)) return true;
    const match = PREVIOUS_WORD.exec(text.slice(Math.max(0, end - 30), end));
    if (!match?.[1] || STREET_PREFIXES.has(lookupKey(match[1]))) return false;
    end -= match[0].length;
  }
  return false;
}

/** Whether the word before `at` is a listed first name or a street's prefix. */
function opensNamesake(text: string, at: number): boolean {
  const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const key = before ? lookupKey(before) : '';
  return (
    STREET_PREFIXES.has(key) ||
    (FIRST_NAME_KEYS.has(key) && ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0)
  );
}

/** "Anton de Komplein": names, particles and prefixes before the street word belong to it. */
function streetStart(text: string, start: number): number {
  let begin = start;
  let afterParticle = false;
  const streetCapitalised = text[start] !== text[start]?.toLowerCase();
  const streetShouted = () => {
    const word = /^\S+/.exec(text.slice(start, start + 40))?.[0] ?? '';
    return word === word.toUpperCase();
  };
  for (let words = 0; words < 3; words++) {
    // Every ordinal ends in "e": most words before a street do not.
    const ordinal =
      text[begin - 2] === 'e' ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, begin - 6), begin)) : null;
    if (ordinal) {
      begin -= ordinal[0].length;
      break;
    }
    const match = PREVIOUS_WORD.exec(text.slice(Math.max(0, begin - 30), begin));
    if (!match?.[1]) break;
    const key = lookupKey(match[1]);
    // "Burg. Stramanweg": only a prefix is abbreviated with a full stop.
    if (match[2] && !STREET_PREFIXES.has(key)) break;
    const capitalised = match[1][0] !== match[1][0]?.toLowerCase();
    const particle = PARTICLE_KEYS.has(key);
    // Before a particle any capitalised word is the street's namesake: "Anton de Komplein".
    // Typed small, only a known name before a particle: "anton de komplein".
    // "Martin Luther Kingpad", "Hannie Schaftstraat": a capitalised word that is no ordinary one is
    // the namesake's too, listed or not; typed small, only a listed name ("kwame nkrumahplein").
    // An abbreviation in capitals ("1104 KR Zwaluwerf") is no namesake, unless the note shouts.
    const shouted = match[1].length > 1 && match[1] === match[1].toUpperCase();
    const ordinary = ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) !== 0 || (shouted && !streetShouted());
    const partOfName =
      particle ||
      STREET_PREFIXES.has(key) ||
      (capitalised && (!ordinary || FIRST_NAME_KEYS.has(key) || SURNAME_KEYS.has(key))) ||
      ((afterParticle || streetCapitalised === false) &&
        !ordinary &&
        (FIRST_NAME_KEYS.has(key) || SURNAME_KEYS.has(key)));
    // "martin luther kingpad": typed small, an unlisted word counts when a listed first name or a
    // prefix opens the namesake before it.
    // "mw hatice öztürk wijkerhove 19": after a title the small names are the person's.
    const namedPerson =
      !capitalised && !particle && !STREET_PREFIXES.has(key) && personBefore(text, begin - match[0].length);
    const inName =
      !namedPerson &&
      (partOfName ||
        (!capitalised && !ordinary && !streetCapitalised && opensNamesake(text, begin - match[0].length)));
    if (!inName || (!particle && !STREET_PREFIXES.has(key) && afterTitle(text, begin - match[0].length)))
      break;
    begin -= match[0].length;
    afterParticle = particle;
  }
  // A street name does not begin with a small article or preposition: "op de Dorpsstraat" starts at
  // Dorpsstraat, "van Kikkenstein 2304 naar…" at Kikkenstein. Only in a note typed all small is a
  // particle before a street named after someone its own: "van heenvlietlaan 22".
  const streetWord = /^\S+/.exec(text.slice(start))?.[0] ?? '';
  const ownParticle =
    streetWord[0] === streetWord[0]?.toLowerCase() && !ZUIDOOST_STREET_KEYS.has(lookupKey(streetWord));
  for (;;) {
    const word = /^\S+/.exec(text.slice(begin))?.[0] ?? '';
    const key = lookupKey(word);
    const small = word[0] === word[0]?.toLowerCase();
    if (begin >= start || !small || !(ARTICLES.has(key) || (PARTICLE_KEYS.has(key) && !ownParticle))) break;
    begin += word.length + 1;
  }
  return begin;
}

/** Every address: those read from a house number, and the streets where someone lives. */
export function findAddresses(text: string): Replacement[] {
  return withStreetsWhereOneLives(text, findNumberedAddresses(text));
}

/** The addresses read from a house number: none in a text without a digit. */
export function findNumberedAddresses(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const number of matchesOf(HOUSE_NUMBER, text)) {
    const end = number.index + number[0].length;
    // "Bijlmerdreef nr 12", "kikkenstein nr. 2304": the street stands before the number word.
    // "huisnummer: " and the space before it are 13 characters.
    const numberWord = NUMBER_WORD.exec(text.slice(Math.max(0, number.index - 13), number.index))?.[0] ?? '';
    const street = streetWordBefore(text, number.index - numberWord.length);
    // "hoogoord op nr 12": "op" between a street and the number word.
    const onStreet =
      numberWord && street && /^op\s$/i.test(street)
        ? streetWordBefore(text, number.index - numberWord.length - street.length)
        : undefined;
    if (street && onStreet && isStreetName(lookupKey(onStreet.trimEnd()))) {
      const start = number.index - numberWord.length - street.length - onStreet.length;
      spans.push({ start: streetStart(text, start), end, type: 'address' });
      continue;
    }
    if (street) {
      const start = number.index - numberWord.length - street.length;
      const key = lookupKey(street.trimEnd().replace(/\.$/, ''));
      const split = splitStreetStart(text, start, key);
      if (split >= 0) {
        spans.push({ start: streetStart(text, split), end, type: 'address' });
        continue;
      }
      const known =
        ZUIDOOST_STREET_KEYS.has(key) ||
        (looksLikeStreet(key) && !NOT_STREETS.has(key) && !CITY_KEYS.has(key)) ||
        (((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0 && looksLikeMistypedStreet(key)) ||
        ((endsLikeFlat(key) || endsLikeStreetOnly(key)) && !nameSignals(text, start, end));
      const capitalised = street[0] !== street[0]?.toLowerCase();
      if (
        known ||
        unknownStreetAfterCue(text, start, key, capitalised) ||
        unknownStreetWithFloor(key, number[0], capitalised) ||
        unknownStreetBeforePostcode(text, key, end) ||
        unknownStreetAtPlace(text, start, end, key) ||
        (capitalised && unknownStreetAfterAddress(text, start, key, spans))
      ) {
        spans.push({ start: streetStart(text, start), end, type: 'address' });
        continue;
      }
    }
    // "in de Kraaiennest, op nummer 12": a house number on its own, for a street named in the sentence.
    const streetBeforeComma = numberWord
      ? streetBeforeNumberWord(text, number.index - numberWord.length)
      : -1;
    if (streetBeforeComma >= 0)
      spans.push({ start: streetStart(text, streetBeforeComma), end, type: 'address' });
    else if (
      numberWord &&
      HOUSE_NUMBER_OPENER.test(
        text.slice(Math.max(0, number.index - numberWord.length - 6), number.index - numberWord.length),
      ) &&
      streetInSentence(text, number.index - numberWord.length)
    )
      spans.push({ start: number.index - numberWord.length, end, type: 'address' });
    else if (!numberWord) {
      const streetAfter = streetAfterNumber(text, number.index, end);
      if (streetAfter > 0) spans.push({ start: number.index, end: streetAfter, type: 'address' });
    } else if (
      POSTCODE_BEFORE.test(
        text.slice(Math.max(0, number.index - numberWord.length - 12), number.index - numberWord.length),
      )
    ) {
      // "postcode 1104 bx huisnr 17": a postcode and a house number point at one home.
      spans.push({ start: number.index, end, type: 'address' });
    } else {
      // "nr 12 van de Hofgeest": the number first, then the street it is on.
      const streetEnd = knownStreetAfterNumber(text, end);
      if (streetEnd > 0)
        spans.push({ start: number.index - numberWord.length, end: streetEnd, type: 'address' });
    }
  }
  return spans;
}

const POSTCODE_BEFORE = /(?<![\p{L}\p{N}])[1-9]\d{3}\s?[a-z]{2},?\s$/iu;
const STREET_AFTER_NUMBER = /^,?\s(?:van|in|aan|op|of|on)\s(?:(?:de|het|the)\s)?(\p{L}[\p{L}'’-]+)/iu;

/** The end of the street in "nr 12 van de Hofgeest", or 0. */
function knownStreetAfterNumber(text: string, end: number): number {
  const match = STREET_AFTER_NUMBER.exec(text.slice(end, end + 50));
  const key = lookupKey(match?.[1] ?? '');
  return match && isStreetName(key) ? end + match[0].length : 0;
}

/** A street by its name alone: a Zuidoost flat, or a word with a street's ending that is no place. */
function isStreetName(key: string): boolean {
  return (
    ZUIDOOST_STREET_KEYS.has(key) ||
    (looksLikeStreet(key) && !NOT_STREETS.has(key) && !CITY_KEYS.has(key)) ||
    endsLikeFlat(key)
  );
}

// "ze woont in de Bullewijkstraat", "lives on the Karspeldreef": where someone lives, no number said.
const LIVES_ON =
  /\b(?:woont|wonen|woonde|wonend|wonende|woonachtig|ingeschreven|verhuisd|verhuist|lives|lived|living|resides|moved)(?:\s(?:nu|nog|al|ook|tijdelijk|now|still))?\s(?:op|aan|in|at|on|to|naar)\s(?:(?:de|het|the)\s)?(?=\p{L})/giu;
const WORD_AT = /^[\p{L}'’-]+\.?/u;
// After the street: "nummer 72", "nr. 12", or "88-1 is het nr" in the next sentence.
const DETACHED_NUMBER =
  /^\s?[.,;:]?\s{1,2}(?:(?:(?:huis)?(?:nummer|nr|no)[.:]?\s?)(\d{1,4}(?:\s?-\s?(?:[ivx]{1,4}|\d{1,3})|[a-z])?)(?![\p{L}\p{N}])|(\d{1,4}(?:\s?-\s?(?:[ivx]{1,4}|\d{1,3})|[a-z])?)\s(?:is|was)\s(?:het|de|haar|zijn)\s(?:huisnummer|nummer|nr)\b)/iu;

/**
 * A street named where someone lives, without a house number (the finder above starts from
 * numbers): the street alone points at a home. Only a word that is a street by its shape or a
 * known flat, never a place ("woont in de Bijlmer"), and the whole phrase after the cue must be the
 * street's name ("woont in de buurt van de Bijlmerdreef" is not where she lives). A house number
 * said right after it, even in the next sentence, is part of the address.
 */
/** The streets where someone lives in a note without a house number anywhere (no digit at all). */
export function findStreetsWhereOneLives(text: string): Replacement[] {
  return withStreetsWhereOneLives(text, []);
}

function withStreetsWhereOneLives(text: string, spans: Replacement[]): Replacement[] {
  if (!/\b(?:wo[no]|lives?|lived|living|resides|moved|ingeschreven|verhuis)/i.test(text)) return spans;
  const found = [...spans];
  for (const cue of matchesOf(LIVES_ON, text)) {
    const from = cue.index + cue[0].length;
    if (found.some((span) => span.start <= from + 40 && span.end > from)) continue;
    let at = from;
    for (let words = 0; words < 4; words++) {
      const word = WORD_AT.exec(text.slice(at, at + 40))?.[0];
      if (!word) break;
      const bare = word.replace(/\.$/, '');
      const key = lookupKey(bare);
      if (isStreetName(key) && !PLACE_KEYS.has(key) && streetStart(text, at) <= from) {
        const end = at + bare.length;
        found.push({ start: from, end, type: 'address' });
        const number = DETACHED_NUMBER.exec(text.slice(end, end + 40));
        const digits = number?.[1] ?? number?.[2];
        if (number && digits) {
          const start = end + number[0].indexOf(digits, number[0].search(/\d/));
          found.push({ start, end: start + digits.length, type: 'address' });
        }
        break;
      }
      if (word.endsWith('.') && !STREET_PREFIXES.has(key)) break;
      at += word.length;
      if (text[at] !== ' ') break;
      at++;
    }
  }
  return found;
}

// Endings of streets that are also surnames' ("Wamelkamp", "Eeftinkhorst", "Rosendal") or parts of
// words: a street only right before a house number, never a reason to doubt a name elsewhere.
// (-tuin, -kant, -zijde and -zicht end too many ordinary words: "achtertuin 3 kippen", "overkant".)
const STREET_ONLY_ENDINGS = [
  'kamp',
  'horst',
  'dal',
  'ring',
  'zoom',
  'sloot',
  'weide',
  'allee',
  'straatje',
  'hofje',
  'kwartier',
  'rade',
  'hage',
  'akker',
  'wetering',
  'vliet',
  'kreek',
  'eiland',
  'laantje',
  'veste',
  'straete',
];

function endsLikeStreetOnly(key: string): boolean {
  if (((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) !== 0 || NOT_STREETS.has(key) || CITY_KEYS.has(key))
    return false;
  return STREET_ONLY_ENDINGS.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending));
}

// A postcode right after the number: "Bijlmerweide 12, 1103 AB", "zonnewende 14 1103tv" (SA, SD and
// SS are never issued).
const POSTCODE_AFTER = /^[,;]?\s{0,2}(?:[(-]\s?)?[1-9]\d{3}\s?(?!sa|sd|ss)[a-z]{2}(?![\p{L}\p{N}])/iu;

/** "Bijlmerweide 12, 1103 AB": a word no ordinary one, a house number and then a postcode. */
function unknownStreetBeforePostcode(text: string, key: string, end: number): boolean {
  return (
    key.length >= 4 &&
    ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0 &&
    !NOT_STREETS.has(key) &&
    !CITY_KEYS.has(key) &&
    POSTCODE_AFTER.test(text.slice(end, end + 14))
  );
}

// "van Gravestein 145 naar Dubbelink 22-1", "Hakfort 7 en Kempering 3": a second address joined to one.
const JOINED_TO_ADDRESS = /^,?\s(?:naar|to|en|and|of|or|dan|then)\s(?:(?:de|het|the)\s)?$/i;

/** A capitalised word no ordinary one, right after an address found and a word that joins them. */
function unknownStreetAfterAddress(
  text: string,
  start: number,
  key: string,
  spans: readonly Replacement[],
): boolean {
  const previous = spans[spans.length - 1];
  return (
    previous !== undefined &&
    start - previous.end <= 12 &&
    key.length >= 4 &&
    ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0 &&
    !NOT_STREETS.has(key) &&
    !CITY_KEYS.has(key) &&
    JOINED_TO_ADDRESS.test(text.slice(previous.end, start))
  );
}

// "op de Zonnewende 14.", "aan het Zonnepad 3, 2 hoog": where one lives is "op" or "aan" a street,
// and a house number ends its clause; "op de Markt 3 kraampjes" goes on with what was counted.
const AT_STREET = /\b(?:op|aan)\s(?:de|het|'t)\s$/i;
const CLAUSE_END_AFTER = /^(?:\s*(?:[,.;:!?)\n]|$)|\s(?:en|in|te|bij|met|and|with)\b)/i;

/** An unknown word and a house number after "op de"/"aan het", ending the clause. */
function unknownStreetAtPlace(text: string, start: number, end: number, key: string): boolean {
  return (
    key.length >= 5 &&
    ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0 &&
    !FIRST_NAME_KEYS.has(key) &&
    !NOT_STREETS.has(key) &&
    !CITY_KEYS.has(key) &&
    AT_STREET.test(text.slice(Math.max(0, start - 10), start)) &&
    CLAUSE_END_AFTER.test(text.slice(end, end + 8))
  );
}

const STREET_BEFORE_COMMA = /(\p{L}[\p{L}'’-]*),\s?$/u;

/** "Hondsrugpark, nr 14": the start of a street named right before ", nr", or -1. */
function streetBeforeNumberWord(text: string, at: number): number {
  const match = STREET_BEFORE_COMMA.exec(text.slice(Math.max(0, at - 40), at));
  const word = match?.[1];
  if (!match || !word) return -1;
  const key = lookupKey(word);
  const street =
    ZUIDOOST_STREET_KEYS.has(key) ||
    (looksLikeStreet(key) && !NOT_STREETS.has(key) && !CITY_KEYS.has(key)) ||
    endsLikeFlat(key);
  return street ? Math.max(0, at - 40) + match.index : -1;
}

// "in amsterdam 2019": a city or district is no street, even one that ends like one (-dam, -dijk).
// A place named by a street's own word ("Ganzenhoefplein") is a street before a house number.
const CITY_KEYS: ReadonlySet<string> = new Set(
  [...PLACE_KEYS].filter(
    (key) => !ZUIDOOST_STREET_KEYS.has(key) && !/(?:plein|straat|laan|dreef|kade|singel|gracht)$/.test(key),
  ),
);
const PERSON_VERB_AFTER =
  /^\s+(?:is|was|vertelt|vertelde|zegt|zei|woont|werkt|heeft|had|says|said|lives|works|has|jaar|jr)\b/i;

/**
 * "dhr rosenberg 80", "Goldberg 67 vertelt": a flat's ending is a surname's too. After a title or
 * a relation, or before a person's verb, the word is a name and the number an age.
 */
function nameSignals(text: string, start: number, end: number): boolean {
  const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const key = before ? lookupKey(before) : '';
  return (
    TITLE_KEYS.has(key) ||
    RELATION_KEYS.has(key) ||
    NAMING_KEYS.has(key) ||
    PERSON_VERB_AFTER.test(text.slice(end, end + 20))
  );
}

/**
 * "bijlmer dreef 12", "Church Street 4": a street's ending typed as a word of its own, after a word
 * that is no ordinary one ("over de dijk 3 keer", "the old road 12" stay). The start of the street, or -1.
 */
function splitStreetStart(text: string, start: number, key: string): number {
  if (!STREET_ENDING_WORDS.has(key)) return -1;
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 30), start));
  const word = previous?.[1];
  if (
    !previous ||
    !word ||
    previous[2] ||
    !previous[0].endsWith(' ') ||
    previous[0].length !== word.length + 1
  )
    return -1;
  // A place or a name may open a street ("Bijlmer Dreef", "Albert Road"); an ordinary word may not.
  const wordKey = lookupKey(word);
  if (STREET_PREFIXES.has(wordKey)) return start - previous[0].length;
  if (wordKey.length < 3 || COMMON_KEYS.has(wordKey) || PARTICLE_KEYS.has(wordKey)) return -1;
  return start - previous[0].length;
}

function unknownStreetAfterCue(text: string, start: number, key: string, capitalised: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "thuis met zoon Kofi 8": a first name and an age, not a street.
  if (capitalised) return CUE.test(before) && !FIRST_NAME_KEYS.has(key);
  const flags = WORD_FLAGS.get(key) ?? 0;
  if (key.length < 4 || (flags & WORD.ordinary) !== 0 || NOT_STREETS.has(key)) return false;
  return TIGHT_CUE.test(before) || CLAUSE_CUE.test(text.slice(Math.max(0, start - 70), start));
}

// A floor or a part of a building after the number says "house" without any cue: "Zonnewende 14-III".
const FLOOR_SUFFIX =
  /(?:-\s?(?:[IVXivx]{1,4}|hs|bv|bg|h)|\d\s?(?:hs|bv|bg)|\d(?:II|III|IV)|\s(?:II|III|IV|ii|iii|iv|hs|bv)|hoog|hg)$/;

// Typed small, only a floor that no chapter or class has: "zonnewende 14 hs", not "groep 7-h".
const HOUSE_PART_SUFFIX = /(?:\s?-?\s?(?:hs|bv|bg)|hoog|hg)$/;

function unknownStreetWithFloor(key: string, houseNumber: string, capitalised: boolean): boolean {
  return (
    key.length >= 4 &&
    ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0 &&
    !NOT_STREETS.has(key) &&
    (capitalised ? FLOOR_SUFFIX : HOUSE_PART_SUFFIX).test(houseNumber)
  );
}

// "op nummer 12", ", nr 8": a house number; "bus nummer 3", "kamer nr 12" are not.
const HOUSE_NUMBER_OPENER = /(?:^|[,(:;]\s?|\b(?:op|aan|in|at|on)\s)$/i;
const STREET_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/** Whether the sentence before `at` (up to 100 characters back) names a street. */
function streetInSentence(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 100 && !/[.!?\n]/.test(text[from - 1] ?? '')) from--;
  for (const word of matchesOf(STREET_WORD, text.slice(from, at))) {
    const key = lookupKey(word[0]);
    if ((looksLikeStreet(key) && !NOT_STREETS.has(key)) || ZUIDOOST_STREET_KEYS.has(key) || endsLikeFlat(key))
      return true;
  }
  return false;
}

// "lives at 12 Kraaiennest", "address: 3 Tafelberg": the English order, only right after a cue.
const NUMBER_FIRST_CUE =
  /\b(?:lives|lived|living|resides|staying|address|adres|moved)\s?(?:at|on|to|:|is|was)?\s$/i;
const WORD_AFTER =
  /^,?\s(\p{L}[\p{L}'’-]+)(?:\s(street|road|lane|avenue|close|way|drive|straat|laan|weg))?(?![\p{L}])/iu;

/** The end of "12 Kraaiennest" after an English address cue, or 0. */
function streetAfterNumber(text: string, start: number, end: number): number {
  if (!NUMBER_FIRST_CUE.test(text.slice(Math.max(0, start - 20), start))) return 0;
  const word = WORD_AFTER.exec(text.slice(end, end + 40));
  const street = word?.[1] ?? '';
  const key = lookupKey(street);
  const capitalised = street !== '' && street[0] !== street[0]?.toLowerCase();
  // "14 Church Road": the street's own word after the name says it.
  const known = looksLikeStreet(key) || ZUIDOOST_STREET_KEYS.has(key) || word?.[2] !== undefined;
  if (!known && !(capitalised && ((WORD_FLAGS.get(key) ?? 0) & WORD.ordinary) === 0)) return 0;
  return end + (word?.[0].length ?? 0);
}
