import { passesElevenProof, passesIbanCheck } from './checksums';
import type { Replacement } from './types';

/**
 * Dutch postcodes: four digits (no leading 0), then two letters; SA, SD and SS are never issued.
 * Written small only without a space ("1104ab"), and then never a unit ("1500km", "2019th").
 */
const POSTCODE =
  /(?<![\p{L}\p{N}€.,])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss|km|kg|cm|mm|ml|gr|am|pm|st|nd|rd|th)[a-z]{2})(?![\p{L}\p{N}])/gu;

export function findPostcodes(text: string): Replacement[] {
  return [...text.matchAll(POSTCODE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'postcode' as const,
  }));
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
 * IBANs, with or without spaces in groups of four. The groups a regex can take may run on into the
 * next word ("… 95 die"), so the longest prefix that ends on a group and passes mod-97 is kept.
 */
const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}/gu;

export function findIbans(text: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const groupEnds = [...match[0].matchAll(/[A-Z0-9]+/g)].map((group) => group.index + group[0].length);
    for (let g = groupEnds.length - 1; g >= 0; g--) {
      const end = groupEnds[g] ?? 0;
      const candidate = match[0].slice(0, end);
      if (/[\p{L}\p{N}]/u.test(match[0][end] ?? '') || !passesIbanCheck(candidate)) continue;
      spans.push({ start: match.index, end: match.index + end, type: 'iban' });
      break;
    }
  }
  return spans;
}
