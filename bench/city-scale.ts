import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONVERSATION_PROFILES } from '../src/domain/conversation';
import { defaultCodebook } from '../src/domain/themes';
import { uuidv4 } from '../src/domain/uuid';
import { VALUE_IDS } from '../src/domain/values';
import type { Summary } from '../src/domain/wire/summary';
import { cellsOf } from '../src/server/aggregates/cells';
import { pooledEngine, reportForScope, type Scope } from '../src/server/aggregates/scope-report';
import { defaultThreads, SuppressionPool } from '../src/server/aggregates/suppression-pool';
import { buildServer } from '../src/server/app';
import { readConfig } from '../src/server/config';
import type { Database } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { loadMigrations } from '../src/server/db/migrations';
import { createAreaGroup, setAreaGroup } from '../src/server/store/area-groups';
import { createArea } from '../src/server/store/areas';
import { createEnrolmentCode, enrolDevice } from '../src/server/store/devices';
import { storeSummaries } from '../src/server/store/summaries';
import { embeddedTarget, postgresTarget, type Target } from './support/databases';
import { median, percentile } from './support/stats';
import type { BenchContext, Benchmark, Measurement } from './types';

/**
 * City scale (issue 12): the aggregates of one area-year, one group-year (a stadsdeel of 7 areas)
 * and the whole organisation-year over N stored summaries across 50 areas (43 in 7 groups, 7 on
 * their own) and 5 years, as the routes compute them (reportForScope with the worker pool; all
 * scopes of a year suppressed together, the area's too), beside the plain-SQL baseline of the same
 * figures (summing the scope's counters, no suppression) in the same process; and ingest over HTTP
 * with the configuration checks.
 *
 * Computed: a summary for that year arrived just before (through storeSummaries), by turns in an
 * area of the scope and in one outside it, so the cached suppression is stale and the year is
 * computed again, as after every upload anywhere in the organisation. Cached: the same question
 * again, answered from the cache.
 *
 * Flags: `--summaries=N` (default 250,000; the issue's target is 10,000,000),
 * `--databases=postgres,embedded` (default both), `--reads=R` (default 12). PostgreSQL runs in a
 * fresh schema of BENCH_DATABASE_URL (default db `test`); for 10,000,000 give it a database of its
 * own (docs/server.md, "Cost"). Summaries and their quotes are written with SQL
 * (generate_series), 250,000 per statement, with the tables' keys and indexes made after them;
 * the counters in one statement at the end (see TEMPLATES and countersSql). Ingest sends
 * INGEST_BATCHES batches with fresh UUIDv4 ids, as devices make them.
 */
const AREAS = 50;
const GROUPS = 7;
const GROUPED = 43;
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const YEAR = 2026;
const K = 5;
const CHUNK = 250_000;
const THEMES = defaultCodebook().themes.map((theme) => theme.id);
const INGEST_BATCHES = 100;
const BATCH_SIZE = 100;

const areaId = (n: number) => `a${String(n).padStart(2, '0')}`;

/**
 * Summary contents are drawn from TEMPLATES made-up summaries (a prime, so a template never lines
 * up with an area, year or quarter). Each template's counter cells come from cellsOf, the function
 * the ingest counts with, so the counters written are exactly those real ingest would keep for
 * the summaries written; the database then only multiplies them by how often each template occurs
 * in an area-quarter, instead of taking ten million JSON documents apart.
 */
const TEMPLATES = 997; // prime: no common factor with the area × year × quarter period (countersSql)
const QUOTE_EVERY = 4;
const QUOTE_TEXTS = [
  'Hier kijken buren naar elkaar om.',
  'Ik wil zelf kunnen kiezen wie er bij mij thuis komt helpen.',
  'Sinds de buurtkamer dicht is zie ik bijna niemand meer.',
];

function templateOf(t: number): Summary {
  const values = Object.fromEntries(
    VALUE_IDS.map((id, j) => [
      id,
      { experienced: (t + j) % 3 === 0 ? 1 : 0, missing: (t * 7 + j) % 5 === 0 ? 2 : 0 },
    ]),
  ) as Summary['values'];
  const first = t % THEMES.length;
  // Two different themes, as a device sends them (the wire refuses an id named twice).
  const second = (first + 1 + (((t / 11) | 0) % (THEMES.length - 1))) % THEMES.length;
  return {
    id: '',
    revision: 1,
    areaId: '',
    period: { year: YEAR, quarter: 1 },
    guide: { id: (t / 7) % 2 < 1 ? 'algemeen' : 'mantelzorger', version: 1 },
    residentProfile: CONVERSATION_PROFILES[((t / 3) | 0) % CONVERSATION_PROFILES.length] ?? 'anders',
    values,
    themeIds: [THEMES[first] ?? 'wonen', THEMES[second] ?? 'taal'],
    obstacleThemeIds: t % 3 === 0 ? [THEMES[t % 7] ?? 'wonen'] : [],
    quotes:
      t % QUOTE_EVERY === 0
        ? [
            {
              text: QUOTE_TEXTS[t % QUOTE_TEXTS.length] ?? '',
              valueIds: [VALUE_IDS[t % VALUE_IDS.length] ?? 'autonomie'],
            },
          ]
        : [],
  };
}

