import type { CounterRow } from '../aggregates/cube';
import type { Queryable } from '../db/database';

/**
 * Reading aggregates never touches the summaries: the counters of one area-year are a few thousand
 * rows at most, however many conversations they count, found through their primary key.
 */
export async function loadCounters(db: Queryable, areaId: string, year: number): Promise<CounterRow[]> {
  const { rows } = await db.query<CounterRow & Record<string, unknown>>(
    `select quarter, dimension, key, conversations from area_counts
      where area_id = $1 and year = $2 and conversations > 0`,
    [areaId, year],
  );
  return rows;
}

/** Up to `limit` quotes of the given quarters, in their random order; `more` when there are others. */
export async function loadQuotes(
  db: Queryable,
  areaId: string,
  year: number,
  quarters: readonly number[],
  limit: number,
): Promise<{ texts: string[]; more: boolean }> {
  if (quarters.length === 0) return { texts: [], more: false };
  const { rows } = await db.query<{ text: string }>(
    `select text from summary_quotes
      where area_id = $1 and year = $2 and quarter = any($3::smallint[])
      order by sort_key, summary_id, position limit $4`,
    [areaId, year, quarters, limit + 1],
  );
  return { texts: rows.slice(0, limit).map((row) => row.text), more: rows.length > limit };
}
