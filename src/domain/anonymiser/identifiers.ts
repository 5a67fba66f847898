import { passesElevenProof, passesIbanCheck } from './checksums';
import type { Replacement } from './types';

/**
 * Dutch postcodes: four digits (no leading 0), then two letters; SA, SD and SS are never issued.
 * Quick notes write them in any case and spacing ("1103 tv", "1103TV", "1104ab"). Two small letters
 * after a number are often a word or a unit instead ("2019 en", "1500 km"), so those pairs are left.
 */
// Found from the digits with a plain pattern; the letters and edges are checked on the few hits.
const POSTCODE = /[1-9]\d{3} ?[A-Za-z]{2}/g;
const NOT_LETTERS = new Set(
  `en de in op om te of is al na ik je we ze er zo nu nr ca vs at to on an by if or so up me he it as my no
  do go am pm km kg cm mm ml dl cl gr mg st nd rd th jr ha kw mb gb eu ok oa ad bv nv uu`.split(/\s+/),
);
const EDGE_BEFORE = /[\p{L}\p{N}€.,]/u;
const EDGE_AFTER = /[\p{L}\p{N}]/u;

export function findPostcodes(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (EDGE_BEFORE.test(text[start - 1] ?? '') || EDGE_AFTER.test(text[end] ?? '')) continue;
    const letters = match[0].slice(-2);
    const small = letters.toLowerCase();
    // SA, SD and SS are never issued.
    if (small === 'sa' || small === 'sd' || small === 'ss') continue;
    // Capitals are a postcode's own way of writing; small letters must not be a word or unit.
    if (letters !== letters.toUpperCase() && NOT_LETTERS.has(small)) continue;
    spans.push({ start, end, type: 'postcode' });
  }
  return spans;
}

/**
 * A BSN is nine digits, as one run or grouped with dots or spaces (4-2-3, 3-3-3, 2-3-2-2), and it
 * must pass the 11-proef: most nine-digit numbers in a note (client numbers, case numbers) do not.
 * An amount ("€ 123.456.789") is left alone.
 */
const BSN =
  /(?<![\p{L}\p{N}€.,-])(?:\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{2}[. ]\d{3}[. ]\d{2}[. ]\d{2})(?![\p{N}]|[.,]\d|\s?(?:euro|eur)\b)/gu;

export function findBsns(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of text.matchAll(BSN)) {
    if (/€\s?$/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (!passesElevenProof(match[0].replace(/[. ]/g, ''))) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, type: 'bsn' });
  }
  return spans;
}

/**
 * IBANs as people type them: capitals or small letters, one run or in groups of any size ("nl91 abna
 * 0417 1643 00", "NL91 ABN A04 171 643 00"). Up to 34 letters and digits are read after the country
 * and check digits, then the longest prefix that ends between groups, has the country's length and
 * passes mod-97 is kept; mod-97 is what makes reading small letters and loose groups safe.
 */
const IBAN_START = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ .-]?[a-z0-9]){11,30}/giu;
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

export function findIbans(text: string): Replacement[] {
  const spans: Replacement[] = [];
  IBAN_START.lastIndex = 0;
  for (let match = IBAN_START.exec(text); match !== null; match = IBAN_START.exec(text)) {
    const run = match[0];
    const length = IBAN_LENGTHS[run.slice(0, 2).toUpperCase()];
    let kept = 0;
    for (let end = run.length; end >= 15 && kept === 0; end--) {
      if (/[\p{L}\p{N}]/u.test(text[match.index + end] ?? '') || !/[\p{L}\p{N}]/u.test(run[end - 1] ?? ''))
        continue;
      const candidate = run.slice(0, end).replace(/[ .-]/g, '');
      if (length !== undefined && candidate.length !== length) continue;
      if (passesIbanCheck(candidate)) kept = end;
    }
    if (kept > 0) spans.push({ start: match.index, end: match.index + kept, type: 'iban' });
    // A run that held no IBAN may hold the start of one further on.
    IBAN_START.lastIndex = match.index + (kept || 4);
  }
  return spans;
}
