import { passesElevenProof, passesIbanCheck } from './checksums';
import { looksLikeStreet, PLACE_KEYS, ZUIDOOST_STREET_KEYS } from './lexicon';
import { matchesOf } from './matches';
import { lookupKey } from './normalise';
import type { Replacement } from './types';

/**
 * Dutch postcodes: four digits (no leading 0), then two letters; SA, SD and SS are never issued.
 * Quick notes write them in any case and spacing ("1103 tv", "1103TV", "1103-TV"), glued to commas
 * and brackets. Two small letters after a number are often a word or a unit ("2019 en", "1500 km"),
 * and a year is often followed by one ("in 2024 ga ik"): those are taken only where the note says it
 * is a postcode — the word postcode before it, a street and house number right before it, or a
 * city right after it.
 */
// Found from the digits with a plain pattern; the letters, edges and context are checked on the few hits.
const POSTCODE = /[1-9]\d{3}(?: {1,2}| ?- ?)?[A-Za-z]{2}/g;
const NOT_LETTERS = new Set(
  `en de in op om te of is al na ik je we ze er zo nu nr ca vs at to on an by if or so up me he it as my no
  do go am pm km kg cm mm ml dl cl gr mg st nd rd th jr ha kw mb gb eu ok oa ad bv nv uu ga ja ex be us
  pp ct oz eg ie hr mn wk`.split(/\s+/),
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PREPOSITIONS = new Set(['in', 'op', 'om', 'na', 'te', 'to', 'at', 'by', 'on', 'of']);
// "postcode 1103 tv", "pc: 1103tv", "zip 1103 tv", "postal code".
const GLUED_LABEL = /(?<![\p{L}])(?:postcode|pc|zip)$/iu;
const POSTCODE_LABEL = /\b(?:postcode|pc|zip(?:code)?|post(?:al)? ?code)s?\s?(?:[:.=]|\sis|\swas)?\s?\(?$/i;
// "Bijlmerdreef 101 1103 tv", "kikkenstein 2304\n1103 en", "gaasperdammerweg 3a,1104tv", a list item.
const AFTER_HOUSE_NUMBER =
  /\p{L}{3,}\.?\s(?:nr\.?\s?)?[1-9]\d{0,4}(?:-?[a-z]{1,2}|-\d{1,2}|-?[ivx]{1,4}|\s(?:hs|bis|[ivx]{1,4}|[a-h]))?\s?(?:[,;/]|\s-|\n\s*(?:[-•*]\s?)?)?\s*$/iu;
// "1103 tv amsterdam", "1103 de, Amsterdam-Zuidoost": a place right after.
const PLACE_AFTER = /^\s?,?\s?(\p{L}+)/u;

// "amsterdam 1102 de", "zuidoost, 1104 op": a place right before.
const PLACE_BEFORE = /(\p{L}[\p{L}'’]*)\s?,?\s$/u;
// What may stand between an address and its postcode: "[adres], 1103 tv", "[adres] (1103 en)".
const ADDRESS_TO_POSTCODE = /^[\s,;:/(-]{1,4}$/;

function postcodeInContext(
  text: string,
  start: number,
  end: number,
  noPlaceAfter: boolean,
  yearLike: boolean,
  addressEnds: readonly number[],
): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (POSTCODE_LABEL.test(before) || AFTER_HOUSE_NUMBER.test(before)) return true;
  // Right after a street address the rules found, whatever its house number's addition.
  if (addressEnds.some((at) => at <= start && ADDRESS_TO_POSTCODE.test(text.slice(at, start)))) return true;
  // After a place a year is still a year ("in Paramaribo 1975 en…"), and letters that are a
  // preposition make a time ("in amsterdam 1030 in de ochtend"); other digits are a postcode.
  const placeBefore = PLACE_BEFORE.exec(before)?.[1];
  if (!yearLike && !noPlaceAfter && placeBefore !== undefined && PLACE_KEYS.has(lookupKey(placeBefore)))
    return true;
  // "sinds 2019 in Amsterdam" is a year, a word and a place.
  if (noPlaceAfter) return false;
  const place = PLACE_AFTER.exec(text.slice(end, end + 30))?.[1];
  return place !== undefined && PLACE_KEYS.has(lookupKey(place));
}

const WORD_BEFORE = /(\p{L}[\p{L}'’-]{2,})\s$/u;

function streetRightBefore(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!word) return false;
  const key = lookupKey(word);
  // "amsterdam 1103 tv": a city is no street, even one that ends like a street (-dam, -dijk).
  return ZUIDOOST_STREET_KEYS.has(key) || (looksLikeStreet(key) && !PLACE_KEYS.has(key));
}

/** `addresses`: the street addresses found in the same text; a postcode often follows one. */
export function findPostcodes(text: string, addresses: readonly Replacement[] = []): Replacement[] {
  const addressEnds = addresses.map((address) => address.end);
  const spans: Replacement[] = [];
  for (const match of matchesOf(POSTCODE, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
    const letters = match[0].slice(-2);
    const small = letters.toLowerCase();
    // SA, SD and SS are never issued.
    if (small === 'sa' || small === 'sd' || small === 'ss') continue;
    const edge = text[start - 1] ?? '';
    // "pc1103tv", "postcode:1103tv" glued to its label are the only postcodes glued to a word.
    if (/[\p{L}\p{N}€]/u.test(edge) && !GLUED_LABEL.test(text.slice(Math.max(0, start - 10), start)))
      continue;
    // "0800-1234 en": the tail of a longer number.
    if (edge === '-' && /\d/.test(text[start - 2] ?? '')) continue;
    // Glued to a comma or full stop ("3a,1104tv", "101,1103tv") it may be the tail of an amount.
    const glued = edge === '.' || edge === ',';
    // Capitals are a postcode's own way of writing; small letters must not be a word or unit. A
    // year ("2024 ga", "2024 EN") or a dash needs the note to say it is a postcode.
    const digits = Number(match[0].slice(0, 4));
    const yearLike = digits >= 1900 && digits <= 2039;
    const wordLike = NOT_LETTERS.has(small) || (yearLike && letters !== letters.toUpperCase());
    // "1103-TV" is a postcode's shape too; a dash with spaces around it ("1103 - tv") needs context.
    const plain =
      !glued &&
      !/\s-|-\s/.test(match[0]) &&
      (letters === letters.toUpperCase() ? !(yearLike && NOT_LETTERS.has(small)) : !wordLike);
    // "om 1030 in Amsterdam": a preposition before a place is no postcode's letters.
    const noPlaceAfter = (yearLike && NOT_LETTERS.has(small)) || PREPOSITIONS.has(small);
    if (!plain && !postcodeInContext(text, start, end, noPlaceAfter, yearLike, addressEnds)) continue;
    // "Bijlmerdreef 1021 II", "Kikkenstein 2304 hs": after a street the digits are its house number.
    if (streetRightBefore(text, start)) continue;
    spans.push({ start, end, type: 'postcode' });
  }
  return spans;
}

/**
 * A BSN is nine digits, as one run or grouped with dots, spaces or hyphens (4-2-3, 3-3-3, 2-3-2-2,
 * 2-2-2-3), and it must pass the 11-proef: most nine-digit numbers in a note (client numbers, case
 * numbers) do not. An amount ("€ 123.456.789") is left alone. Right after its label ("bsn",
 * "sofinummer", "burgerservicenummer") any eight or nine digits are taken, grouped any way: a
 * mistyped BSN is still one, and eight digits are a BSN whose leading zero was dropped.
 */
const BSN =
  /(?<![\p{L}\p{N}€.,-])(?:\d{9}|\d{4}([. -])\d{2}\1\d{3}|\d{3}([. -])\d{3}\2\d{3}|\d{2}([. -])\d{3}\3\d{2}\3\d{2}|\d{2}([. -])\d{2}\4\d{2}\4\d{3})(?![\p{N}]|[.,-]\d|\s?(?:euro|eur)\b)/gu;
// Any eight or nine digits grouped any way, then the label before them, up to a few words back
// ("bsn van zoon:", "BSN-nr:", "sofinummer is") but not past another number's label ("bsn
// ontbreekt, klantnr …"). Found from the digits: they are rarer than words.
const DIGIT_RUN = /(?<![\p{N}])\d(?:[. -]?\d){7,8}(?![\p{N}]|[.,-]\d|\s?(?:euro|eur)\b)/gu;
const BSN_LABEL =
  /(?:\b(?:bsn|sofi|burgerservice|citizen service|social security)(?:[- ]?(?:nummer|nr|no|number|nummers|numbers))?\b|(?<![\p{L}])b\.s\.n)\.?(?:(?!nr|nummer|number|dossier|kenmerk|klant|client|tel|ref)[^\d\n.;!?]){0,24}$/iu;
// Every label holds one of these words: most digit runs (phone numbers, amounts) have none before
// them, and BSN_LABEL, anchored at the end, would be tried from every character before them.
const BSN_LABEL_WORD = /bsn|sofi|burgerservice|citizen service|social security|b\.s\.n/iu;
const hasBsnLabel = (before: string) => BSN_LABEL_WORD.test(before) && BSN_LABEL.test(before);
// "123456782 (bsn)", "123 456 782 = sofinr": the label right after the number.
const BSN_LABEL_AFTER = /^\s?[(,:=-]?\s?(?:bsn|sofi|burgerservice)/i;

export function findBsns(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of matchesOf(BSN, text)) {
    if (/€\s?$/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (!passesElevenProof(match[0].replace(/[. -]/g, ''))) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, type: 'bsn' });
  }
  for (const match of matchesOf(DIGIT_RUN, text)) {
    const start = match.index;
    if (spans.some((span) => span.start === start)) continue;
    const end = start + match[0].length;
    if (
      hasBsnLabel(text.slice(Math.max(0, start - 50), start)) ||
      BSN_LABEL_AFTER.test(text.slice(end, end + 16))
    )
      spans.push({ start, end, type: 'bsn' });
  }
  return spans;
}

/**
 * IBANs as people type them: capitals or small letters, one run or in groups of any size ("nl91 abna
 * 0417 1643 00", "NL91 ABN A04 171 643 00"). Up to 34 letters and digits are read after the country
 * and check digits, then the longest prefix that ends between groups, has the country's length and
 * passes mod-97 is kept; mod-97 is what makes reading small letters and loose groups safe.
 * Foreign IBANs (BE, DE, GB…) are read the same way.
 */
// Between groups one dot or hyphen, maybe spaced, or up to three spaces ("nl73  knab", a tab, a
// no-break space): odd spacing is how notes are typed, and mod-97 still decides.
// Grouped in threes from the start, the check digits are split too: "NL9 1AB NA0 417…".
const IBAN_START =
  /(?<![\p{L}\p{N}])[a-z]{2}(?:[ \t\u00a0]{1,3}|[ \u00a0]?[.-][ \u00a0]?)?\d(?:[ \t\u00a0]{1,3}|[ \u00a0]?[.-][ \u00a0]?)?\d(?:(?:[ \t\u00a0]{1,3}|[ \u00a0]?[.-][ \u00a0]?)?[a-z0-9]){11,30}/giu;
const IBAN_SEPARATORS = /[\s.-]/g;
/** The separators IBAN_START lets between groups: space, tab, no-break space, full stop, hyphen. */
const isIbanSeparator = (code: number) =>
  code === 32 || code === 9 || code === 160 || code === 46 || code === 45;
// The lengths of the countries residents bank in; any other country may have 15 to 34 characters.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  GB: 22,
  FR: 27,
  ES: 24,
  PT: 25,
  IT: 27,
  TR: 26,
  PL: 28,
  LU: 20,
  AT: 20,
  CH: 21,
  IE: 22,
};

// The account part of the commonest countries: a run of words and numbers that happens to pass
// mod-97 ("de 12 maart 1985 om…") rarely has it.
const ACCOUNT_SHAPES: Readonly<Record<string, RegExp>> = {
  NL: /^nl\d{2}[a-z]{4}\d{10}$/i,
  BE: /^be\d{14}$/i,
  DE: /^de\d{20}$/i,
};

// A Dutch IBAN's exact shape, NL, 2 digits, a 4-letter bank and 10 digits, right after its label:
// mistyped by one digit it fails mod-97 but still points at one person's account.
const DUTCH_IBAN_SHAPE =
  /^nl\s?\d{2}(?:\s{1,3}|\s?[.-]\s?)?(?:[a-z](?:\s{1,3}|\s?[.-]\s?)?){4}(?:\d(?:\s{1,3}|\s?[.-]\s?)?){9}\d(?![\p{L}\p{N}])/iu;
const IBAN_LABEL =
  /\b(?:iban|rekening|rekeningnummer|rekeningnr|rek|reknr|rek\.nr|bankrekening|bankrekeningnummer|account|bank account)\b\.?(?:\s?(?:nr|nummer|number|no)\b\.?)?\s?(?::|is|was)?\s?\(?$/i;

function mistypedDutchIban(text: string, start: number, run: string): number {
  const shape = DUTCH_IBAN_SHAPE.exec(run);
  if (!shape || !IBAN_LABEL.test(text.slice(Math.max(0, start - 30), start))) return 0;
  return /[\p{L}\p{N}]/u.test(text[start + shape[0].length] ?? '') ? 0 : shape[0].length;
}

export function findIbans(text: string): Replacement[] {
  const spans: Replacement[] = [];
  IBAN_START.lastIndex = 0;
  for (let match = IBAN_START.exec(text); match !== null; match = IBAN_START.exec(text)) {
    const run = match[0];
    // The run opens with the country's two letters: the same for every prefix tried below.
    const country = run.slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    let kept = 0;
    // "NL 91 ABNA…": a space after the country only for a country whose length is known, so that
    // a word and a number ("om 12 03 2024…") are not read as a foreign IBAN.
    // A separator inside the country and check digits ("NL 91", "NL9 1") is trusted only for a
    // country whose length and account shape are known.
    const spaced = !/^[a-z]{2}\d{2}/i.test(run);
    // How many letters and digits each prefix holds: a prefix of the wrong length is passed over
    // before any string is cut from it.
    const tried = !(spaced && length === undefined);
    const held = [0];
    for (let i = 0; tried && i < run.length; i++)
      held.push((held[i] ?? 0) + (isIbanSeparator(run.charCodeAt(i)) ? 0 : 1));
    for (let end = run.length; end >= 15 && kept === 0 && tried; end--) {
      if (length !== undefined && held[end] !== length) continue;
      if (/[\p{L}\p{N}]/u.test(text[match.index + end] ?? '') || !/[\p{L}\p{N}]/u.test(run[end - 1] ?? ''))
        continue;
      const candidate = run.slice(0, end).replace(IBAN_SEPARATORS, '');
      if (length !== undefined && candidate.length !== length) continue;
      const shape = ACCOUNT_SHAPES[country];
      if (shape && !shape.test(candidate)) continue;
      if (passesIbanCheck(candidate)) kept = end;
    }
    if (kept === 0) kept = mistypedDutchIban(text, match.index, run);
    if (kept > 0) spans.push({ start: match.index, end: match.index + kept, type: 'iban' });
    // A run that held no IBAN may hold the start of one further on.
    IBAN_START.lastIndex = match.index + (kept || 4);
  }
  return spans;
}
