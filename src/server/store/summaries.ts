import { VALUE_IDS, type ValueId } from '../../domain/values';
import type { Summary, SummaryItemStatus } from '../../domain/wire/summary';
import { type CountedSummary, counterDeltas } from '../aggregates/cells';
import type { Database, Queryable } from '../db/database';
import { HttpError } from '../http/api-error';
import { withRetry } from './retry';

/**
 * Storing a batch of summaries exactly once, whatever happens: a lost response and a resend, a
 * double click, two tabs, two server processes on one PostgreSQL. One transaction per batch:
 *
 * 1. Take a transaction-scoped advisory lock per summary id, in one fixed order. Writers of the
 *    same id now take turns, across processes; different ids never wait for each other.
 * 2. Read the stored revisions. Under the lock this read is current, so it says exactly what the
 *    write will replace, and therefore which counters to take back.
 * 3. `INSERT … ON CONFLICT (id) DO UPDATE … WHERE excluded.revision > summaries.revision`: only a
 *    new id or a higher revision is written. Should it ever disagree with step 2 the transaction is
 *    aborted rather than counted wrongly.
 * 4. Replace the quotes (with the values of their notes) and apply the counter deltas, in the same transaction: a crash anywhere
 *    leaves either all of it or none of it, and the client's resend then finds what is there.
 */
export interface StoredItem {
  id: string;
  status: SummaryItemStatus;
}

interface StoredRow {
  id: string;
  revision: number;
  area_id: string;
  year: number;
  quarter: number;
  guide_id: string;
  guide_version: number;
  resident_profile: Summary['residentProfile'];
  value_counts: Summary['values'];
  theme_ids: string[];
  obstacle_theme_ids: string[];
}

// Keys of the (int, int) advisory lock space: 16967 is the migrator's, 16968 is summary ids.
const LOCK_IDS = `
  select count(*) as locked from (
    select pg_advisory_xact_lock(16968, key) from (
      select hashtext(id) as key from unnest($1::text[]) as id order by 1
    ) as ordered
  ) as taken`;

export function storeSummaries(
  db: Database,
  areaId: string,
  batch: readonly Summary[],
  /** The enrolled device that sent the batch; recorded so a revoked device's summaries can be removed. */
  deviceId?: string,
  /**
   * Runs in the same transaction once the batch's ids are locked, e.g. charging the batch to the
   * device's quota: one commit (one wait for the disk) per batch instead of two, and a batch
   * refused here charges nothing. After the locks, so the device's usage row is held only while
   * this batch is written, not while it waits for another batch with the same ids.
   */
  first?: (tx: Queryable) => Promise<void>,
): Promise<StoredItem[]> {
  // A batch may hold one id twice; the highest revision is the one written, the others are
  // answered as they would be had they come after it.
  const winners = new Map<string, Summary>();
  for (const summary of batch) {
    const current = winners.get(summary.id);
    if (current === undefined || summary.revision > current.revision) winners.set(summary.id, summary);
  }
  return withRetry(() =>
    db.transaction(async (tx) => {
      const ids = [...winners.keys()];
      await tx.query(LOCK_IDS, [ids]);
      await first?.(tx);
      const { stored, withdrawn } = await readStoredAndWithdrawn(tx, ids);
      const outcome = new Map<string, SummaryItemStatus>();
      const written: Summary[] = [];
      const removed: CountedSummary[] = [];
      for (const summary of winners.values()) {
        const before = stored.get(summary.id);
        if (before !== undefined && before.area_id !== areaId) {
          throw new HttpError(403, 'forbidden', 'A summary with this id belongs to another area');
        }
        if (withdrawn.has(summary.id)) {
          outcome.set(summary.id, 'withdrawn');
          continue;
        }
        if (before === undefined) outcome.set(summary.id, 'stored');
        else if (summary.revision === before.revision) outcome.set(summary.id, 'duplicate');
        else if (summary.revision < before.revision) outcome.set(summary.id, 'stale');
        else outcome.set(summary.id, 'replaced');
        if (before === undefined || summary.revision > before.revision) written.push(summary);
        if (before !== undefined && summary.revision > before.revision) removed.push(countedOf(before));
      }
      await writeSummaries(tx, written, deviceId);
      await writeQuotes(
        tx,
        written,
        removed.length > 0 ? written.filter((summary) => stored.has(summary.id)) : [],
      );
      await applyDeltas(tx, counterDeltas(written, removed));
      return batch.map((summary) => {
        const winner = winners.get(summary.id);
        if (winner === summary || withdrawn.has(summary.id)) {
          return { id: summary.id, status: outcome.get(summary.id) ?? 'duplicate' };
        }
        return { id: summary.id, status: summary.revision === winner?.revision ? 'duplicate' : 'stale' };
      });
    }),
  );
}

/**
 * Consent withdrawn after sending: the summaries, their quotes and their counts go, in one
 * transaction under the same per-id locks as storing, and the ids are kept so a copy still on its
 * way is never counted again. Withdrawing twice, or an id never received, is answered the same.
 */
