import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  counter,
  createAreas,
  deviceToken,
  json,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Consent withdrawn after a summary was sent: the server forgets the summary, its quotes and its
 * counts, and never counts a copy of it again, whatever arrives later.
 */
const targets = await databaseTargets();
const QUOTE = 'QUOTE-withdrawn-de-buurman-helpt';

function withdraw(url: string, token: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${url}/api/summaries/withdrawals`, {
    method: 'POST',
    headers: token === undefined ? json : { ...json, authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

for (const target of targets) {
  describe.skipIf(!target.available)(`POST /api/summaries/withdrawals (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let token: string;
    let driemondToken: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn' });
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      driemondToken = (await deviceToken(db, AREAS.driemond.id)).token;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('takes a summary, its quotes and its counts back, and never counts it again', async () => {
      const period = { year: 2031, quarter: 1 as const };
      const kept = summary({ period });
      const gone = summary({ period, quotes: [{ text: QUOTE }] });
      await postSummaries(server.url, token, { summaries: [kept, gone] });
      const count = () =>
        db.query<{ n: number }>(
          `select coalesce(sum(conversations), 0)::int8 as n from area_counts
          where area_id = 'gaasperdam' and dimension = 'n' and year = 2031`,
        );
      expect((await count()).rows[0]?.n).toBe(2);

      const answer = await withdraw(server.url, token, { ids: [gone.id] });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ results: [{ id: gone.id, status: 'withdrawn' }] });
      expect((await count()).rows[0]?.n).toBe(1);
      const quotes = await db.query('select 1 from summary_quotes where text = $1', [QUOTE]);
      expect(quotes.rows).toHaveLength(0);
      const rows = await db.query('select 1 from summaries where id = $1', [gone.id]);
      expect(rows.rows).toHaveLength(0);

      // A copy still on its way, a correction, a second withdrawal: nothing is counted again.
      const late = await postSummaries(server.url, token, { summaries: [gone, { ...gone, revision: 2 }] });
      expect(((await late.json()) as SummaryBatchResponse).results.map((r) => r.status)).toEqual([
        'withdrawn',
        'withdrawn',
      ]);
      expect((await (await withdraw(server.url, token, { ids: [gone.id] })).json()) as unknown).toEqual({
        results: [{ id: gone.id, status: 'withdrawn' }],
      });
      expect((await count()).rows[0]?.n).toBe(1);
    });

    it('withdraws an id it never received, so that it is refused when it comes', async () => {
      const early = summary();
      expect((await withdraw(server.url, token, { ids: [early.id] })).status).toBe(200);
      const before = await counter(db, AREAS.gaasperdam.id, 'n');
      const answer = await postSummaries(server.url, token, { summaries: [early] });
      expect(((await answer.json()) as SummaryBatchResponse).results).toEqual([
        { id: early.id, status: 'withdrawn' },
      ]);
      expect(await counter(db, AREAS.gaasperdam.id, 'n')).toBe(before);
    });

    it('lets a device withdraw only in its own area, and refuses what is not a list of ids', async () => {
      const theirs = summary();
      await postSummaries(server.url, token, { summaries: [theirs] });
      expect((await withdraw(server.url, driemondToken, { ids: [theirs.id] })).status).toBe(403);
      expect((await withdraw(server.url, undefined, { ids: [theirs.id] })).status).toBe(401);
      for (const body of [{ ids: [] }, { ids: ['nope'] }, { ids: [theirs.id], extra: 1 }, []]) {
        expect((await withdraw(server.url, token, body)).status).toBe(400);
      }
      const rows = await db.query('select 1 from summaries where id = $1', [theirs.id]);
      expect(rows.rows).toHaveLength(1);
    });
  });
}
