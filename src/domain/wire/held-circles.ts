import * as v from 'valibot';
import { isCircleDate } from './next-circle';
import { CLEAN_TEXT_MESSAGE, isCleanText } from './validation';

/**
 * The values circles an area team held in a year, kept inside the area's agenda (as its optional
 * `heldCircles`) so they share its version, its refusal of stale saves and its three-way merge.
 * A year can have several: one per value, or one per neighbourhood. What the participatieparagraaf
 * counts as "number of circles", and what the public page lists. Nothing about who came.
 */

export const HELD_CIRCLE_LIMITS = {
  /** More than two a month is not a values circle any more. */
  circles: 24,
  placeLength: 120,
} as const;

export interface HeldCircle {
  /** Made on the device (UUID, lowercase), so two members' edits of one circle can be merged. */
  id: string;
  /** YYYY-MM-DD: the day it was held. */
  date: string;
  /** Where, e.g. "Buurthuis De Kameleon"; may be empty. A place, never a person. */
  place: string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function record<T extends v.ObjectEntries>(entries: T) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'must be an object'),
    v.strictObject(entries),
  );
}

const HeldCircleSchema = record({
  id: v.pipe(v.string('must be text'), v.regex(UUID_PATTERN, 'must be a UUID in lowercase')),
  date: v.pipe(v.string('must be text'), v.check(isCircleDate, 'must be a real date like 2027-03-12')),
  place: v.pipe(
    v.string('must be text'),
    v.maxLength(
      HELD_CIRCLE_LIMITS.placeLength,
      `must be at most ${HELD_CIRCLE_LIMITS.placeLength} characters`,
    ),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  ),
});

export const HeldCirclesSchema = v.pipe(
  v.array(v.unknown(), 'must be a list'),
  v.maxLength(HELD_CIRCLE_LIMITS.circles, `must have at most ${HELD_CIRCLE_LIMITS.circles} circles`),
  v.array(HeldCircleSchema),
  v.check(
    (circles) => new Set(circles.map((c) => c.id)).size === circles.length,
    'must not use the same circle id twice',
  ),
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<v.InferOutput<typeof HeldCirclesSchema>, HeldCircle[]> = true;
void schemaMatchesInterface;