export function withdrawSummaries(
  db: Database,
  areaId: string,
  ids: readonly string[],
): Promise<{ id: string; status: 'withdrawn' }[]> {
  const unique = [...new Set(ids)];
  return withRetry(() =>
    db.transaction(async (tx) => {
      await tx.query(LOCK_IDS, [unique]);
      const stored = await readStored(tx, unique);
      for (const row of stored.values()) {
        if (row.area_id !== areaId) {
          throw new HttpError(403, 'forbidden', 'A summary with this id belongs to another area');
        }
      }
      await tx.query('delete from summary_quotes where summary_id = any($1::uuid[])', [unique]);
      await tx.query('delete from summaries where id = any($1::uuid[])', [unique]);
      await tx.query(
        `insert into withdrawn_summaries (id, area_id)
         select id, $2 from unnest($1::uuid[]) as id on conflict (id) do nothing`,
        [unique, areaId],
      );
      await applyDeltas(tx, counterDeltas([], [...stored.values()].map(countedOf)));
      return ids.map((id) => ({ id, status: 'withdrawn' as const }));
    }),
  );
}

/**
 * Retention (issue 13): removes the summaries among `ids` whose period is before `firstKept`, with
 * their quotes and their counts, under the same per-id locks as storing, so the figures stay equal
 * to the summaries that remain. Unlike a withdrawal the ids are not kept: the point is to keep
 * nothing of that period. Each summary is removed once however many processes run this at once:
 * the second waits for the first's locks and then finds nothing left. Returns how many went.
 */
export function expireSummaries(
  db: Database,
  areaId: string,
  ids: readonly string[],
  firstKept: { year: number; quarter: number },
): Promise<number> {
  const unique = [...new Set(ids)];
  return withRetry(() =>
    db.transaction(async (tx) => {
      await tx.query(LOCK_IDS, [unique]);
      const due = [...(await readStored(tx, unique)).values()].filter(
        (row) =>
          row.area_id === areaId &&
          (row.year < firstKept.year || (row.year === firstKept.year && row.quarter < firstKept.quarter)),
      );
      if (due.length === 0) return 0;
      const dueIds = due.map((row) => row.id);
      await tx.query('delete from summary_quotes where summary_id = any($1::uuid[])', [dueIds]);
      await tx.query('delete from summaries where id = any($1::uuid[])', [dueIds]);
      await applyDeltas(tx, counterDeltas([], due.map(countedOf)));
      return due.length;
    }),
  );
}

/** What is stored of these ids and which of them were withdrawn, in one round trip. */
async function readStoredAndWithdrawn(
  tx: Queryable,
  ids: readonly string[],
): Promise<{ stored: Map<string, StoredRow>; withdrawn: Set<string> }> {
  const { rows } = await tx.query<{ row: StoredRow | null; withdrawn: string | null }>(
    `select json_build_object('id', id::text, 'revision', revision, 'area_id', area_id, 'year', year,
              'quarter', quarter, 'guide_id', guide_id, 'guide_version', guide_version,
              'resident_profile', resident_profile, 'value_counts', value_counts, 'theme_ids', theme_ids,
              'obstacle_theme_ids', obstacle_theme_ids) as row, null as withdrawn
       from summaries where id = any($1::uuid[])
     union all
     select null, id::text from withdrawn_summaries where id = any($1::uuid[])`,
    [ids],
  );
  const stored = new Map<string, StoredRow>();
  const withdrawn = new Set<string>();
  for (const { row, withdrawn: id } of rows) {
    if (row !== null) stored.set(row.id, row);
    if (id !== null) withdrawn.add(id);
  }
  return { stored, withdrawn };
}

