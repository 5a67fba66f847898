import { describe, expect, it } from 'vitest';
import { mergeAgendasReporting } from '../../../../src/domain/values-circle/agenda';
import {
  heldCircleChanges,
  mergeHeldCircles,
  withHeldCircle,
  withoutHeldCircle,
} from '../../../../src/domain/values-circle/held-circles';
import { parseAgenda } from '../../../../src/domain/wire/agenda';
import type { HeldCircle } from '../../../../src/domain/wire/held-circles';

const id = (n: number) => `0190c2a4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const circle = (n: number, date: string, place = ''): HeldCircle => ({ id: id(n), date, place });
const MARCH = circle(1, '2027-03-12', 'De Kameleon');
const OCTOBER = circle(2, '2027-10-08');

describe('the values circles a team held, as two members edit them', () => {
  it('keeps what either added, and drops one removed on one side and untouched on the other', () => {
    const base = [MARCH, OCTOBER];
    const mine = [MARCH, circle(3, '2027-06-01')];
    const theirs = [MARCH, OCTOBER, circle(4, '2027-05-20', 'Buurthuis Holendrecht')];
    const { circles, conflicts } = mergeHeldCircles(base, mine, theirs);
    expect(circles?.map((c) => c.id)).toEqual([id(1), id(3), id(4)]);
    expect(conflicts).toEqual([]);
  });

  it("takes the other's change of a circle left alone here, and keeps this device's where both changed it", () => {
    const moved = { ...MARCH, date: '2027-03-19' };
    expect(mergeHeldCircles([MARCH], [MARCH], [moved]).circles).toEqual([moved]);
    const here = { ...MARCH, place: 'Bibliotheek' };
    const { circles, conflicts } = mergeHeldCircles([MARCH], [here], [moved]);
    expect(circles).toEqual([here]);
    expect(conflicts).toEqual([{ kind: 'circle', circleId: id(1) }]);
    // Removed there, changed here: this device's change stands, and the merge says so.
    expect(mergeHeldCircles([MARCH], [here], [])).toEqual({
      circles: [here],
      conflicts: [{ kind: 'circle', circleId: id(1) }],
    });
  });

  it('leaves the list out while no side knows it, and never lets a device without it wipe it', () => {
    expect(mergeHeldCircles(undefined, undefined, undefined).circles).toBeUndefined();
    expect(mergeHeldCircles([MARCH], undefined, [MARCH, OCTOBER]).circles).toEqual([MARCH, OCTOBER]);
    const agenda = { questions: [], participation: '' };
    const merged = mergeAgendasReporting(agenda, agenda, { ...agenda, heldCircles: [MARCH] });
    expect(merged.agenda.heldCircles).toEqual([MARCH]);
    expect(mergeAgendasReporting(agenda, agenda, agenda).agenda).not.toHaveProperty('heldCircles');
  });

  it('edits the list and counts what a save changed, for the audit trail', () => {
    const agenda = withHeldCircle(withHeldCircle({ questions: [], participation: '' }, MARCH), OCTOBER);
    expect(withoutHeldCircle(agenda, id(1)).heldCircles).toEqual([OCTOBER]);
    expect(heldCircleChanges([MARCH, OCTOBER], [{ ...MARCH, place: '' }, circle(5, '2027-11-01')])).toEqual({
      added: 1,
      changed: 1,
      removed: 1,
    });
  });

  it('refuses a date that does not exist, and names the field', () => {
    const result = parseAgenda({ questions: [], participation: '', heldCircles: [circle(1, '2027-02-30')] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('heldCircles/0/date');
  });
});