/** The templates and their counter cells, in two scratch tables dropped after loading. */
async function writeTemplates(db: Database): Promise<void> {
  const templates = Array.from({ length: TEMPLATES }, (_, t) => ({ t, summary: templateOf(t) }));
  const rows = templates.map(({ t, summary: s }) => ({
    t,
    guide_id: s.guide.id,
    resident_profile: s.residentProfile,
    value_counts: s.values,
    theme_ids: s.themeIds,
    obstacle_theme_ids: s.obstacleThemeIds,
    quote: s.quotes[0]?.text ?? null,
    quote_values: VALUE_IDS.filter((id) => s.quotes[0]?.valueIds?.includes(id)),
  }));
  const cells = templates.flatMap(({ t, summary }) =>
    cellsOf({ ...summary, areaId: 'x' }).map((cell) => ({ t, dimension: cell.dimension, key: cell.key })),
  );
  await db.exec(`
    create table bench_templates (t int primary key, guide_id text, resident_profile text, value_counts jsonb,
                                  theme_ids jsonb, obstacle_theme_ids jsonb, quote text, quote_values text[]);
    create table bench_template_cells (t int, dimension text, key text)`);
  await db.query(
    `insert into bench_templates
     select t, guide_id, resident_profile, value_counts, theme_ids, obstacle_theme_ids, quote,
            array(select jsonb_array_elements_text(quote_values))
       from jsonb_to_recordset($1::jsonb) as x(t int, guide_id text, resident_profile text, value_counts jsonb,
                                               theme_ids jsonb, obstacle_theme_ids jsonb, quote text,
                                               quote_values jsonb)`,
    [JSON.stringify(rows)],
  );
  await db.query(
    `insert into bench_template_cells
     select t, dimension, key from jsonb_to_recordset($1::jsonb) as x(t int, dimension text, key text)`,
    [JSON.stringify(cells)],
  );
}

/**
 * Summaries i in [from, to] and their quotes, in one statement. Ids are random-looking UUIDv4s, as
 * devices make them: a new summary's id lands anywhere in the primary key, as it does in service.
 */
export function chunkSql(from: number, to: number): string {
  return `
    with g as materialized (
      select i, i % ${TEMPLATES} as t, 'a' || lpad((i % ${AREAS})::text, 2, '0') as area_id,
             (${YEARS[0]} + (i / ${AREAS}) % ${YEARS.length})::smallint as year,
             (1 + (i / ${AREAS * YEARS.length}) % 4)::smallint as quarter,
             (substr(md5(i::text), 1, 12) || '4' || substr(md5(i::text), 14, 3) || '8'
              || substr(md5(i::text), 18, 15))::uuid as id
        from generate_series(${from}, ${to}) as i
    ), stored as (
      insert into summaries (id, revision, area_id, year, quarter, guide_id, guide_version, resident_profile,
                             value_counts, theme_ids, obstacle_theme_ids, device_id)
      select g.id, 1, g.area_id, g.year, g.quarter, t.guide_id, 1, t.resident_profile, t.value_counts,
             t.theme_ids, t.obstacle_theme_ids, md5('device ' || g.area_id || (g.i % 20))::uuid
        from g join bench_templates t using (t)
      returning id
    )
    insert into summary_quotes (summary_id, position, area_id, year, quarter, sort_key, text, value_ids)
    select g.id, 0, g.area_id, g.year, g.quarter, floor(random() * 2147483647)::int, t.quote, t.quote_values
      from g join bench_templates t using (t) where t.quote is not null`;
}

/**
 * The counters of summaries 0 … n−1, in one statement after all of them are stored. Summary i's
 * area-quarter depends on i modulo PERIOD and its template on i modulo TEMPLATES; the two are
 * coprime, so every run of PERIOD × TEMPLATES consecutive summaries holds each template exactly
 * once in each area-quarter. The ⌊n / CYCLE⌋ whole runs therefore count, in every area-quarter,
 * that many times the number of templates with the cell; only the summaries after the last whole
 * run are counted one by one. Counting per chunk instead (every counter of the organisation
 * updated again by each 250,000) took as long as writing the summaries themselves.
 */