async function readStored(tx: Queryable, ids: readonly string[]): Promise<Map<string, StoredRow>> {
  const { rows } = await tx.query<StoredRow & Record<string, unknown>>(
    `select id::text as id, revision, area_id, year, quarter, guide_id, guide_version, resident_profile,
            value_counts, theme_ids, obstacle_theme_ids
       from summaries where id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function countedOf(row: StoredRow): CountedSummary {
  return {
    areaId: row.area_id,
    period: { year: row.year, quarter: row.quarter as 1 | 2 | 3 | 4 },
    guide: { id: row.guide_id, version: row.guide_version },
    residentProfile: row.resident_profile,
    values: row.value_counts as Record<ValueId, { experienced: number; missing: number }>,
    themeIds: row.theme_ids,
    obstacleThemeIds: row.obstacle_theme_ids,
  };
}

async function writeSummaries(
  tx: Queryable,
  summaries: readonly Summary[],
  deviceId?: string,
): Promise<void> {
  if (summaries.length === 0) return;
  const rows = summaries.map((s) => ({
    id: s.id,
    revision: s.revision,
    area_id: s.areaId,
    year: s.period.year,
    quarter: s.period.quarter,
    guide_id: s.guide.id,
    guide_version: s.guide.version,
    resident_profile: s.residentProfile,
    value_counts: s.values,
    theme_ids: s.themeIds,
    obstacle_theme_ids: s.obstacleThemeIds,
    device_id: deviceId ?? null,
  }));
  const { rows: written } = await tx.query<{ id: string }>(
    `insert into summaries (id, revision, area_id, year, quarter, guide_id, guide_version,
                            resident_profile, value_counts, theme_ids, obstacle_theme_ids, device_id)
     select id, revision, area_id, year, quarter, guide_id, guide_version,
            resident_profile, value_counts, theme_ids, obstacle_theme_ids, device_id
       from jsonb_to_recordset($1::jsonb) as x(
              id uuid, revision int, area_id text, year smallint, quarter smallint, guide_id text,
              guide_version int, resident_profile text, value_counts jsonb, theme_ids jsonb,
              obstacle_theme_ids jsonb, device_id uuid)
     on conflict (id) do update set
       revision = excluded.revision, year = excluded.year, quarter = excluded.quarter,
       guide_id = excluded.guide_id, guide_version = excluded.guide_version,
       resident_profile = excluded.resident_profile, value_counts = excluded.value_counts,
       theme_ids = excluded.theme_ids, obstacle_theme_ids = excluded.obstacle_theme_ids,
       device_id = excluded.device_id, updated_at = now()
     where excluded.revision > summaries.revision and summaries.area_id = excluded.area_id
     returning id::text as id`,
    [JSON.stringify(rows)],
  );
  if (written.length !== summaries.length) {
    // The lock makes this impossible; if it happens anyway, count nothing rather than wrongly.
    throw new Error(`summary write changed ${written.length} rows, expected ${summaries.length}`);
  }
}

/** The quotes of the summaries written; `replacing` (stored before) lose their old ones first. */
async function writeQuotes(
  tx: Queryable,
  summaries: readonly Summary[],
  replacing: readonly Summary[],
): Promise<void> {
  if (replacing.length > 0) {
    await tx.query('delete from summary_quotes where summary_id = any($1::uuid[])', [
      replacing.map((s) => s.id),
    ]);
  }
  const quotes = summaries.flatMap((s) =>
    s.quotes.map((quote, position) => ({
      summary_id: s.id,
      position,
      area_id: s.areaId,
      year: s.period.year,
      quarter: s.period.quarter,
      text: quote.text,
      // In the order of VALUE_IDS: one spelling of a set, whatever order the device listed them in.
      value_ids: VALUE_IDS.filter((id) => quote.valueIds?.includes(id)),
    })),
  );
  if (quotes.length === 0) return;
  await tx.query(
    `insert into summary_quotes (summary_id, position, area_id, year, quarter, sort_key, text, value_ids)
     select summary_id, position, area_id, year, quarter,
            floor(random() * 2147483647)::int, text,
            array(select id from jsonb_array_elements_text(value_ids) with ordinality as v(id, n) order by n)
       from jsonb_to_recordset($1::jsonb) as x(
              summary_id uuid, position smallint, area_id text, year smallint, quarter smallint, text text,
              value_ids jsonb)`,
    [JSON.stringify(quotes)],
  );
}

async function applyDeltas(tx: Queryable, deltas: ReturnType<typeof counterDeltas>): Promise<void> {
  if (deltas.length === 0) return;
  // Columns as arrays rather than one JSON document: thousands of counters per batch, and taking
  // each apart field by field was most of the time a batch spent in the database. Ordered by
  // position in the arrays: rows are locked in the order counterDeltas sorted them.
  const { rows: checked } = await tx.query<{ negative: number }>(
    `with changed as (
       insert into area_counts (area_id, year, quarter, dimension, key, conversations)
       select area_id, year, quarter, dimension, key, delta
         from unnest($1::text[], $2::smallint[], $3::smallint[], $4::text[], $5::text[], $6::int[])
              with ordinality as d(area_id, year, quarter, dimension, key, delta, n)
        order by n
       on conflict (area_id, year, quarter, dimension, key)
       do update set conversations = area_counts.conversations + excluded.conversations
       returning conversations
     )
     select count(*) filter (where conversations < 0)::int as negative from changed`,
    [
      deltas.map((d) => d.areaId),
      deltas.map((d) => d.year),
      deltas.map((d) => d.quarter),
      deltas.map((d) => d.dimension),
      deltas.map((d) => d.key),
      deltas.map((d) => d.delta),
    ],
  );
  if (Number(checked[0]?.negative ?? 0) > 0) {
    throw new Error('a counter went below zero: the stored summaries and the counters disagree');
  }
  // After the counters, in one order: every writer locks counter rows first, then these.
  const years = [...new Map(deltas.map((d) => [`${d.areaId}/${d.year}`, d] as const)).values()];
  await tx.query(
    `insert into area_count_versions (area_id, year, version)
     select area_id, year, 1 from unnest($1::text[], $2::smallint[]) as y(area_id, year)
      order by area_id, year
     on conflict (area_id, year) do update set version = area_count_versions.version + 1`,
    [years.map((d) => d.areaId), years.map((d) => d.year)],
  );
}
