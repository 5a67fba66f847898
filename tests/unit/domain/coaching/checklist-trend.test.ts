import { describe, expect, it } from 'vitest';
import {
  type AnsweredOn,
  checklistTrend,
  previousPeriod,
} from '../../../../src/domain/coaching/checklist-trend';
import { cleanPseudonym } from '../../../../src/domain/coaching/pseudonym';
import { type ChecklistAnswer, TECHNIQUE_CHECKLIST } from '../../../../src/domain/packages/checklist';

/** Feedback on `date` answering "open questions" with `open`, every other point unanswered. */
function feedback(date: string, open: ChecklistAnswer | null): AnsweredOn {
  const checklist = Object.fromEntries(
    TECHNIQUE_CHECKLIST.map((item) => [item, { answer: item === 'open-questions' ? open : null }]),
  ) as AnsweredOn['checklist'];
  return { date, checklist };
}

const openQuestions = (feedbacks: AnsweredOn[], today = '2026-12-04') =>
  checklistTrend(feedbacks, today).items.find((item) => item.item === 'open-questions');

describe("the interviewer's own trend, this quarter against the previous one", () => {
  it('says more often when a larger share of answers was yes, whatever the number of reviews', () => {
    // Q3: 1 of 3 yes; Q4: 1 of 2 yes. Fewer yeses would not be "less often": shares count.
    const trend = openQuestions([
      feedback('2026-07-10', 'yes'),
      feedback('2026-08-10', 'no'),
      feedback('2026-09-30', 'partly'),
      feedback('2026-10-01', 'yes'),
      feedback('2026-11-15', 'no'),
    ]);
    expect(trend?.word).toBe('more-often');
    expect(trend?.current).toEqual({ answered: 2, yes: 1 });
    expect(trend?.previous).toEqual({ answered: 3, yes: 1 });
  });

  it('says as often for equal shares and less often for a smaller one', () => {
    const same = [feedback('2026-08-01', 'yes'), feedback('2026-08-02', 'no')];
    expect(
      openQuestions([...same, feedback('2026-10-05', 'yes'), feedback('2026-10-06', 'partly')])?.word,
    ).toBe('as-often');
    expect(openQuestions([...same, feedback('2026-10-05', 'no')])?.word).toBe('less-often');
    // Both quarters without a single yes: as often, not "too few".
    expect(openQuestions([feedback('2026-08-01', 'no'), feedback('2026-10-05', 'partly')])?.word).toBe(
      'as-often',
    );
  });

  it('says too few when either quarter has no answer on the point', () => {
    expect(openQuestions([])?.word).toBe('too-few');
    expect(openQuestions([feedback('2026-10-05', 'yes')])?.word).toBe('too-few');
    expect(openQuestions([feedback('2026-08-05', 'yes')])?.word).toBe('too-few');
    // Reviewed in both quarters, but this point left unanswered in one: still too few.
    expect(openQuestions([feedback('2026-08-05', 'yes'), feedback('2026-10-05', null)])?.word).toBe(
      'too-few',
    );
    // Older quarters do not stand in for the previous one.
    expect(openQuestions([feedback('2026-05-05', 'no'), feedback('2026-10-05', 'yes')])?.word).toBe(
      'too-few',
    );
  });

  it('reaches back over the new year, and counts each calendar day in its own quarter', () => {
    expect(previousPeriod({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    const trend = checklistTrend([feedback('2026-12-31', 'no'), feedback('2027-01-01', 'yes')], '2027-02-10');
    expect(trend.current).toEqual({ year: 2027, quarter: 1 });
    expect(trend.previous).toEqual({ year: 2026, quarter: 4 });
    expect(trend.items.find((item) => item.item === 'open-questions')?.word).toBe('more-often');
  });

  it('gives every point of the checklist, in its order', () => {
    expect(checklistTrend([], '2026-12-04').items.map((item) => item.item)).toEqual([...TECHNIQUE_CHECKLIST]);
  });
});

describe('the pseudonym an interviewer types', () => {
  it('is trimmed to single spaces and at most 40 characters; empty is none', () => {
    expect(cleanPseudonym('  Merel  ')).toBe('Merel');
    expect(cleanPseudonym('Merel   van\tJ')).toBe('Merel van J');
    expect(cleanPseudonym('   ')).toBeNull();
    expect(cleanPseudonym('x'.repeat(50))).toHaveLength(40);
  });
});
