import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONVERSATION_PROFILES } from '../src/domain/conversation';
import { defaultCodebook } from '../src/domain/themes';
import { uuidv7 } from '../src/domain/uuid';
import { VALUE_IDS } from '../src/domain/values';
import type { Summary } from '../src/domain/wire/summary';
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
 * `--databases=postgres,embedded` (default both), `--reads=R` (default 12).
 * Summaries and their counters are written with SQL (generate_series), in chunks; no quotes.
 */
const AREAS = 50;
const GROUPS = 7;
const GROUPED = 43;
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const YEAR = 2026;
const K = 5;
const CHUNK = 250_000;
const THEMES = defaultCodebook().themes.map((theme) => theme.id);
const INGEST_BATCHES = 20;
const BATCH_SIZE = 100;

const areaId = (n: number) => `a${String(n).padStart(2, '0')}`;

const valueJson = VALUE_IDS.map(
  (id, j) =>
    `'${id}', jsonb_build_object('experienced', ((i + ${j}) % 3 = 0)::int, 'missing', ((i * 7 + ${j}) % 5 = 0)::int)`,
).join(', ');
const themes = `array[${THEMES.map((t) => `'${t}'`).join(', ')}]`;
const profiles = `array[${CONVERSATION_PROFILES.map((p) => `'${p}'`).join(', ')}]`;

/** Summaries i in [from, to] and their counters, in one statement. */
function chunkSql(from: number, to: number): string {
  return `
    with g as (
      select i, 'a' || lpad((i % ${AREAS})::text, 2, '0') as area_id,
             (${YEARS[0]} + (i / ${AREAS}) % ${YEARS.length})::smallint as year,
             (1 + (i / ${AREAS * YEARS.length}) % 4)::smallint as quarter,
             (array['algemeen', 'mantelzorger'])[1 + (i / 7) % 2] as guide_id,
             (${profiles})[1 + (i / 3) % ${CONVERSATION_PROFILES.length}] as resident_profile,
             jsonb_build_object(${valueJson}) as value_counts,
             jsonb_build_array((${themes})[1 + i % ${THEMES.length}], (${themes})[1 + (i / 11) % ${THEMES.length}]) as theme_ids,
             case when i % 3 = 0 then jsonb_build_array((${themes})[1 + i % 7]) else '[]'::jsonb end as obstacle_theme_ids
        from generate_series(${from}, ${to}) as i
    ), stored as (
      insert into summaries (id, revision, area_id, year, quarter, guide_id, guide_version, resident_profile,
                             value_counts, theme_ids, obstacle_theme_ids)
      select gen_random_uuid(), 1, area_id, year, quarter, guide_id, 1, resident_profile, value_counts,
             theme_ids, obstacle_theme_ids from g
    )
    insert into area_counts (area_id, year, quarter, dimension, key, conversations)
    select area_id, year, quarter, dimension, key, count(*) from (
      select s.area_id, s.year, s.quarter, c.dimension, c.key
        from g s cross join lateral (
          select 'n' as dimension, '' as key
          union all select 'g', s.guide_id
          union all select 'p', s.resident_profile
          union all select 'e', v.key from jsonb_each(s.value_counts) v where (v.value->>'experienced')::int > 0
          union all select 'm', v.key from jsonb_each(s.value_counts) v where (v.value->>'missing')::int > 0
          union all select 't', t from (select distinct t from jsonb_array_elements_text(s.theme_ids) t) d
          union all select 'o', o from jsonb_array_elements_text(s.obstacle_theme_ids) o
          union all select 'te', t || '/' || v.key from (select distinct t from jsonb_array_elements_text(s.theme_ids) t) d,
                    jsonb_each(s.value_counts) v where (v.value->>'experienced')::int > 0
          union all select 'tm', t || '/' || v.key from (select distinct t from jsonb_array_elements_text(s.theme_ids) t) d,
                    jsonb_each(s.value_counts) v where (v.value->>'missing')::int > 0
        ) c
    ) cells group by 1, 2, 3, 4, 5
    on conflict (area_id, year, quarter, dimension, key)
    do update set conversations = area_counts.conversations + excluded.conversations`;
}

async function load(db: Database, summaries: number, log: (message: string) => void): Promise<number> {
  await migrate(db, await loadMigrations(), { info: () => undefined, warn: () => undefined });
  for (let g = 0; g < GROUPS; g++) await createAreaGroup(db, { id: `g${g}`, name: `Stadsdeel ${g}` });
  for (let n = 0; n < AREAS; n++) {
    await createArea(db, { id: areaId(n), name: `Gebied ${n}` });
    if (n < GROUPED) await setAreaGroup(db, areaId(n), `g${n % GROUPS}`);
  }
  const started = performance.now();
  for (let from = 0; from < summaries; from += CHUNK) {
    const to = Math.min(summaries, from + CHUNK) - 1;
    await db.exec(chunkSql(from, to));
    log(`loaded ${(to + 1).toLocaleString('en')} of ${summaries.toLocaleString('en')} summaries`);
  }
  await db.exec(`insert into area_count_versions (area_id, year, version)
                 select distinct area_id, year, 1 from area_counts on conflict do nothing; analyze;`);
  return performance.now() - started;
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
    id: uuidv7(),
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
  log(`loaded in ${(loadMs / 1000).toFixed(0)} s; timing reports…`);
  const pool = new SuppressionPool({ threads: defaultThreads(), hardLimitMs: 3_600_000 });
  const engine = pooledEngine(pool, 3_600_000);
  const perYear = Math.floor(summaries / YEARS.length);
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
    {
      name: `loading ${summaries.toLocaleString('en')} summaries with SQL, ${label}`,
      value: loadMs / 1000,
      unit: 's',
    },
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
