import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONVERSATION_PROFILES } from '../src/domain/conversation';
import { defaultCodebook } from '../src/domain/themes';
import { uuidv7 } from '../src/domain/uuid';
import { VALUE_IDS } from '../src/domain/values';
import type { Summary } from '../src/domain/wire/summary';
import { buildServer } from '../src/server/app';
import { readConfig } from '../src/server/config';
import type { Database } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { loadMigrations } from '../src/server/db/migrations';
import { createArea } from '../src/server/store/areas';
import { createEnrolmentCode, enrolDevice } from '../src/server/store/devices';
import { createReader, signIn } from '../src/server/store/readers';
import { embeddedTarget, postgresTarget, type Target } from './support/databases';
import { median } from './support/stats';
import type { Benchmark, Measurement } from './types';

/**
 * The sync server's targets: ingest ≥ 2,000 summaries/s in batches of 100 on the embedded database
 * (and the same figure for PostgreSQL), and the aggregates of one area-year over 1,000,000 stored
 * summaries in ≤ 200 ms. Both through the real server over HTTP on this machine, one client
 * draining its outbox batch after batch. The million summaries are written with SQL (ingesting
 * them over HTTP would take minutes and measure nothing new), their counters computed from them
 * the way the ingest keeps them.
 */
const INGEST_BATCHES = 40;
const BATCH_SIZE = 100;
const STORED = 1_000_000;
const READS = 15;
// The shipped codebook's ids, as devices tag them.
const THEMES = defaultCodebook().themes.map((theme) => theme.id);

function syntheticSummary(i: number): Summary {
  const values = Object.fromEntries(
    VALUE_IDS.map((id, j) => [
      id,
      { experienced: (i + j) % 3 === 0 ? 1 : 0, missing: (i * 7 + j) % 5 === 0 ? 2 : 0 },
    ]),
  ) as Summary['values'];
  return {
    id: uuidv7(),
    revision: 1,
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4 },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: CONVERSATION_PROFILES[i % CONVERSATION_PROFILES.length] ?? 'anders',
    values,
    themeIds: [THEMES[i % 15] ?? 'wonen', THEMES[(i + 1 + (i % 14)) % 15] ?? 'taal'],
    obstacleThemeIds: i % 3 === 0 ? [THEMES[i % 7] ?? 'wonen'] : [],
    quotes: i % 4 === 0 ? [{ text: 'Ik wil zelf kunnen kiezen wie er bij mij thuis komt helpen.' }] : [],
  };
}

async function measureIngest(url: string, token: string): Promise<number> {
  const batches = Array.from({ length: INGEST_BATCHES }, (_, b) =>
    JSON.stringify({
      summaries: Array.from({ length: BATCH_SIZE }, (_, i) => syntheticSummary(b * BATCH_SIZE + i)),
    }),
  );
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const started = performance.now();
  for (const body of batches) {
    const response = await fetch(`${url}/api/summaries`, { method: 'POST', headers, body });
    if (response.status !== 200) throw new Error(`ingest answered ${response.status}`);
    await response.arrayBuffer();
  }
  return (INGEST_BATCHES * BATCH_SIZE) / ((performance.now() - started) / 1000);
}

const valueJson = VALUE_IDS.map(
  (id, j) =>
    `'${id}', jsonb_build_object('experienced', ((i + ${j}) % 3 = 0)::int, 'missing', 2 * ((i * 7 + ${j}) % 5 = 0)::int)`,
).join(', ');

/** A million summaries of one area-year in SQL, with quotes and the counters the ingest would keep. */
async function seedMillion(db: Database): Promise<void> {
  const themes = `array[${THEMES.map((t) => `'${t}'`).join(', ')}]`;
  const profiles = `array[${CONVERSATION_PROFILES.map((p) => `'${p}'`).join(', ')}]`;
  await db.exec(`
    insert into summaries (id, revision, area_id, year, quarter, guide_id, guide_version, resident_profile,
                           value_counts, theme_ids, obstacle_theme_ids)
    select gen_random_uuid(), 1, 'million', 2026, 1 + i % 4, (array['algemeen', 'mantelzorger'])[1 + i % 2], 1,
           (${profiles})[1 + (i / 3) % 5], jsonb_build_object(${valueJson}),
           jsonb_build_array((${themes})[1 + i % 15], (${themes})[1 + (i + 1 + i % 14) % 15]),
           case when i % 3 = 0 then jsonb_build_array((${themes})[1 + i % 7]) else '[]'::jsonb end
      from generate_series(1, ${STORED}) as i;
    insert into summary_quotes (summary_id, position, area_id, year, quarter, sort_key, text)
    select id, 0, area_id, year, quarter, floor(random() * 2147483647)::int, 'Hier kijken buren naar elkaar om.'
      from summaries where area_id = 'million' and guide_id = 'algemeen' and resident_profile = 'oudere';
    insert into area_counts (area_id, year, quarter, dimension, key, conversations)
    select area_id, year, quarter, dimension, key, count(*) from (
      select s.area_id, s.year, s.quarter, c.dimension, c.key
        from summaries s cross join lateral (
          select 'n' as dimension, '' as key
          union all select 'g', s.guide_id
          union all select 'p', s.resident_profile
          union all select 'e', v.key from jsonb_each(s.value_counts) v where (v.value->>'experienced')::int > 0
          union all select 'm', v.key from jsonb_each(s.value_counts) v where (v.value->>'missing')::int > 0
          union all select 't', t from jsonb_array_elements_text(s.theme_ids) t
          union all select 'o', o from jsonb_array_elements_text(s.obstacle_theme_ids) o
          union all select 'te', t || '/' || v.key from jsonb_array_elements_text(s.theme_ids) t, jsonb_each(s.value_counts) v
            where (v.value->>'experienced')::int > 0
          union all select 'tm', t || '/' || v.key from jsonb_array_elements_text(s.theme_ids) t, jsonb_each(s.value_counts) v
            where (v.value->>'missing')::int > 0
        ) c
       where s.area_id = 'million'
    ) cells group by 1, 2, 3, 4, 5;
    analyze;`);
}