const PERIOD = AREAS * YEARS.length * 4;
const CYCLE = PERIOD * TEMPLATES;
function countersSql(n: number): string {
  const runs = Math.floor(n / CYCLE);
  const rest = n % CYCLE;
  const place = (i: string) => `'a' || lpad((${i} % ${AREAS})::text, 2, '0') as area_id,
             (${YEARS[0]} + (${i} / ${AREAS}) % ${YEARS.length})::smallint as year,
             (1 + (${i} / ${AREAS * YEARS.length}) % 4)::smallint as quarter`;
  return `
    insert into area_counts (area_id, year, quarter, dimension, key, conversations)
    select area_id, year, quarter, dimension, key, sum(n)::int
      from (
        select p.area_id, p.year, p.quarter, c.dimension, c.key, ${runs} * c.templates as n
          from (select ${place('p')} from generate_series(0, ${PERIOD - 1}) as p) p
         cross join (select dimension, key, count(*) as templates from bench_template_cells group by 1, 2) c
         where ${runs} > 0
        union all
        select r.area_id, r.year, r.quarter, c.dimension, c.key, 1
          from (select i % ${TEMPLATES} as t, ${place('i')} from generate_series(0, ${rest - 1}) as i) r
          join bench_template_cells c using (t)
      ) as counted
     group by 1, 2, 3, 4, 5`;
}

/**
 * What makes the loaded tables' keys and indexes, as SQL that makes them again: dropped while
 * loading and made after, as one sort each instead of ten million inserts at random places (ids
 * are random, and so are the quotes' sort keys). Primary keys before the foreign keys that use them.
 */
async function keysAndIndexes(db: Database): Promise<{ drop: string; make: string[] }> {
  const tables = `t.relnamespace = current_schema()::regnamespace and t.relname in ('summaries', 'summary_quotes')`;
  const { rows: constraints } = await db.query<{ tab: string; name: string; definition: string }>(
    `select t.relname as tab, c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where ${tables} and c.contype in ('p', 'f')
      order by c.contype desc, 1, 2`,
  );
  const { rows: indexes } = await db.query<{ name: string; definition: string }>(
    `select ic.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where ${tables} and not exists (select 1 from pg_constraint where conindid = i.indexrelid)
      order by 1`,
  );
  return {
    drop: [
      ...indexes.map(({ name }) => `drop index "${name}";`),
      ...[...constraints].reverse().map(({ tab, name }) => `alter table "${tab}" drop constraint "${name}";`),
    ].join('\n'),
    make: [
      ...constraints.map(
        ({ tab, name, definition }) => `alter table "${tab}" add constraint "${name}" ${definition}`,
      ),
      ...indexes.map(({ definition }) => definition),
    ],
  };
}

export async function load(db: Database, summaries: number, log: (message: string) => void): Promise<number> {
  await migrate(db, await loadMigrations(), { info: () => undefined, warn: () => undefined });
  for (let g = 0; g < GROUPS; g++) await createAreaGroup(db, { id: `g${g}`, name: `Stadsdeel ${g}` });
  for (let n = 0; n < AREAS; n++) {
    await createArea(db, { id: areaId(n), name: `Gebied ${n}` });
    if (n < GROUPED) await setAreaGroup(db, areaId(n), `g${n % GROUPS}`);
  }
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
  await writeTemplates(db);
  const keys = await keysAndIndexes(db);
  await db.exec(keys.drop);
  for (let from = 0; from < summaries; from += CHUNK) {
    const to = Math.min(summaries, from + CHUNK) - 1;
    await db.exec(chunkSql(from, to));
    log(
      `loaded ${(to + 1).toLocaleString('en')} of ${summaries.toLocaleString('en')} summaries (${seconds()} s, rss ${(process.memoryUsage().rss / 2 ** 30).toFixed(1)} GiB)`,
    );
  }
  await db.exec(countersSql(summaries));
  log(`counted (${seconds()} s)`);
  for (const definition of keys.make) {
    await db.exec(definition);
    log(`made ${definition.slice(0, 60)}… (${seconds()} s)`);
  }
  await db.exec(`drop table bench_templates; drop table bench_template_cells;
                 insert into area_count_versions (area_id, year, version)
                 select distinct area_id, year, 1 from area_counts on conflict do nothing; analyze;`);
  // Marks the counters' pages all-visible, as a running server's autovacuum would have by now.
  await db.exec('vacuum analyze area_counts');
  return performance.now() - started;
}

