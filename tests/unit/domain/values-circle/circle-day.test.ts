import { describe, expect, it } from 'vitest';
import { circleDay } from '../../../../src/domain/values-circle/circle-day';

describe('the day of a values circle as residents read it', () => {
  it('names the weekday, in Dutch and in English, without a comma', () => {
    expect(circleDay('2027-03-12', 'nl')).toBe('vrijdag 12 maart 2027');
    expect(circleDay('2027-03-12', 'en')).toBe('Friday 12 March 2027');
  });

  it('keeps the calendar day whatever the time zone (the first of a month stays the first)', () => {
    expect(circleDay('2099-10-01', 'nl')).toBe('donderdag 1 oktober 2099');
    expect(circleDay('2026-01-01', 'en')).toBe('Thursday 1 January 2026');
  });
});
