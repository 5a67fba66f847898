import { PII_TYPES, type PiiType } from '../../../../../src/domain/anonymiser/types';
import type { GoldSpan, ParsedNote } from './labelled';

/**
 * Span-level scoring. A found span matches a labelled one when their types agree and they overlap
 * by at least half of each: found and labelled span each cover ≥ 50 % of the other. That forgives
 * "Mevrouw Koster" against "Koster" style boundary differences but not a first name found alone
 * against a full name of three words. `type: null` spans (a peer's kinds that map to none of ours)
 * are scored only in the type-blind figures.
 */
export interface FoundSpan {
  start: number;
  end: number;
  type: PiiType | null;
}

export interface TypeScore {
  labelled: number;
  found: number;
  /** Labelled spans matched by a found span. */
  recalled: number;
  /** Found spans that match a labelled span. */
  correct: number;
}

export interface CorpusScore {
  byType: Record<PiiType, TypeScore>;
  overall: TypeScore;
  /** Type-blind: a labelled span counts as covered by any found span of any type. */
  anyType: TypeScore;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(found: FoundSpan, gold: GoldSpan, ignoreType = false): boolean {
  if (!ignoreType && found.type !== gold.type) return false;
  const shared = overlap(found, gold);
  return shared * 2 >= found.end - found.start && shared * 2 >= gold.end - gold.start;
}

const empty = (): TypeScore => ({ labelled: 0, found: 0, recalled: 0, correct: 0 });

export function scoreCorpus(
  notes: readonly ParsedNote[],
  detect: (note: ParsedNote) => readonly FoundSpan[],
): CorpusScore {
  const byType = Object.fromEntries(PII_TYPES.map((type) => [type, empty()])) as Record<PiiType, TypeScore>;
  const overall = empty();
  const anyType = empty();
  for (const note of notes) {
    const found = detect(note);
    for (const gold of note.spans) {
      const typed = byType[gold.type];
      typed.labelled++;
      overall.labelled++;
      anyType.labelled++;
      if (found.some((span) => spansMatch(span, gold))) {
        typed.recalled++;
        overall.recalled++;
      }
      if (found.some((span) => spansMatch(span, gold, true))) anyType.recalled++;
    }
    for (const span of found) {
      anyType.found++;
      if (note.spans.some((gold) => spansMatch(span, gold, true))) anyType.correct++;
      if (span.type === null) continue;
      byType[span.type].found++;
      overall.found++;
      if (note.spans.some((gold) => spansMatch(span, gold))) {
        byType[span.type].correct++;
        overall.correct++;
      }
    }
  }
  return { byType, overall, anyType };
}

/** Recall and precision as fractions; null where there is nothing to divide by. */
export function recall(score: TypeScore): number | null {
  return score.labelled === 0 ? null : score.recalled / score.labelled;
}

export function precision(score: TypeScore): number | null {
  return score.found === 0 ? null : score.correct / score.found;
}
