import { isSuppressed } from '../suppression';
import type { ValueId } from '../values';
import type { AggregatesReport } from '../wire/aggregates';
import { coOccurringThemes, type ValueRow, valueRows } from './dashboard';

/**
 * Discussion questions the app proposes for the circle, one per value, from the pattern of that
 * value: where missing dominates the question is why some residents do not experience it and what
 * would help; where experienced dominates, what makes it work and how to keep it. The wording
 * lives in the message catalogue; this decides which question and which themes to name.
 */
export type QuestionPattern = 'missing-dominates' | 'experienced-dominates' | 'mixed' | 'too-few';

export interface ProposedQuestion {
  valueId: ValueId;
  pattern: QuestionPattern;
  /** The themes most often alongside the dominant side, to name in the question (at most two). */
  themeIds: string[];
}

/** How much one side must outweigh the other to "dominate": a third more. */
const DOMINANCE = 4 / 3;

export function patternOf(row: Pick<ValueRow, 'experienced' | 'missing'>): QuestionPattern {
  const { experienced, missing } = row;
  // A suppressed side rests on fewer than k conversations; a shown side on at least k (or on none).
  if (isSuppressed(experienced)) {
    return isSuppressed(missing) || missing === 0 ? 'too-few' : 'missing-dominates';
  }
  if (isSuppressed(missing)) return experienced === 0 ? 'too-few' : 'experienced-dominates';
  if (experienced === 0 && missing === 0) return 'too-few';
  if (missing >= experienced * DOMINANCE) return 'missing-dominates';
  if (experienced >= missing * DOMINANCE) return 'experienced-dominates';
  return 'mixed';
}

export function proposeQuestions(report: AggregatesReport): ProposedQuestion[] {
  return valueRows(report).map((row) => {
    const pattern = patternOf(row);
    const polarity = pattern === 'experienced-dominates' ? 'experienced' : 'missing';
    const themeIds =
      pattern === 'too-few'
        ? []
        : coOccurringThemes(report, row.valueId, polarity, 2).map((theme) => theme.themeId);
    return { valueId: row.valueId, pattern, themeIds };
  });
}
