import { type ChecklistAnswer, type ChecklistItem, TECHNIQUE_CHECKLIST } from '../packages/checklist';
import { type Period, periodOf } from '../period';

/**
 * The interviewer's own trend (issue 16): per point of technique, was it "ja" more often this
 * quarter than the one before, as often, or less often. Worked out from the feedback her device
 * received, on her device; nothing of it leaves. "More often" compares shares, not counts: three
 * reviews this quarter against six the last say nothing by their number alone.
 */
export type TrendWord = 'more-often' | 'as-often' | 'less-often' | 'too-few';

export interface AnsweredOn {
  /** The calendar date the feedback came (ISO, the device's own day). */
  date: string;
  checklist: Record<ChecklistItem, { answer: ChecklistAnswer | null }>;
}

export interface QuarterCount {
  /** Reviews that answered this point (yes, partly or no). */
  answered: number;
  yes: number;
}

export interface ItemTrend {
  item: ChecklistItem;
  word: TrendWord;
  current: QuarterCount;
  previous: QuarterCount;
}

export interface ChecklistTrend {
  current: Period;
  previous: Period;
  items: ItemTrend[];
}

export function previousPeriod({ year, quarter }: Period): Period {
  return quarter === 1
    ? { year: year - 1, quarter: 4 }
    : { year, quarter: (quarter - 1) as Period['quarter'] };
}

const samePeriod = (a: Period, b: Period) => a.year === b.year && a.quarter === b.quarter;

/** `today` is the device's own date (ISO): it decides which quarter is "this" one. */
export function checklistTrend(feedbacks: readonly AnsweredOn[], today: string): ChecklistTrend {
  const current = periodOf(today);
  const previous = previousPeriod(current);
  const countIn = (period: Period, item: ChecklistItem): QuarterCount => {
    const count = { answered: 0, yes: 0 };
    for (const feedback of feedbacks) {
      if (!samePeriod(periodOf(feedback.date), period)) continue;
      const answer = feedback.checklist[item]?.answer ?? null;
      if (answer === null) continue;
      count.answered += 1;
      if (answer === 'yes') count.yes += 1;
    }
    return count;
  };
  return {
    current,
    previous,
    items: TECHNIQUE_CHECKLIST.map((item) => {
      const now = countIn(current, item);
      const before = countIn(previous, item);
      return { item, word: compare(now, before), current: now, previous: before };
    }),
  };
}

/** Shares compared exactly, by cross-multiplying: no rounding makes 1 of 3 equal to 33 of 100. */
function compare(now: QuarterCount, before: QuarterCount): TrendWord {
  if (now.answered === 0 || before.answered === 0) return 'too-few';
  const difference = now.yes * before.answered - before.yes * now.answered;
  if (difference > 0) return 'more-often';
  if (difference < 0) return 'less-often';
  return 'as-often';
}
