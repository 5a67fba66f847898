import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary, SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { type ChildServer, spawnServer } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated, postSummaries, summary } from './support/fixtures';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { eventually, holdSummaryLocks, type LockHolder, waitingOnLocks } from './support/wait';

/**
 * PostgreSQL restarts, fails over or drops connections now and then. A TCP proxy between a real
 * server process and PostgreSQL does that to it on cue: every connection cut in the middle of an
 * ingest transaction, new ones refused for a while, then let through again. The process must
 * stay up, answer 503 with Retry-After meanwhile, recover by itself, and lose or double nothing.
 */
const postgres = (await databaseTargets()).find((target) => target.kind === 'postgres');

describe.skipIf(postgres?.available !== true)('PostgreSQL going away (postgres)', () => {
  let storage: TestStorage;
  let db: Database;
  let staticDir: string;
  let token: string;
  let proxy: TcpProxy;
  let server: ChildServer;
  let holder: LockHolder | undefined;

  beforeAll(async () => {
    if (postgres === undefined) return;
    storage = await postgres.createStorage();
    db = await migrated(await storage.open());
    await createAreas(db);
    token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
    staticDir = await mkdtemp(join(tmpdir(), 'bg-failover-dist-'));
    const direct = new URL(storage.env.DATABASE_URL ?? '');
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const proxied = new URL(direct);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    server = await spawnServer({
      DATABASE_URL: proxied.toString(),
      STATIC_DIR: staticDir,
      SUMMARY_RATE_LIMIT: '10000',
      LOG_LEVEL: 'warn',
    });
  });
  afterAll(async () => {
    await holder?.release();
    server?.process.kill('SIGKILL');
    await server?.exited;
    await proxy?.close();
    await storage?.dispose();
    if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
  });

  const send = (batch: Summary[]) => postSummaries(server.url, token, { summaries: batch });
  const health = async () => (await fetch(`${server.url}/api/health`)).status;

  it('stays up through a cut mid-ingest, answers 503 meanwhile, and stores every batch once', async () => {
    const batches = Array.from({ length: 4 }, () => Array.from({ length: 25 }, () => summary()));
    const [first, ...others] = batches as [Summary[], ...Summary[][]];
    expect(await health()).toBe(200);

    // The first batch's transaction waits on a lock the test holds: it is open when the cut comes.
    holder = await holdSummaryLocks(storage, [first[0]?.id ?? '']);
    const inFlight = send(first);
    await eventually(() => waitingOnLocks(db), 'the ingest transaction to wait on the lock');

    proxy.refuse();
    proxy.cutAll();
    const cut = await inFlight;
    expect(cut.status).toBe(503);
    expect(cut.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await cut.json()) as { error: { code: string } }).error.code).toBe('unavailable');

    // While PostgreSQL refuses connections: health says so, uploads are 503, never 500.
    expect(await health()).toBe(503);
    for (const batch of others) {
      const refused = await send(batch);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    await holder.release();
    holder = undefined;

    proxy.accept();
    await eventually(async () => (await health()) === 200, 'health to be 200 again');
    expect(server.process.exitCode).toBeNull();

    // The client's retries: every batch stored, each summary once.
    for (const batch of batches) {
      const response = await send(batch);
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as SummaryBatchResponse;
      expect(results.every((result) => result.status === 'stored')).toBe(true);
    }
    const again = (await (await send(first)).json()) as SummaryBatchResponse;
    expect(again.results.every((result) => result.status === 'duplicate')).toBe(true);
    const { rows } = await db.query<{ summaries: number; counted: number }>(
      `select (select count(*) from summaries) as summaries,
              (select coalesce(sum(conversations), 0)::int8 from area_counts where dimension = 'n') as counted`,
    );
    expect(rows[0]).toEqual({ summaries: 100, counted: 100 });
  });
});
