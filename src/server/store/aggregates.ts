import { isValueId } from '../../domain/values';
import type { ReportQuote } from '../../domain/wire/aggregates';
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

/**
 * Up to `limit` quotes of the given quarters, in their random order, each with the values of its
 * note; `more` when there are others.
 */
export async function loadQuotes(
  db: Queryable,
  areaId: string,
  year: number,
  quarters: readonly number[],
  limit: number,
): Promise<{ items: ReportQuote[]; more: boolean }> {
  if (quarters.length === 0) return { items: [], more: false };
  const { rows } = await db.query<{ text: string; value_ids: string[] }>(
    `select text, value_ids from summary_quotes
      where area_id = $1 and year = $2 and quarter = any($3::smallint[])
      order by sort_key, summary_id, position limit $4`,
    [areaId, year, quarters, limit + 1],
  );
  return {
    items: rows.slice(0, limit).map((row) => ({ text: row.text, valueIds: row.value_ids.filter(isValueId) })),
    more: rows.length > limit,
  };
}
