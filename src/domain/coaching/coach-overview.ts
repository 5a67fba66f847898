import { type ChecklistAnswer, type ChecklistItem, TECHNIQUE_CHECKLIST } from '../packages/checklist';
import { type Period, periodOf } from '../period';

/**
 * A coach's overview across her devices (issues 13, 16): per interviewer pseudonym, per quarter,
 * how often each point of technique was answered yes, partly or no. Built from the records the
 * server keeps for her, which hold no resident and no text; practice reviews count like any other
 * (technique is technique) and are also counted apart, so the coach can tell.
 */
export interface ReviewOnRecord {
  /** The calendar date the review was sent (ISO, the coach's own day). */
  date: string;
  pseudonym: string | null;
  practice: boolean;
  checklist: Record<ChecklistItem, ChecklistAnswer | null>;
}

export type AnswerCounts = Record<ChecklistAnswer, number>;

export interface QuarterColumn {
  period: Period;
  reviews: number;
  practice: number;
  items: Record<ChecklistItem, AnswerCounts>;
}

export interface PseudonymOverview {
  /** Null: reviews of interviewers who chose no pseudonym, together. */
  pseudonym: string | null;
  /** Oldest quarter first; only quarters with a review. */
  quarters: QuarterColumn[];
}

const periodKey = ({ year, quarter }: Period) => year * 10 + quarter;

/** Pseudonyms in alphabetical order (as the coach's language sorts), "no pseudonym" last. */
export function coachOverview(records: readonly ReviewOnRecord[], locale = 'nl'): PseudonymOverview[] {
  const byName = new Map<string | null, Map<number, QuarterColumn>>();
  for (const record of records) {
    const quarters = byName.get(record.pseudonym) ?? new Map<number, QuarterColumn>();
    byName.set(record.pseudonym, quarters);
    const period = periodOf(record.date);
    const column = quarters.get(periodKey(period)) ?? emptyColumn(period);
    quarters.set(periodKey(period), column);
    column.reviews += 1;
    if (record.practice) column.practice += 1;
    for (const item of TECHNIQUE_CHECKLIST) {
      const answer = record.checklist[item];
      if (answer !== null && answer !== undefined) column.items[item][answer] += 1;
    }
  }
  return [...byName.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, locale)))
    .map(([pseudonym, quarters]) => ({
      pseudonym,
      quarters: [...quarters.values()].sort((a, b) => periodKey(a.period) - periodKey(b.period)),
    }));
}

function emptyColumn(period: Period): QuarterColumn {
  return {
    period,
    reviews: 0,
    practice: 0,
    items: Object.fromEntries(
      TECHNIQUE_CHECKLIST.map((item) => [item, { yes: 0, partly: 0, no: 0 }]),
    ) as Record<ChecklistItem, AnswerCounts>,
  };
}
