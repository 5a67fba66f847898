import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/domain/wire/agenda';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { Database } from '../../src/server/db/database';
import { offlineRegistrationTag } from '../../src/server/public-page/offline-worker';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  getAggregates,
  json,
  login,
  migrated,
  noValues,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`the public page's picked quotes and trend (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let anna: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'anna');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000', SUPPRESSION_K: '5' } });
      anna = await login(server.url, 'anna');
      const device = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      const at = (year: number, n: number, text?: string) =>
        Array.from({ length: n }, (_, i) =>
          summary({
            period: { year, quarter: 1 },
            // Half experienced autonomie, half missed it: neither side is "everyone but a few".
            values: {
              ...noValues(),
              autonomie: i % 2 === 0 ? { experienced: 1, missing: 0 } : { experienced: 0, missing: 1 },
            },
            quotes: text && i === 0 ? [{ text, valueIds: ['autonomie'] }] : [],
          }),
        );
      const summaries = [
        ...at(2024, 12),
        ...at(2025, 2),
        ...at(2026, 5, 'Ik wil zelf kiezen'),
        summary({ period: { year: 2026, quarter: 1 }, quotes: [{ text: 'Niet gekozen citaat' }] }),
      ];
      expect((await postSummaries(server.url, device, { summaries })).status).toBe(200);
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('shows only the quotes the team picked, and per value the years with gaps in words', async () => {
      const report = (await (
        await getAggregates(server.url, anna, AREAS.gaasperdam.id, 'year=2026')
      ).json()) as AggregatesReport;
      const picked = report.quotes.items.find((q) => q.text === 'Ik wil zelf kiezen');
      expect(picked).toBeDefined();
      const agenda: Agenda = { questions: [], participation: '', pickedQuotes: [picked?.id ?? ''] };
      const put = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${anna}` },
        body: JSON.stringify({ agenda, baseVersion: null }),
      });
      expect(put.status).toBe(200);
      const publish = await fetch(`${server.url}/api/areas/gaasperdam/publication?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${anna}` },
        body: JSON.stringify({ published: true }),
      });
      expect(publish.status).toBe(200);

      const html = await (await fetch(`${server.url}/inbreng/gaasperdam/2026`)).text();
      expect(html).toContain('<q>Ik wil zelf kiezen</q>');
      expect(html).not.toContain('Niet gekozen citaat');
      expect(html).toContain('Over de jaren');
      expect(html.match(/<svg /g)).toHaveLength(6);
      // The trend is drawn without script: the page's only one registers its offline copy.
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).toContain(offlineRegistrationTag());
      // Autonomie: in 2024 six conversations experienced it and six missed it, 2025 too few, 2022 none.
      const autonomie =
        html.split('<caption class="trend-caption">Autonomie</caption>')[1]?.split('</table>')[0] ?? '';
      expect(autonomie).toContain(
        '<tr><th scope="row">2022</th><td>geen gesprekken</td><td>geen gesprekken</td></tr>',
      );
      expect(autonomie).toContain('<tr><th scope="row">2024</th><td>6</td><td>6</td></tr>');
      expect(autonomie).toContain(
        '<tr><th scope="row">2025</th><td>minder dan 5</td><td>minder dan 5</td></tr>',
      );
      expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
      const english = await (await fetch(`${server.url}/inbreng/gaasperdam/2026?lang=en`)).text();
      expect(english).toContain('Over the years');
      expect(english).toContain('fewer than 5');
    });
  });
}
