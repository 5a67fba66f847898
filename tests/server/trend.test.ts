import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Figure, isSuppressed } from '../../src/domain/suppression';
import { VALUE_IDS } from '../../src/domain/values';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { AreaTrend } from '../../src/domain/wire/trend';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  getAggregates,
  login,
  migrated,
  noValues,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const K = 5;

for (const target of targets) {
  describe.skipIf(!target.available)(`an area's values across the years (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let anna: string;
    let device: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000', SUPPRESSION_K: String(K) } });
      anna = await login(server.url, 'anna');
      device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const trendTo = async (to: number): Promise<AreaTrend> => {
      const response = await fetch(`${server.url}/api/areas/gaasperdam/trend?to=${to}`, {
        headers: { authorization: `Bearer ${anna}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as AreaTrend;
    };

    it('shows no figure under k in any year, and each year exactly as its own report', async () => {
      let to = 2040;
      await fc.assert(
        fc.asyncProperty(
          // Per year of five: conversations, each experiencing or missing one value.
          fc.array(
            fc.array(fc.record({ value: fc.constantFrom(...VALUE_IDS), missing: fc.boolean() }), {
              maxLength: 9,
            }),
            { minLength: 5, maxLength: 5 },
          ),
          async (years) => {
            to += 5;
            const batch = years.flatMap((conversations, index) =>
              conversations.map(({ value, missing }) =>
                summary({
                  period: { year: to - 4 + index, quarter: 1 },
                  values: {
                    ...noValues(),
                    [value]: { experienced: missing ? 0 : 1, missing: missing ? 1 : 0 },
                  },
                }),
              ),
            );
            if (batch.length > 0) {
              expect((await postSummaries(server.url, device, { summaries: batch })).status).toBeLessThan(
                300,
              );
            }
            const trend = await trendTo(to);
            expect(trend.years.map((y) => y.year)).toEqual([to - 4, to - 3, to - 2, to - 1, to]);
            for (const [index, year] of trend.years.entries()) {
              const heard = years[index]?.length ?? 0;
              const figures: Figure[] = [
                year.conversations,
                ...VALUE_IDS.flatMap((id) => [year.values[id].experienced, year.values[id].missing]),
              ];
              for (const figure of figures) {
                // A shown zero is only the zero everyone knows: no conversations at all that year.
                const allowed = isSuppressed(figure) || figure >= K || (figure === 0 && heard === 0);
                expect(allowed, `${year.year}: ${JSON.stringify(figure)} of ${heard}`).toBe(true);
              }
              if (heard > 0 && heard < K) expect(isSuppressed(year.conversations)).toBe(true);
              const own = (await (
                await getAggregates(server.url, anna, AREAS.gaasperdam.id, `year=${year.year}`)
              ).json()) as AggregatesReport;
              expect(year.values).toEqual(own.values);
              expect(year.conversations).toEqual(own.conversations);
            }
          },
        ),
        { numRuns: 6 },
      );
    });

    it('is audited as a read, and refused to a device', async () => {
      await trendTo(2030);
      const { rows } = await db.query<{ detail: unknown; actor_label: string }>(
        `select detail, actor_label from audit_entries where action = 'trend.read' and area_id = 'gaasperdam'`,
      );
      expect(rows).toContainEqual({ detail: { to: 2030 }, actor_label: 'anna' });
      const refused = await fetch(`${server.url}/api/areas/gaasperdam/trend?to=2030`, {
        headers: { authorization: `Bearer ${device}` },
      });
      expect(refused.status).toBe(403);
    });
  });
}
