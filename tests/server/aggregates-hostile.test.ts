import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_YEARS } from '../../src/domain/period';
import { isSuppressed } from '../../src/domain/suppression';
import { uuidv4 } from '../../src/domain/uuid';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { Summary } from '../../src/domain/wire/summary';
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
  noValues,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Old or hostile data: summaries with guide and theme ids nobody configured, as one device could
 * store before ingest checked ids (the issue measured 3,000 of them taking the server down). They
 * are written straight into the database, past the ingest's checks. The area's figures must still
 * be answered, counting them in the totals but never listing a made-up id, and /api/health must
 * answer while the aggregates are computed. Nothing here measures time.
 */
const targets = await databaseTargets();
const K = 5;
const BATCH = 500;

function madeUp(n: number, quarter: 1 | 2 | 3 | 4, year: number, options: Hostility): Summary {
  const tag = `${year}-${n}`;
  return summary({
    id: uuidv4(),
    period: { year, quarter },
    guide: { id: options.guides ? `gids-${tag}` : 'algemeen', version: 1 + (n % 3) },
    residentProfile: (options.profiles ? `profiel-${n % 50}` : 'oudere') as Summary['residentProfile'],
    values: { ...noValues(), autonomie: { experienced: n % 2, missing: n % 3 === 0 ? 1 : 0 } },
    themeIds: Array.from({ length: options.themesEach }, (_, i) => `thema-${tag}-${i}`),
    obstacleThemeIds: options.obstacles ? [`drempel-${tag}`] : [],
  });
}

interface Hostility {
  themesEach: number;
  guides: boolean;
  profiles: boolean;
  obstacles: boolean;
}

async function store(db: Database, summaries: readonly Summary[]): Promise<void> {
  for (let start = 0; start < summaries.length; start += BATCH) {
    await storeSummaries(db, AREAS.gaasperdam.id, summaries.slice(start, start + BATCH));
  }
}

for (const target of targets) {
  describe.skipIf(!target.available)(`aggregates over made-up ids (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let reader: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      reader = await login(server.url, 'team-gaasperdam');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    async function readWithHealth(query: string): Promise<AggregatesReport> {
      const figures = getAggregates(server.url, reader, AREAS.gaasperdam.id, query);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const response = await figures;
      expect(response.status).toBe(200);
      return (await response.json()) as AggregatesReport;
    }

    function expectNothingMadeUp(report: AggregatesReport): void {
      expect(report.themes.filter((t) => !['wonen'].includes(t.themeId))).toEqual([]);
      expect(report.obstacles).toEqual([]);
      expect(report.coverage.guides.every((g) => g.guideId === 'algemeen')).toBe(true);
    }

    it('5,000 summaries with made-up ids from one device leave the area answering', async () => {
      const year = PERIOD_YEARS.max;
      const hostile = Array.from({ length: 5_000 }, (_, n) =>
        madeUp(n, (1 + (n % 4)) as 1 | 2 | 3 | 4, year, {
          themesEach: 2,
          guides: true,
          profiles: false,
          obstacles: true,
        }),
      );
      // And an ordinary conversation log beside them, which must still show.
      const ordinary = Array.from({ length: 40 }, () => summary({ period: { year, quarter: 1 } }));
      await store(db, [...hostile, ...ordinary]);

      const report = await readWithHealth(`year=${year}`);
      expect(report.conversations).toBe(5_040);
      expectNothingMadeUp(report);
      expect(report.themes.map((t) => [t.themeId, t.conversations])).toEqual([['wonen', 40]]);
      // 5,000 guides nobody published are one pool, never shown: the one real guide is hidden
      // with it, or the pool would be the total minus the guide.
      expect(report.coverage.guides.map((g) => g.guideId)).toEqual(['algemeen']);
      const quarter = await readWithHealth(`year=${year}&quarter=1`);
      expect(quarter.conversations).toBe(1_290);
    });

    it('property: whatever made-up ids one device sent, the area answers and lists none of them', async () => {
      // Each run its own year, apart from the year of the test above.
      let year = PERIOD_YEARS.min;
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            count: fc.integer({ min: 1, max: 400 }),
            themesEach: fc.integer({ min: 0, max: 4 }),
            guides: fc.boolean(),
            profiles: fc.boolean(),
            obstacles: fc.boolean(),
            quarters: fc.subarray([1, 2, 3, 4] as const, { minLength: 1 }),
          }),
          async (hostility) => {
            year++;
            const sent = Array.from({ length: hostility.count }, (_, n) =>
              madeUp(n, hostility.quarters[n % hostility.quarters.length] ?? 1, year, hostility),
            );
            await store(db, sent);
            const report = await readWithHealth(`year=${year}`);
            expectNothingMadeUp(report);
            // A total can be hidden to protect a small part (everyone but two), never shown wrong.
            if (hostility.count < K) expect(isSuppressed(report.conversations)).toBe(true);
            else if (!isSuppressed(report.conversations)) expect(report.conversations).toBe(hostility.count);
            for (const profile of report.coverage.residentProfiles) {
              expect(profile.residentProfile.startsWith('profiel-')).toBe(false);
            }
          },
        ),
        { numRuns: 8 },
      );
    });
  });
}
