import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary, SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { type ChildServer, spawnServer } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated, postSummaries, summary } from './support/fixtures';

/**
 * Real server processes (`tsx src/server/main.ts`), as in production: two of them on one
 * PostgreSQL receiving the same summaries at once, and one killed with SIGKILL in the middle of a
 * sync. Either way every summary is stored, and counted, exactly once.
 */
const targets = await databaseTargets();
const THEMES = ['wonen', 'taal', 'veiligheid'];

function batches(count: number, size: number, quarter: 1 | 2 | 3 | 4): Summary[][] {
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: size }, (_, i) =>
      summary({ period: { year: 2026, quarter }, themeIds: [THEMES[(b + i) % THEMES.length] ?? 'wonen'] }),
    ),
  );
}

async function send(server: ChildServer, token: string, batch: Summary[]): Promise<SummaryBatchResponse> {
  const response = await postSummaries(server.url, token, { summaries: batch });
  if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
  return (await response.json()) as SummaryBatchResponse;
}

/** What the database holds for a quarter: summaries, and the counters that must agree with them. */
async function tally(db: Database, quarter: number) {
  const one = async (sql: string) => (await db.query<{ n: number }>(sql, [quarter])).rows[0]?.n ?? -1;
  return {
    summaries: await one('select count(*) as n from summaries where quarter = $1'),
    conversations: await one(
      "select coalesce(sum(conversations), 0)::int8 as n from area_counts where dimension = 'n' and quarter = $1",
    ),
    themes: await one(
      "select coalesce(sum(conversations), 0)::int8 as n from area_counts where dimension = 't' and quarter = $1",
    ),
  };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`server processes (${target.kind})`, () => {
    let storage: TestStorage;
    let staticDir: string;
    let env: Record<string, string>;
    let token: string;
    const running: ChildServer[] = [];

    const start = async () => {
      const server = await spawnServer({
        ...env,
        SUMMARY_RATE_LIMIT: '10000',
        DEVICE_SUMMARIES_PER_DAY: '999999',
      });
      running.push(server);
      return server;
    };

    beforeAll(async () => {
      storage = await target.createStorage();
      staticDir = await mkdtemp(join(tmpdir(), 'bg-processes-dist-'));
      env = { ...storage.env, STATIC_DIR: staticDir, LOG_LEVEL: 'warn' };
      const db = await migrated(await storage.open());
      await createAreas(db);
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      // The embedded database serves one process: let go of it before the servers start.
      await db.close();
    });
    afterAll(async () => {
      for (const server of running) server.process.kill('SIGKILL');
      await Promise.all(running.map((server) => server.exited));
      await storage?.dispose();
      if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
    });

    it('loses nothing and counts nothing twice when killed in the middle of a sync', async () => {
      const sync = batches(16, 100, 1);
      const first = await start();
      const inFlight = sync.map((batch) => send(first, token, batch));
      // Once one batch is answered, the others are queued or half done: kill the process now.
      await Promise.race(inFlight);
      first.process.kill('SIGKILL');
      expect(await first.exited).toBeNull();
      const outcomes = await Promise.allSettled(inFlight);
      const lost = outcomes.filter((outcome) => outcome.status === 'rejected').length;
      expect(lost, 'some requests must have been cut off').toBeGreaterThan(0);

      // The client resends everything it has no answer for; resending the rest is harmless too.
      const second = await start();
      const answers = await Promise.all(sync.map((batch) => send(second, token, batch)));
      const statuses = answers.flatMap((answer) => answer.results.map((result) => result.status));
      expect(new Set(statuses)).toEqual(new Set(lost === sync.length ? ['stored'] : ['stored', 'duplicate']));
      expect(statuses.filter((status) => status === 'duplicate').length).toBeGreaterThan(0);
      second.process.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      const db = await storage.open();
      expect(await tally(db, 1)).toEqual({ summaries: 1600, conversations: 1600, themes: 1600 });
      await db.close();
    });

    // The embedded database serves one process, so this is PostgreSQL's alone.
    if (target.kind === 'postgres') {
      it('counts the same summaries sent to two processes at once exactly once', async () => {
        const [a, b] = await Promise.all([start(), start()]);
        if (a === undefined || b === undefined) throw new Error('servers did not start');
        const sync = batches(8, 100, 2);
        const corrections = sync.map((batch) =>
          batch.map((s) => ({ ...s, revision: 2, themeIds: ['taal'] })),
        );
        const answers = await Promise.all([
          ...sync.map((batch) => send(a, token, batch)),
          ...sync.map((batch) => send(b, token, batch)),
          ...corrections.map((batch) => send(a, token, batch)),
          ...corrections.map((batch) => send(b, token, batch)),
        ]);
        const byId = new Map<string, string[]>();
        for (const { id, status } of answers.flatMap((answer) => answer.results)) {
          byId.set(id, [...(byId.get(id) ?? []), status]);
        }
        expect(byId.size).toBe(800);
        for (const statuses of byId.values()) {
          // Revision 1 is stored once or arrives after 2 (stale); revision 2 is stored or replaces once.
          const firsts = statuses.filter((s) => s === 'stored').length;
          const seconds = statuses.filter((s) => s === 'replaced').length;
          expect(firsts + seconds).toBeLessThanOrEqual(2);
          expect(firsts).toBeGreaterThanOrEqual(1);
        }
        const db = await storage.open();
        expect(await tally(db, 2)).toEqual({ summaries: 800, conversations: 800, themes: 800 });
        const { rows } = await db.query(
          "select key, conversations from area_counts where dimension = 't' and quarter = 2 and conversations > 0",
        );
        expect(rows).toEqual([{ key: 'taal', conversations: 800 }]);
        const revisions = await db.query('select distinct revision from summaries where quarter = 2');
        expect(revisions.rows).toEqual([{ revision: 2 }]);
        await db.close();
      });
    }
  });
}
