import { matchesOf } from './matches';
import type { Replacement } from './types';

/**
 * Dates of birth, and only those: a date counts when a birth cue stands just before it in the same
 * sentence ("geboren op", "geb.", "date of birth:") or just after it ("… 1941 geboren"). Other
 * dates ("op 12 maart hebben we…") say when something happened and stay; so does a birthplace.
 */
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|(?:jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = "(?:(?:19|20)\\d{2}|['’]\\d{2})";
const DATE_FORMS = [
  `${DAY}[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\\d{2}`, // 12-03-1985, 12/3/85
  `${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])`, // 1985-03-12
  `${DAY}(?:e|ste|de|st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, // 12 maart 1985, 12th of March
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?`, // March 12, 1985
];
const DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// "geb" is written with a full stop, a colon or nothing at all ("geb 12-3-58").
const CUE =
  /\b(?:geboren|geb\.?(?:\s?(?:datum|jaar))?\b\.?|geboortedatum|geboortedag|geboortejaar|born|date of birth|birth date|birthdate|dob|d\.o\.b\.|jarig|verjaardag|birthday)/gi;
// Every cue contains one of these: most notes have none, and then nothing else is read.
const CUE_HINT = /geb|born|birth|dob|d\.o\.b|jarig|verjaardag/i;
// Between cue and date: a few words of the same sentence ("geboren op", "born on the"), no digits.
const GAP_BEFORE_DATE = /^[^.!?\n\d]{0,20}$/;
const GAP_AFTER_DATE = /^\s*[,(]?\s*(?:(?:is|was|werd)\s+)?$/i;
/** A year alone counts only right after the cue: "geboren in 1985", "(born 1987)". */
const YEAR_AFTER_CUE = /^\s*(?::|\s(?:in|op|on|is|was))?\s*((?:19|20)\d{2}|['’]\d{2})(?!\d)/i;
/** Or after the birthplace: "geboren in Paramaribo in 1941", "born in Kumasi, 1956". */
const YEAR_AFTER_PLACE =
  /^\s+(?:in|te)\s+\p{L}+(?:\s\p{L}+)?(?:,\s*|\s+)(?:in\s+)?(19\d{2})(?!\d)(?!\s+(?:naar|kwam|gekomen|verhuisd|came|moved)\b)/iu;

/** Dates that end inside [from, to); read from a little earlier, so a date cut by `from` is whole. */
function datesIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const offset = Math.max(0, from - 12);
  return matchesOf(DATE, text.slice(offset, to))
    .map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length }))
    .filter((date) => date.end > from);
}

export function findBirthdates(text: string): Replacement[] {
  if (!CUE_HINT.test(text)) return [];
  const spans: Replacement[] = [];
  for (const cue of matchesOf(CUE, text)) {
    const cueEnd = cue.index + cue[0].length;
    // A date shortly after the cue: "geboren op 4 april 1957", "Date of birth: 14/07/2000".
    const after = datesIn(text, cueEnd, cueEnd + 60).find((date) =>
      GAP_BEFORE_DATE.test(text.slice(cueEnd, date.start)),
    );
    if (after) spans.push({ ...after, type: 'birthdate' });
    const year =
      YEAR_AFTER_CUE.exec(text.slice(cueEnd, cueEnd + 16)) ??
      YEAR_AFTER_PLACE.exec(text.slice(cueEnd, cueEnd + 40));
    if (!after && year?.[1]) {
      const start = cueEnd + year[0].length - year[1].length;
      spans.push({ start, end: start + year[1].length, type: 'birthdate' });
    }
    // A date shortly before "geboren"/"born": "die 12-08-1941 geboren is".
    const before = datesIn(text, Math.max(0, cue.index - 40), cue.index).pop();
    if (
      before &&
      /^(?:geboren|born)$/i.test(cue[0]) &&
      GAP_AFTER_DATE.test(text.slice(before.end, cue.index))
    ) {
      spans.push({ ...before, type: 'birthdate' });
    }
  }
  return spans;
}
