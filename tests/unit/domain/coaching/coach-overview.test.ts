import { describe, expect, it } from 'vitest';
import { coachOverview, type ReviewOnRecord } from '../../../../src/domain/coaching/coach-overview';
import { type ChecklistAnswer, TECHNIQUE_CHECKLIST } from '../../../../src/domain/packages/checklist';

function on(
  date: string,
  pseudonym: string | null,
  answer: ChecklistAnswer | null,
  practice = false,
): ReviewOnRecord {
  const checklist = Object.fromEntries(
    TECHNIQUE_CHECKLIST.map((item) => [item, answer]),
  ) as ReviewOnRecord['checklist'];
  return { date, pseudonym, practice, checklist };
}

describe("the coach's overview across devices", () => {
  it('groups per pseudonym (none last) and per quarter (oldest first), counting each answer', () => {
    const overview = coachOverview([
      on('2026-11-02', 'Sam', 'yes'),
      on('2026-10-01', 'Merel', 'partly', true),
      on('2026-05-20', 'Merel', 'yes'),
      on('2026-11-20', null, 'no'),
      on('2026-10-30', 'Merel', null),
      on('2026-12-01', 'Ömer', 'yes'),
    ]);
    expect(overview.map((row) => row.pseudonym)).toEqual(['Merel', 'Ömer', 'Sam', null]);
    const merel = overview[0];
    expect(merel?.quarters.map((column) => column.period)).toEqual([
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 4 },
    ]);
    expect(merel?.quarters[1]).toMatchObject({ reviews: 2, practice: 1 });
    // An unanswered point counts in none of yes, partly and no.
    expect(merel?.quarters[1]?.items['open-questions']).toEqual({ yes: 0, partly: 1, no: 0 });
    expect(merel?.quarters[0]?.items['follow-up-agreed']).toEqual({ yes: 1, partly: 0, no: 0 });
  });

  it('is empty without records', () => {
    expect(coachOverview([])).toEqual([]);
  });
});