/** The conversations counted, of one year or of all. */
async function storedSummaries(db: Database, year?: number): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>(
    `select coalesce(sum(conversations), 0)::bigint as n from area_counts
      where dimension = 'n' and ($1::int is null or year = $1::int)`,
    [year ?? null],
  );
  return Number(rows[0]?.n ?? 0);
}

/** What the tables take on disk, indexes and TOAST included. */
async function diskBytes(db: Database): Promise<number> {
  const { rows } = await db.query<{ bytes: string | number }>(
    `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'`,
  );
  return Number(rows[0]?.bytes ?? 0);
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

function syntheticSummary(i: number, area: string): Summary {
  const values = Object.fromEntries(
    VALUE_IDS.map((id, j) => [
      id,
      { experienced: (i + j) % 3 === 0 ? 1 : 0, missing: (i + j) % 5 === 0 ? 1 : 0 },
    ]),
  ) as Summary['values'];
  return {
    id: uuidv4(),
    revision: 1,
    areaId: area,
    period: { year: YEAR, quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4 },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: CONVERSATION_PROFILES[i % CONVERSATION_PROFILES.length] ?? 'anders',
    values,
    themeIds: [THEMES[i % THEMES.length] ?? 'wonen'],
    obstacleThemeIds: [],
    quotes: [],
  };
}

async function measureIngest(db: Database): Promise<number> {
  const enrolled = await enrolDevice(
    db,
    (await createEnrolmentCode(db, { areaId: areaId(1), validForMs: 60_000 })).code,
  );
  if (!enrolled.ok) throw new Error('could not enrol the benchmark device');
  const scratch = await mkdtemp(join(tmpdir(), 'bg-bench-city-http-'));
  const config = readConfig({
    DATA_DIR: scratch,
    STATIC_DIR: scratch,
    LOG_LEVEL: 'warn',
    SUMMARY_RATE_LIMIT: '999999',
    DEVICE_SUMMARIES_PER_DAY: '999999',
  });
  const app = buildServer({ config, db, logStream: { write: () => undefined } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const bodies = Array.from({ length: INGEST_BATCHES }, (_, b) =>
      JSON.stringify({
        summaries: Array.from({ length: BATCH_SIZE }, (_, i) =>
          syntheticSummary(b * BATCH_SIZE + i, areaId(1)),
        ),
      }),
    );
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${enrolled.deviceToken}` };
    const started = performance.now();
    for (const body of bodies) {
      const response = await fetch(`${url}/api/summaries`, { method: 'POST', headers, body });
      if (response.status !== 200)
        throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
    return (INGEST_BATCHES * BATCH_SIZE) / ((performance.now() - started) / 1000);
  } finally {
    await app.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measureTarget(target: Target, context: BenchContext, summaries: number, reads: number) {
  const { db, label } = target;
  const log = (message: string) => context.log(`${label}: ${message}`);
  const loadMs = await load(db, summaries, log);
  log(`loaded in ${(loadMs / 1000).toFixed(0)} s`);
  return [
    ...(await measureLoaded(target, context, reads)),
    {
      name: `loading ${summaries.toLocaleString('en')} summaries with SQL, ${label}`,
      value: loadMs / 1000,
      unit: 's',
    },
  ];
}

/** The reads and the ingest, on a database loaded before (by this run or an earlier one). */
export async function measureLoaded(target: Target, context: BenchContext, reads: number) {
  const { db, label } = target;
  const log = (message: string) => context.log(`${label}: ${message}`);
  const summaries = await storedSummaries(db);
  const bytes = await diskBytes(db);
  const rss = process.memoryUsage().rss;
  log(
    `${summaries.toLocaleString('en')} summaries stored, ${(bytes / 1e9).toFixed(2)} GB on disk, rss ${(rss / 1e9).toFixed(1)} GB; timing reports…`,
  );
  const pool = new SuppressionPool({ threads: defaultThreads(), hardLimitMs: 3_600_000 });
  const engine = pooledEngine(pool, 3_600_000);
  const perYear = await storedSummaries(db, YEAR);
  let arrived = 0;
  const scopes: [string, Scope][] = [
    ['one area-year', { kind: 'area', areaId: areaId(0) }],
    ['group-year', { kind: 'group', groupId: 'g0' }],
    ['organisation-year', { kind: 'organisation' }],
  ];
  const measurements: Measurement[] = [];
  try {
    // The first computation of the year in a fresh process: nothing remembered in the worker yet.
    const [firstMs] = await timed(() =>
      reportForScope(db, { kind: 'organisation' }, { year: YEAR }, K, engine),
    );
    log(`first computation of the year: ${firstMs.toFixed(0)} ms`);
    measurements.push({
      name: `first computation of a year in a fresh process (all scopes), ${label}`,
      value: firstMs,
      unit: 'ms',
    });
    for (const [what, scope] of scopes) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let r = 0; r < reads; r++) {
        // A summary for the year arrives, by turns in an area of the scope read (a00, in group g0)
        // and in one outside it (a49, in no group): either way every scope's cached answer is
        // stale, because all reports of a year are suppressed together, the area route's too.
        const into = r % 2 === 0 ? areaId(0) : areaId(49);
        await storeSummaries(db, into, [syntheticSummary(r, into)]);
        arrived++;
        const read = () => reportForScope(db, scope, { year: YEAR }, K, engine);
        const [coldMs, report] = await timed(read);
        const [warmMs] = await timed(read);
        if (r === 0 && scope.kind === 'organisation' && report?.conversations !== perYear + arrived) {
          throw new Error(
            `the organisation counts ${JSON.stringify(report?.conversations)}, not ${perYear + arrived}`,
          );
        }
        cold.push(coldMs);
        warm.push(warmMs);
      }
      const baseline: number[] = [];
      // The same figures summed by the database, without suppression: what the scope costs to read.
      const sql = `select c.quarter, c.dimension, c.key, sum(c.conversations) as n
                     from area_counts c join areas a on a.id = c.area_id
                    where c.year = $1 and ($2::text is null or a.id = $2) and ($3::text is null or a.group_id = $3)
                    group by 1, 2, 3`;
      const params = [
        YEAR,
        scope.kind === 'area' ? scope.areaId : null,
        scope.kind === 'group' ? scope.groupId : null,
      ];
      for (let r = 0; r < reads; r++) baseline.push((await timed(() => db.query(sql, params)))[0]);
      const base = {
        label: 'plain SQL sum of the counters (no suppression), p95',
        value: percentile(baseline, 95),
      };
      const limit = scope.kind === 'area' ? 200 : 1_000;
      measurements.push(
        {
          name: `${what}, ${label}, after a new summary (computed), p95`,
          value: percentile(cold, 95),
          unit: 'ms',
          baseline: base,
          target: { comparison: '<=', value: limit },
        },
        { name: `${what}, ${label}, after a new summary, median`, value: median(cold), unit: 'ms' },
        {
          name: `${what}, ${label}, cached, p95`,
          value: percentile(warm, 95),
          unit: 'ms',
          baseline: base,
          target: { comparison: '<=', value: limit },
        },
      );
      log(
        `${what}: computed p95 ${percentile(cold, 95).toFixed(0)} ms, cached p95 ${percentile(warm, 95).toFixed(1)} ms, SQL p95 ${base.value.toFixed(1)} ms`,
      );
    }
  } finally {
    await pool.close();
  }
  const rate = await measureIngest(db);
  log(`ingest ${rate.toFixed(0)} summaries/s`);
  measurements.push(
    {
      name: `ingest with configuration checks, ${label}, HTTP batches of ${BATCH_SIZE} on ${summaries.toLocaleString('en')} stored`,
      value: rate,
      unit: 'summaries/s',
      target: { comparison: '>=', value: 2_000 },
    },
    { name: `tables on disk after loading, ${label}`, value: bytes / 1e9, unit: 'GB' },
    { name: `benchmark process memory (rss) after loading, ${label}`, value: rss / 1e9, unit: 'GB' },
  );
  return measurements;
}

function flag(context: BenchContext, name: string, fallback: number): number {
  const raw = context.flags.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number, got ${raw}`);
  return value;
}

export const cityScale: Benchmark = {
  name: 'city-scale',
  description: `aggregates of one area-year, a group-year and the organisation-year over N summaries (--summaries, default 250,000) across ${AREAS} areas in ${GROUPS} groups and ${YEARS.length} years, through reportForScope and its worker pool: right after a summary arrived (computed) and again (cached), beside the plain-SQL sum of the counters; ingest with configuration checks over HTTP`,
  async run(context) {
    const summaries = flag(context, 'summaries', 250_000);
    const reads = flag(context, 'reads', 12);
    const databases = (context.flags.get('databases') ?? 'postgres,embedded').split(',');
    const measurements: Measurement[] = [];
    for (const [name, open] of [
      ['postgres', () => postgresTarget(context.log, { statementTimeoutMs: 3_600_000 })],
      ['embedded', () => embeddedTarget('city')],
    ] as const) {
      if (!databases.includes(name)) continue;
      const target = await open();
      if (target === undefined) continue;
      try {
        measurements.push(...(await measureTarget(target, context, summaries, reads)));
      } finally {
        await target.dispose();
      }
    }
    return measurements;
  },
};
