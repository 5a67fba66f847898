import { createHash } from 'node:crypto';
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
  const { rows } = await db.query<QuoteRow>(
    `select q.text, q.value_ids, s.theme_ids from summary_quotes q join summaries s on s.id = q.summary_id
      where q.area_id = $1 and q.year = $2 and q.quarter = any($3::smallint[])
      order by q.sort_key, q.summary_id, q.position limit $4`,
    [areaId, year, quarters, limit + 1],
  );
  return { items: rows.slice(0, limit).map(quoteOf), more: rows.length > limit };
}

/** Counters of one year, of every area or of the areas named, for reports over several areas. */
export async function loadYearCounters(
  db: Queryable,
  year: number,
  areaIds?: readonly string[],
): Promise<(CounterRow & { areaId: string })[]> {
  if (areaIds?.length === 0) return [];
  const { rows } = await db.query<CounterRow & { areaId: string } & Record<string, unknown>>(
    `select area_id as "areaId", quarter, dimension, key, conversations from area_counts
      where year = $1 and conversations > 0${areaIds === undefined ? '' : ' and area_id = any($2::text[])'}`,
    areaIds === undefined ? [year] : [year, areaIds],
  );
  return rows;
}

/**
 * What a cached suppression of a year depends on, read in one round trip: the areas and their
 * groups, each area's change counter of that year's counters, and the configuration's version.
 */
export interface YearState {
  /** Each area with its group and the change counter of its counters in that year (0: none yet). */
  areas: { areaId: string; groupId: string | null; version: number }[];
  configuration: number;
}

export async function yearState(db: Queryable, year: number): Promise<YearState> {
  const { rows } = await db.query<{ areas: [string, string | null, number][]; configuration: number }>(
    `select (select coalesce(json_agg(json_build_array(a.id, a.group_id, coalesce(v.version, 0)) order by a.id),
                             '[]'::json)
               from areas a left join area_count_versions v on v.area_id = a.id and v.year = $1) as areas,
            (select coalesce(max(version), 0)::bigint from configuration_layers) as configuration`,
    [year],
  );
  const row = rows[0];
  return {
    areas: (row?.areas ?? []).map(([areaId, groupId, version]) => ({
      areaId,
      groupId,
      version: Number(version),
    })),
    configuration: Number(row?.configuration ?? 0),
  };
}

/** Quotes of several areas, each from its own releasable quarters, in their random order. */
export async function loadScopeQuotes(
  db: Queryable,
  year: number,
  releasable: readonly { areaId: string; quarter: number }[],
  limit: number,
): Promise<{ items: ReportQuote[]; more: boolean }> {
  if (releasable.length === 0) return { items: [], more: false };
  // One area's quotes are found through its own index (area, year, order); said outright, since
  // PostgreSQL cannot see it in the list and would walk the whole year's order index instead
  // (a fiftieth of it matching: 165 ms instead of 2 at a million summaries).
  const [first] = releasable;
  const oneArea = releasable.every((r) => r.areaId === first?.areaId) ? first?.areaId : undefined;
  const { rows } = await db.query<QuoteRow>(
    `select q.text, q.value_ids, s.theme_ids from summary_quotes q join summaries s on s.id = q.summary_id
      where q.year = $1${oneArea === undefined ? '' : ' and q.area_id = $5'}
        and (q.area_id, q.quarter) in (select * from unnest($2::text[], $3::smallint[]))
      order by q.sort_key, q.summary_id, q.position limit $4`,
    [
      year,
      releasable.map((r) => r.areaId),
      releasable.map((r) => r.quarter),
      limit + 1,
      ...(oneArea === undefined ? [] : [oneArea]),
    ],
  );
  return { items: rows.slice(0, limit).map(quoteOf), more: rows.length > limit };
}

interface QuoteRow extends Record<string, unknown> {
  text: string;
  value_ids: string[];
  theme_ids: unknown;
}

/**
 * A quote as the area team reads it. Its id is derived from its text alone, so a pick stored with
 * the agenda names no summary, and a quote whose resident withdrew simply stops being listed.
 */
function quoteOf(row: QuoteRow): ReportQuote {
  const themeIds = Array.isArray(row.theme_ids)
    ? row.theme_ids.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    id: quoteId(row.text),
    text: row.text,
    valueIds: row.value_ids.filter(isValueId),
    themeIds: [...themeIds].sort(),
  };
}

export function quoteId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
