/**
 * The period a conversation belongs to, as it travels in a summary: year and quarter, never the
 * date. A date narrows a conversation down to a day, which with an area and a resident profile can
 * be enough to tell who was interviewed; a quarter of an area holds many conversations.
 */
export interface Period {
  year: number;
  /** 1 = January–March … 4 = October–December. */
  quarter: 1 | 2 | 3 | 4;
}

export const QUARTERS = [1, 2, 3, 4] as const;

/** Years a summary may name: wide enough for a wrong device clock, narrow enough to bound storage. */
export const PERIOD_YEARS = { min: 2000, max: 2100 } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * The period of an ISO date (`2026-05-14`, or a timestamp starting with one). Only the calendar
 * date counts: no time zone conversion, so a conversation on 31 March stays in quarter 1 wherever
 * the device thinks it is. Throws a RangeError on anything that is not a real date.
 */
export function periodOf(isoDate: string): Period {
  const match = ISO_DATE.exec(isoDate);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (match === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError('expected an ISO date like 2026-05-14');
  }
  if (year < PERIOD_YEARS.min || year > PERIOD_YEARS.max) {
    throw new RangeError(`expected a year from ${PERIOD_YEARS.min} to ${PERIOD_YEARS.max}`);
  }
  return { year, quarter: quarterOfMonth(month) };
}

export function quarterOfMonth(month: number): Period['quarter'] {
  return QUARTERS[Math.floor((month - 1) / 3)] ?? 4;
}

/** "2026-K2" in Dutch usage; for logs and admin output, never parsed back. */
export function formatPeriod(period: Period): string {
  return `${period.year}-K${period.quarter}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
