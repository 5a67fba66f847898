import type { PiiType, Replacement } from './types';

/**
 * Detectors overlap: a phone-like run inside an IBAN, a name inside an e-mail address, a street
 * named after a person. Checked formats win over words, then the longer span; ties go to the
 * earlier start and then to the type order below, so the outcome never depends on detector order.
 */
const SPECIFICITY: Readonly<Record<PiiType, number>> = {
  email: 0,
  url: 1,
  iban: 2,
  bsn: 3,
  phone: 4,
  postcode: 5,
  birthdate: 6,
  address: 7,
  age: 8,
  person: 9,
};

// Formats that are checked (checksums, fixed shapes) outrank ones recognised from words.
const TIER: Readonly<Record<PiiType, number>> = Object.fromEntries(
  Object.entries(SPECIFICITY).map(([type, rank]) => [type, rank <= SPECIFICITY.birthdate ? 0 : 1]),
) as Record<PiiType, number>;

/** Person spans that touch or overlap are one name ("Fatima" from the list, "Fatima el Amrani" from rules). */
function mergePeople(spans: readonly Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  const people: Replacement[] = [];
  for (const span of spans) (span.type === 'person' ? people : out).push(span);
  sortInPlace(people, byStart);
  let last: Replacement | undefined;
  for (const span of people) {
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else {
      last = { ...span };
      out.push(last);
    }
  }
  return out;
}

const byStart = (a: Replacement, b: Replacement) => a.start - b.start;

const byRank = (a: Replacement, b: Replacement) =>
  TIER[a.type] - TIER[b.type] ||
  b.end - b.start - (a.end - a.start) ||
  a.start - b.start ||
  SPECIFICITY[a.type] - SPECIFICITY[b.type];

/**
 * Array.prototype.sort's order (stable) without its scratch arrays: a note has a handful of spans,
 * and three sorts per note were a twentieth of the anonymiser's allocations.
 */
function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 32) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}

export function resolveOverlaps(candidates: readonly Replacement[]): Replacement[] {
  const ranked = sortInPlace(mergePeople(candidates), byRank);
  const kept: Replacement[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    let free = true;
    for (const other of kept) free &&= candidate.end <= other.start || candidate.start >= other.end;
    if (free) kept.push(candidate);
  }
  return sortInPlace(kept, byStart);
}
