/**
 * Both adapters must hand back the same JavaScript values for the same SQL, or a query that
 * passes its tests on one database misbehaves on the other. node-postgres returns int8 (the type
 * of count(*) and sum(int)) as a string and PGlite as a number; we settle on number, because
 * aggregates compare counts with thresholds and "10" < "5" as strings.
 */
export const INT8_OID = 20;

export function parseInt8(text: string): number {
  const value = Number(text);
  // Failing loudly beats silently rounding an id or a count.
  if (!Number.isSafeInteger(value))
    throw new RangeError(`int8 value ${text} does not fit a JavaScript number`);
  return value;
}
