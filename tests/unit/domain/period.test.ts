import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, periodOf } from '../../../src/domain/period';

describe('periodOf', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-09-30', 2026, 3],
    ['2026-10-01', 2026, 4],
    ['2026-12-31T23:30:00+01:00', 2026, 4],
    ['2024-02-29', 2024, 1],
  ])('puts %s in %i quarter %i', (date, year, quarter) => {
    expect(periodOf(date)).toEqual({ year, quarter });
  });

  it('agrees with the calendar for every day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(periodOf(iso)).toEqual({
            year: date.getUTCFullYear(),
            quarter: Math.floor(date.getUTCMonth() / 3) + 1,
          });
        },
      ),
    );
  });

  it.each([
    '',
    '2026-13-01',
    '2026-02-30',
    '2023-02-29',
    '26-01-01',
    '2026-1-1',
    'morgen',
    '1999-12-31',
    '2101-01-01',
  ])('refuses %j', (date) => {
    expect(() => periodOf(date)).toThrow(RangeError);
  });

  it('formats a period the Dutch way', () => {
    expect(formatPeriod({ year: 2026, quarter: 2 })).toBe('2026-K2');
  });
});
