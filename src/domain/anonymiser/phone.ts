import { matchesOf } from './matches';
import type { Replacement } from './types';

/**
 * Phone numbers as people write them: 06-12345678, 06 1234 5678, 020-1234567, (020) 123 45 67,
 * +31 6 12345678, +31 (0)20 1234567, 0031 6 …, and foreign numbers with a + or 00 prefix.
 * A run of digit groups is found first, then the longest leading part that is a valid number is
 * kept, so "bel 06 12345678 2 keer" gives the phone number and leaves the count.
 */
// Not inside a longer number or amount; "tel.06…" and "0612345678/0201234567" are two numbers' starts.
const RUN = /(?<![\p{N}+,€-])(?<![^\p{L}]\.)(?<![^\d]\/)(?<!\p{L})(?:\+|00|\(0|0)[\d\s().\-/]{6,24}\d/gu;
const GROUP = /\(?\d+\)?/g;

/** National significant digits after the country code: the Dutch plan has 9. */
function validDigits(digits: string, international: boolean): boolean {
  if (digits.startsWith('0031') || (international && digits.startsWith('31'))) {
    const rest = digits.slice(digits.startsWith('0031') ? 4 : 2).replace(/^0/, '');
    return rest.length === 9 && rest[0] !== '0';
  }
  if (international || digits.startsWith('00')) {
    const length = digits.replace(/^00/, '').length;
    return length >= 8 && length <= 15;
  }
  // A national number: 0, an area or mobile code, 10 digits in all. "0800"/"0900" are services.
  return digits.length === 10 && digits[0] === '0' && digits[1] !== '0' && !/^0[89]00/.test(digits);
}

/** Separators people use between groups: one space, hyphen, dot or slash, maybe spaced ("06 - 1234"). */
function separatorOk(between: string): boolean {
  return /^(?:\s?[-./]\s?|\s)$/.test(between);
}

export function findPhones(text: string): Replacement[] {
  const spans: Replacement[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    const start = run.index;
    const international = run[0].startsWith('+');
    const groups = matchesOf(GROUP, run[0]);
    let best = -1;
    let digits = '';
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      const previous = groups[g - 1];
      if (!group) break;
      if (previous) {
        const between = run[0].slice(previous.index + previous[0].length, group.index);
        const bracketed = group[0].startsWith('(') || previous[0].endsWith(')');
        if (!separatorOk(between) && !(between === '' && bracketed)) break;
      }
      digits += group[0].replace(/[()]/g, '');
      // "+31 (0)6": the bracketed trunk zero is written but not dialled.
      if (international && group[0] === '(0)') digits = digits.slice(0, -1);
      if (validDigits(digits, international)) best = group.index + group[0].length;
    }
    const found = best > 0 && !/\d/.test(text[start + best] ?? '');
    if (found) spans.push({ start, end: start + best, type: 'phone' });
    // A run may hold a number after the one found ("06…/020…") or after a date ("12/06/2020 06…").
    RUN.lastIndex = found ? start + best : start + 1;
  }
  return spans;
}
