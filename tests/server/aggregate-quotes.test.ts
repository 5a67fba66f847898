import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValueId } from '../../src/domain/values';
import type { AggregatesReport, ReportQuote } from '../../src/domain/wire/aggregates';
import type { Summary } from '../../src/domain/wire/summary';
import { QUOTES_PER_REPORT } from '../../src/server/aggregates/report';
import type { Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { loadMigrations } from '../../src/server/db/migrations';
import { loadQuotes } from '../../src/server/store/aggregates';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  getAggregates,
  login,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const K = 5;
const targets = await databaseTargets();

// The id and themes are checked in quote-picks.test.ts; here: each quote's values.
const textAndValues = ({ text, valueIds }: ReportQuote) => ({ text, valueIds });
const byText = (a: Pick<ReportQuote, 'text'>, b: Pick<ReportQuote, 'text'>) =>
  a.text < b.text ? -1 : a.text > b.text ? 1 : 0;

for (const target of targets) {
  describe.skipIf(!target.available)(`quotes with their values in the aggregates (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let device: string;
    let reader: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
      server = await startTestServer({ db });
      device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      reader = await login(server.url, 'team-gaasperdam');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const send = async (summaries: Summary[]) => {
      expect((await postSummaries(server.url, device, { summaries })).status).toBe(200);
    };
    const quotesOf = async (query: string): Promise<AggregatesReport['quotes']> => {
      const response = await getAggregates(server.url, reader, AREAS.gaasperdam.id, query);
      expect(response.status).toBe(200);
      return ((await response.json()) as AggregatesReport).quotes;
    };
    const q1 = { year: 2026, quarter: 1 } as const;

    // Five conversations in 2026 Q1 (k = 5, so its quotes are released).
    const tagged = summary({
      period: q1,
      quotes: [
        { text: 'A: ik wil zelf kiezen', valueIds: ['zelfbeschikking', 'autonomie'] },
        { text: 'B: zonder waarden' },
      ],
    });
    const empty = summary({ period: q1, quotes: [{ text: 'C: lege lijst', valueIds: [] }] });
    const corrected = summary({
      period: q1,
      quotes: [{ text: 'D: eerste versie', valueIds: ['betrokkenheid'] }],
    });
    const others = [summary({ period: q1 }), summary({ period: q1 })];

    it('returns each quote with the values of its note, and [] for a quote without', async () => {
      await send([tagged, empty, corrected, ...others]);
      const quotes = await quotesOf('year=2026&quarter=1');
      expect(quotes.released).toBe(true);
      expect(quotes.more).toBe(false);
      // In the order of VALUE_IDS, whatever order the device sent them in.
      expect(quotes.items.map(textAndValues).sort(byText)).toEqual([
        { text: 'A: ik wil zelf kiezen', valueIds: ['autonomie', 'zelfbeschikking'] },
        { text: 'B: zonder waarden', valueIds: [] },
        { text: 'C: lege lijst', valueIds: [] },
        { text: 'D: eerste versie', valueIds: ['betrokkenheid'] },
      ]);
      // The whole year shows the same quotes: Q1 is the only quarter with conversations.
      expect([...(await quotesOf('year=2026')).items].sort(byText)).toEqual([...quotes.items].sort(byText));
    });

    it('replaces the quotes and their values when a summary is replaced by a new revision', async () => {
      await send([
        {
          ...corrected,
          revision: 2,
          quotes: [{ text: 'E: gecorrigeerd', valueIds: ['solidariteit', 'compassie'] }],
        },
        {
          ...tagged,
          revision: 2,
          quotes: [{ text: 'A: ik wil zelf kiezen', valueIds: ['gelijkwaardigheid'] }],
        },
        { ...empty, revision: 2, quotes: [{ text: 'C: lege lijst' }] },
      ]);
      const quotes = await quotesOf('year=2026&quarter=1');
      expect(quotes.items.map(textAndValues).sort(byText)).toEqual([
        { text: 'A: ik wil zelf kiezen', valueIds: ['gelijkwaardigheid'] },
        { text: 'C: lege lijst', valueIds: [] },
        { text: 'E: gecorrigeerd', valueIds: ['compassie', 'solidariteit'] },
      ]);
      // A stale revision changes nothing.
      await send([corrected]);
      expect([...(await quotesOf('year=2026&quarter=1')).items].sort(byText)).toEqual(
        [...quotes.items].sort(byText),
      );
    });

    it('keeps the other guarantees: nothing below k, at most the limit with "more", a random order', async () => {
      const few = Array.from({ length: K - 1 }, () =>
        summary({
          period: { year: 2027, quarter: 1 },
          quotes: [{ text: 'te weinig', valueIds: ['compassie'] }],
        }),
      );
      await send(few);
      expect(await quotesOf('year=2027')).toEqual({ released: false, items: [], more: false });

      // 21 conversations of 10 quotes each, sent in a known order.
      const sent: { text: string; valueIds: ValueId[] }[] = [];
      const many = Array.from({ length: 21 }, (_, s) =>
        summary({
          period: { year: 2027, quarter: 2 },
          quotes: Array.from({ length: 10 }, (_, q) => {
            const quote = {
              text: `citaat ${s}-${q}`,
              valueIds: q % 2 === 0 ? (['autonomie'] as ValueId[]) : [],
            };
            sent.push(quote);
            return quote;
          }),
        }),
      );
      await send(many.slice(0, 11));
      await send(many.slice(11));
      const quotes = await quotesOf('year=2027');
      expect(quotes.released).toBe(true);
      expect(quotes.more).toBe(true);
      expect(quotes.items).toHaveLength(QUOTES_PER_REPORT);
      expect(new Set(quotes.items.map((item) => item.text)).size).toBe(QUOTES_PER_REPORT);
      const valuesByText = new Map(sent.map((quote) => [quote.text, quote.valueIds]));
      for (const item of quotes.items) expect(item.valueIds).toEqual(valuesByText.get(item.text));
      // Q1 (below k) releases nothing, not even within the year.
      expect(quotes.items.some((item) => item.text === 'te weinig')).toBe(false);
      // The chance that 200 of 210 come back in the order sent is nil.
      const order = quotes.items.map((item) => sent.findIndex((quote) => quote.text === item.text));
      expect(order).not.toEqual([...order].sort((a, b) => a - b));
    });
  });

  describe.skipIf(!target.available)(`quotes stored before migration 0003 (${target.kind})`, () => {
    let storage: TestStorage;

    afterAll(() => storage?.dispose());

    it('come back with no values', async () => {
      storage = await target.createStorage();
      const db = await storage.open();
      const migrations = await loadMigrations();
      const silent = { info: () => undefined, warn: () => undefined };
      const before = migrations.filter((m) => m.version <= 2);
      await migrate(db, before, silent);
      await createAreas(db);
      const old = summary();
      await db.query(
        `insert into summaries (id, revision, area_id, year, quarter, guide_id, guide_version,
                                resident_profile, value_counts, theme_ids, obstacle_theme_ids)
         values ($1, 1, 'gaasperdam', 2026, 2, 'algemeen', 1, 'oudere', '{}', '[]', '[]')`,
        [old.id],
      );
      await db.query(
        `insert into summary_quotes (summary_id, position, area_id, year, quarter, sort_key, text)
         values ($1, 0, 'gaasperdam', 2026, 2, 1, 'van voor de migratie')`,
        [old.id],
      );
      await migrate(db, migrations, silent);
      expect(await loadQuotes(db, 'gaasperdam', 2026, [2], 10)).toEqual({
        items: [
          {
            id: createHash('sha256').update('van voor de migratie').digest('hex').slice(0, 16),
            text: 'van voor de migratie',
            valueIds: [],
            themeIds: [],
          },
        ],
        more: false,
      });
    });
  });
}
