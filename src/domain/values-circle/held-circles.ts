import type { Agenda } from '../wire/agenda';
import { HELD_CIRCLE_LIMITS, type HeldCircle } from '../wire/held-circles';

/**
 * The values circles an area team held in a year: how two members' lists meet, and how many the
 * participatieparagraaf counts. Merged like the agenda's actions, per circle by id: added on either
 * side is kept, removed on one side and untouched on the other goes, and where both changed one
 * circle differently this device's version wins and the merge says so.
 */

export type CircleConflict = { kind: 'circle'; circleId: string };

const same = (a: HeldCircle | undefined, b: HeldCircle | undefined) =>
  a?.date === b?.date && a?.place === b?.place;

/** Oldest first, as the paragraaf and the public page list them; the list's own order is the team's. */
export function byDate(circles: readonly HeldCircle[]): HeldCircle[] {
  return [...circles].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
}

export function mergeHeldCircles(
  base: readonly HeldCircle[] | undefined,
  mine: readonly HeldCircle[] | undefined,
  theirs: readonly HeldCircle[] | undefined,
): { circles: HeldCircle[] | undefined; conflicts: CircleConflict[] } {
  if (base === undefined && mine === undefined && theirs === undefined) {
    return { circles: undefined, conflicts: [] };
  }
  // A side without the list comes from a device that does not know it: it changed nothing.
  const start = base ?? [];
  const here = mine ?? start;
  const there = theirs ?? start;
  const conflicts: CircleConflict[] = [];
  const inBase = new Map(start.map((c) => [c.id, c]));
  const inThere = new Map(there.map((c) => [c.id, c]));
  const inHere = new Set(here.map((c) => c.id));
  const kept = here.flatMap((circle) => {
    const before = inBase.get(circle.id);
    const other = inThere.get(circle.id);
    if (before && !other) {
      if (same(before, circle)) return [];
      conflicts.push({ kind: 'circle', circleId: circle.id });
      return [circle];
    }
    if (other === undefined || same(circle, other)) return [circle];
    if (before && same(before, circle)) return [other];
    if (before === undefined || !same(before, other)) conflicts.push({ kind: 'circle', circleId: circle.id });
    return [circle];
  });
  for (const circle of there) {
    const before = inBase.get(circle.id);
    if (!inHere.has(circle.id) && before && !same(before, circle)) {
      conflicts.push({ kind: 'circle', circleId: circle.id });
    }
  }
  const addedThere = there.filter((c) => !inHere.has(c.id) && !inBase.has(c.id));
  const circles = [...kept, ...addedThere];
  return { circles: circles.slice(0, HELD_CIRCLE_LIMITS.circles), conflicts };
}

/**
 * What the paragraaf says about circles held: the ones recorded, or, for a year recorded before the
 * team could list them, one when the circle's outcome has anything in it (it met), else none.
 */
export function circlesHeld(agenda: Agenda | null): { count: number; recorded: HeldCircle[] } {
  const recorded = agenda?.heldCircles ?? [];
  if (recorded.length > 0) return { count: recorded.length, recorded: byDate(recorded) };
  const outcome = agenda?.outcome;
  const met = outcome !== undefined && outcome.notes.length + outcome.actions.length > 0;
  return { count: met ? 1 : 0, recorded: [] };
}

export function withHeldCircle(agenda: Agenda, circle: HeldCircle): Agenda {
  const circles = agenda.heldCircles ?? [];
  return { ...agenda, heldCircles: [...circles.filter((c) => c.id !== circle.id), circle] };
}

export function withoutHeldCircle(agenda: Agenda, circleId: string): Agenda {
  return { ...agenda, heldCircles: (agenda.heldCircles ?? []).filter((c) => c.id !== circleId) };
}

/** How a save changed the list, for the audit trail: counts only, never a place. */
export function heldCircleChanges(
  before: readonly HeldCircle[] | undefined,
  after: readonly HeldCircle[],
): { added: number; changed: number; removed: number } {
  const earlier = new Map((before ?? []).map((c) => [c.id, c]));
  const now = new Set(after.map((c) => c.id));
  let added = 0;
  let changed = 0;
  for (const circle of after) {
    const was = earlier.get(circle.id);
    if (was === undefined) added++;
    else if (!same(was, circle)) changed++;
  }
  const removed = [...earlier.keys()].filter((id) => !now.has(id)).length;
  return { added, changed, removed };
}
