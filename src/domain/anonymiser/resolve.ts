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
  const people = spans.filter((span) => span.type === 'person').sort((a, b) => a.start - b.start);
  const merged: Replacement[] = [];
  for (const span of people) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return [...spans.filter((span) => span.type !== 'person'), ...merged];
}

export function resolveOverlaps(candidates: readonly Replacement[]): Replacement[] {
  const ranked = mergePeople(candidates).sort(
    (a, b) =>
      TIER[a.type] - TIER[b.type] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      SPECIFICITY[a.type] - SPECIFICITY[b.type],
  );
  const kept: Replacement[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    let free = true;
    for (const other of kept) free &&= candidate.end <= other.start || candidate.start >= other.end;
    if (free) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
