import { availableParallelism } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import { hiddenCellsOf } from '../../src/server/aggregates/cube';
import { SuppressionPool } from '../../src/server/aggregates/suppression-pool';
import type { Database } from '../../src/server/db/database';
import { storeSummaries } from '../../src/server/store/summaries';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  getAggregates,
  login,
  migrated,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';
import { eventually } from './support/wait';

/**
 * The time budget of aggregates: a computation that cannot finish in time is answered 503 with
 * Retry-After, /api/health answers meanwhile, and the computation goes on so the retry finds it.
 * "Cannot finish" is a fact here, not a race: the test holds a lock on the counters the
 * computation must read (PostgreSQL, a connection of the test's own) until it has seen the 503.
 */
const postgres = (await databaseTargets()).find((target) => target.kind === 'postgres');

describe('the suppression pool', () => {
  it('never runs more threads than the machine has cores', async () => {
    const pool = new SuppressionPool({ threads: 1_000, hardLimitMs: 60_000 });
    try {
      expect(pool.threads).toBeLessThanOrEqual(availableParallelism());
      expect(pool.threads).toBeGreaterThanOrEqual(1);
    } finally {
      await pool.close();
    }
  });

  it('computes in a worker thread what the request thread would', async () => {
    const pool = new SuppressionPool({ threads: 1, hardLimitMs: 60_000 });
    const rows = [
      { quarter: 1, dimension: 'n', key: '', conversations: 12 },
      { quarter: 1, dimension: 't', key: 'wonen', conversations: 3 },
      { quarter: 1, dimension: 'g', key: 'algemeen', conversations: 10 },
      { quarter: 1, dimension: 'g', key: 'mantelzorger', conversations: 2 },
    ];
    try {
      const inWorker = await pool.run({ kind: 'area', rows, k: 5 });
      expect(inWorker).toEqual(hiddenCellsOf(rows, 5));
      expect(inWorker).toContain('q1|g|mantelzorger');
    } finally {
      await pool.close();
    }
  });
});

describe.skipIf(postgres?.available !== true)('aggregates past their time budget (postgres)', () => {
  let storage: TestStorage;
  let db: Database;
  let server: TestServer;
  let reader: string;
  let holder: pg.Client | undefined;

  beforeAll(async () => {
    if (postgres === undefined) return;
    storage = await postgres.createStorage();
    db = await migrated(await storage.open());
    await createAreas(db);
    await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
    await storeSummaries(
      db,
      AREAS.gaasperdam.id,
      Array.from({ length: 8 }, () => summary()),
    );
    server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000', AGGREGATE_BUDGET_MS: '300' } });
    reader = await login(server.url, 'team-gaasperdam');
  });
  afterAll(async () => {
    await holder?.end();
    await server?.close();
    await storage?.dispose();
  });

  it('answers 503 with Retry-After, keeps /api/health answering, and has the figures for the retry', async () => {
    holder = new pg.Client({ connectionString: storage.env.DATABASE_URL });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table area_counts in access exclusive mode');

    const busy = await getAggregates(server.url, reader, AREAS.gaasperdam.id, 'year=2026');
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('figures_not_ready');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    await holder.query('rollback');
    let report: AggregatesReport | undefined;
    await eventually(async () => {
      const response = await getAggregates(server.url, reader, AREAS.gaasperdam.id, 'year=2026');
      if (response.status === 200) report = (await response.json()) as AggregatesReport;
      else expect(response.status).toBe(503);
      return report !== undefined;
    }, 'the figures after the lock is gone');
    expect(report?.conversations).toBe(8);
  });
});
