import * as v from 'valibot';
import { PERIOD_YEARS } from '../period';
import { SUMMARY_LIMITS, WIRE_ID_PATTERN } from './summary';

/**
 * The date of the next values circle (issue 15 §2), set by the area team with the public page of
 * an area and year, and what a device keeps to print on the resident card: the address of its
 * area's public page and that date. Neither says anything about a resident.
 */

/** A calendar date, `2027-03-12`: the day the circle meets, in no time zone. */
export const CIRCLE_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCircleDate(text: string): boolean {
  if (!CIRCLE_DATE_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2027-02-30 and the like, which Date would roll over into March.
  return (
    y >= PERIOD_YEARS.min &&
    y <= PERIOD_YEARS.max + 1 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

/** Whether the circle on `date` is still to come on `today` (both `YYYY-MM-DD`; the day itself counts). */
export function isUpcoming(date: string, today: string): boolean {
  return date >= today;
}

/** `GET` and the body of `PUT /api/areas/:areaId/next-circle?year=`. */
export interface NextCircle {
  /** null: not set (yet). */
  date: string | null;
}

/** `GET /api/resident-page`: what a device of the area prints on the resident card. */
export interface ResidentPage {
  areaId: string;
  /** The newest published public page of the area; null while none is published. */
  page: { year: number; path: string } | null;
  /** The date of the next values circle, the newest the area team set; null when none is. */
  nextCircle: string | null;
}

const circleDate = v.pipe(v.string(), v.check(isCircleDate));

export const NextCircleSchema = v.strictObject({ date: v.nullable(circleDate) });

const ResidentPageSchema = v.strictObject({
  areaId: v.pipe(v.string(), v.maxLength(SUMMARY_LIMITS.idLength), v.regex(WIRE_ID_PATTERN)),
  page: v.nullable(
    v.strictObject({
      year: v.pipe(v.number(), v.safeInteger(), v.minValue(PERIOD_YEARS.min), v.maxValue(PERIOD_YEARS.max)),
      // Our own public page, nothing else: the card must never point a resident elsewhere.
      path: v.pipe(v.string(), v.maxLength(200), v.regex(/^\/inbreng\/[A-Za-z0-9._~%-]+\/\d{4}$/)),
    }),
  ),
  nextCircle: v.nullable(circleDate),
});

export function parseNextCircle(input: unknown): NextCircle | undefined {
  const result = v.safeParse(NextCircleSchema, input);
  return result.success ? result.output : undefined;
}

export function parseResidentPage(input: unknown): ResidentPage | undefined {
  const result = v.safeParse(ResidentPageSchema, input);
  return result.success ? result.output : undefined;
}

/** The public page's path of an area and year, as the server serves it. */
export function publicPagePath(areaId: string, year: number): string {
  return `/inbreng/${encodeURIComponent(areaId)}/${year}`;
}