/**
 * A GET retried once on a network error: after the long seeding the client's kept-alive connection
 * may already have been closed by the server, which undici only notices when it uses it.
 */
async function getOnce(url: string, token: string): Promise<Response> {
  const init = { headers: { authorization: `Bearer ${token}` } };
  return fetch(url, init).catch(() => fetch(url, init));
}

async function measureTarget(target: Target, log: (message: string) => void): Promise<Measurement[]> {
  const { db } = target;
  await migrate(db, await loadMigrations(), { info: () => undefined, warn: () => undefined });
  await createArea(db, { id: 'gaasperdam', name: 'Gaasperdam' });
  await createArea(db, { id: 'million', name: 'Miljoen' });
  const enrolled = await enrolDevice(
    db,
    (await createEnrolmentCode(db, { areaId: 'gaasperdam', validForMs: 60_000 })).code,
  );
  if (!enrolled.ok) throw new Error('could not enrol the benchmark device');
  await createReader(db, { areaId: 'million', username: 'bench', password: 'benchmark password' });
  const session = await signIn(db, 'bench', 'benchmark password');
  if (session === undefined) throw new Error('could not sign in');

  const scratch = await mkdtemp(join(tmpdir(), 'bg-bench-http-'));
  const config = readConfig({
    DATA_DIR: scratch,
    STATIC_DIR: scratch,
    LOG_LEVEL: 'warn',
    SUMMARY_RATE_LIMIT: '999999',
  });
  const app = buildServer({ config, db, logStream: { write: () => undefined } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  try {
    log(`${target.label}: ingesting ${INGEST_BATCHES} batches of ${BATCH_SIZE}…`);
    const rate = await measureIngest(url, enrolled.deviceToken);
    log(`${target.label}: writing ${STORED.toLocaleString('en')} summaries with SQL…`);
    const seeding = performance.now();
    await seedMillion(db);
    log(
      `${target.label}: seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s; reading aggregates…`,
    );
    const timings: number[] = [];
    for (let i = 0; i < READS + 2; i++) {
      const query = i % 2 === 0 ? 'year=2026' : 'year=2026&quarter=3';
      const started = performance.now();
      const response = await getOnce(`${url}/api/areas/million/aggregates?${query}`, session.token);
      const report = (await response.json()) as { conversations: unknown };
      if (response.status !== 200) throw new Error(`aggregates answered ${response.status}`);
      if (i === 0 && report.conversations !== STORED)
        throw new Error('the seeded summaries were not counted');
      // The first two warm up caches and the query plan.
      if (i >= 2) timings.push(performance.now() - started);
    }
    return [
      {
        name: `ingest, ${target.label}, batches of ${BATCH_SIZE}`,
        value: rate,
        unit: 'summaries/s',
        ...(target.label === 'embedded' ? { target: { comparison: '>=' as const, value: 2_000 } } : {}),
      },
      {
        name: `aggregates of one area-year over ${STORED.toLocaleString('en')} summaries, ${target.label}, median`,
        value: median(timings),
        unit: 'ms',
        target: { comparison: '<=', value: 200 },
      },
    ];
  } finally {
    await app.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

export const serverIngest: Benchmark = {
  name: 'server-ingest',
  description: `sync server over HTTP: ${INGEST_BATCHES}×${BATCH_SIZE} summaries sent one batch after another; GET aggregates of an area-year over ${STORED.toLocaleString('en')} stored summaries (median of ${READS}, year and quarter alternating)`,
  async run(context) {
    const measurements: Measurement[] = [];
    for (const open of [() => embeddedTarget('server'), () => postgresTarget(context.log)]) {
      const target = await open();
      if (target === undefined) continue;
      try {
        measurements.push(...(await measureTarget(target, context.log)));
      } finally {
        await target.dispose();
      }
    }
    return measurements;
  },
};
