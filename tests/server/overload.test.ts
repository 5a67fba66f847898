import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { openPostgresDatabase } from '../../src/server/db/postgres';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated, postSummaries, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';
import { eventually, holdSummaryLocks, type LockHolder, waitingOnLocks } from './support/wait';

/**
 * More uploads than database connections, or statements that wait too long: the ones that find no connection in time are answered
 * 503 with Retry-After (the outbox tries again later), never 500; and the health check, which has
 * a connection of its own, keeps saying the database is fine, so no balancer takes a healthy
 * process out of rotation.
 */
const postgres = (await databaseTargets()).find((target) => target.kind === 'postgres');

describe.skipIf(postgres?.available !== true)('a full connection pool (postgres)', () => {
  let storage: TestStorage;
  let db: Database;
  let pooled: Database;
  let server: TestServer;
  let token: string;
  let holder: LockHolder | undefined;

  beforeAll(async () => {
    if (postgres === undefined) return;
    storage = await postgres.createStorage();
    db = await migrated(await storage.open());
    await createAreas(db);
    token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
    pooled = openPostgresDatabase({ connectionString: storage.env.DATABASE_URL }, { poolSize: 2 });
    server = await startTestServer({ db: pooled, env: { SUMMARY_RATE_LIMIT: '10000' } });
  });
  afterAll(async () => {
    await holder?.release();
    await server?.close();
    await pooled?.close();
    await storage?.dispose();
  });

  it('answers 503 with Retry-After when no connection frees up, while health stays 200', async () => {
    const busy: Summary[][] = [[summary()], [summary()]];
    holder = await holdSummaryLocks(
      storage,
      busy.map((batch) => batch[0]?.id ?? ''),
    );
    // Both pooled connections are now inside an ingest transaction, waiting on the test's locks.
    const waiting = busy.map((batch) => postSummaries(server.url, token, { summaries: batch }));
    await eventually(() => waitingOnLocks(db, 2), 'both transactions to wait on their locks');

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const overflow = await postSummaries(server.url, token, { summaries: [summary()] });
    expect(overflow.status).toBe(503);
    expect(overflow.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await overflow.json()).toMatchObject({ error: { code: 'unavailable' } });

    await holder.release();
    holder = undefined;
    for (const response of await Promise.all(waiting)) expect(response.status).toBe(200);
  });

  it('answers 503 with Retry-After when a statement waits past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const impatient = openPostgresDatabase(
      { connectionString: storage.env.DATABASE_URL },
      { statementTimeoutMs: 200 },
    );
    const other = await startTestServer({ db: impatient, env: { SUMMARY_RATE_LIMIT: '10000' } });
    try {
      const stuck = summary();
      // The lock stays held until the answer is in: only the statement limit can end the wait.
      holder = await holdSummaryLocks(storage, [stuck.id]);
      const response = await postSummaries(other.url, token, { summaries: [stuck] });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      await holder.release();
      holder = undefined;
      expect((await postSummaries(other.url, token, { summaries: [stuck] })).status).toBe(200);
    } finally {
      await other.close();
      await impatient.close();
    }
  });
});
