import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuid';
import { VALUE_IDS } from '../../src/domain/values';
import type { Agenda } from '../../src/domain/wire/agenda';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  json,
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
  describe.skipIf(!target.available)(`the public page of an area and year (${target.kind})`, () => {
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

    const page = (year: number, query = '') => fetch(`${server.url}/inbreng/gaasperdam/${year}${query}`);
    const publish = (year: number, published: boolean, token = anna) =>
      fetch(`${server.url}/api/areas/gaasperdam/publication?year=${year}`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({ published }),
      });

    it('is there only while the team has it published, without sign-in or cookie', async () => {
      const agenda: Agenda = {
        questions: [{ id: uuidv7(), valueId: 'betrokkenheid', text: 'Hoe houden we de buurtkamer open?' }],
        participation: '',
        heldCircles: [
          { id: uuidv7(), date: '2026-10-08', place: '' },
          { id: uuidv7(), date: '2026-03-12', place: 'Buurthuis <De Kameleon>' },
        ],
        outcome: {
          notes: [],
          actions: [
            {
              id: uuidv7(),
              questionId: null,
              what: 'Buurtkamer ook op zaterdag open',
              owner: 'Welzijn Zuidoost',
              due: '2026-09-01',
              valueIds: [],
              themeIds: [],
              status: 'done',
              reason: '',
              updates: [],
            },
          ],
        },
      };
      const saved = await fetch(`${server.url}/api/areas/gaasperdam/agenda?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${anna}` },
        body: JSON.stringify({ agenda, baseVersion: null }),
      });
      expect(saved.status).toBe(200);
      expect((await page(2026)).status).toBe(404);

      expect((await publish(2026, true)).status).toBe(200);
      const shown = await page(2026);
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toMatch(/^text\/html/);
      expect(shown.headers.get('set-cookie')).toBeNull();
      expect(shown.headers.get('cache-control')).toBe('no-cache');
      const html = await shown.text();
      expect(html).toContain('Wat is er met uw inbreng gedaan? Gaasperdam 2026');
      expect(html).toContain('Hoe houden we de buurtkamer open?');
      expect(html).toContain('Buurtkamer ook op zaterdag open');
      expect(html).toContain('Gedaan');
      // The circles the team held, counted and listed oldest first, a place escaped like all typed text.
      expect(html).toContain(
        '<p>Er waren 2 waardenkringen:</p><ul><li>donderdag 12 maart 2026, Buurthuis &lt;De Kameleon&gt;</li><li>donderdag 8 oktober 2026</li></ul>',
      );
      // No script of its own but the few bytes that register its offline copy (next-circle.test.ts).
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).not.toMatch(/<script[^>]*src=/);
      expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
      const english = await (await page(2026, '?lang=en')).text();
      expect(english).toContain('What was done with what you told us? Gaasperdam 2026');

      expect((await publish(2026, false)).status).toBe(200);
      expect((await page(2026)).status).toBe(404);

      const { rows } = await db.query<{ action: string; actor_label: string }>(
        `select action, actor_label from audit_entries where action like 'publication.%' order by id`,
      );
      expect(rows).toEqual([
        { action: 'publication.publish', actor_label: 'anna' },
        { action: 'publication.unpublish', actor_label: 'anna' },
      ]);
    });

    it('never shows a figure resting on fewer than k conversations', async () => {
      let year = 2040;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ value: fc.constantFrom(...VALUE_IDS), missing: fc.boolean() }), {
            minLength: 1,
            maxLength: 14,
          }),
          async (conversations) => {
            year++;
            const batch = conversations.map(({ value, missing }) =>
              summary({
                period: { year, quarter: 1 },
                values: {
                  ...noValues(),
                  [value]: { experienced: missing ? 0 : 1, missing: missing ? 1 : 0 },
                },
              }),
            );
            expect((await postSummaries(server.url, device, { summaries: batch })).status).toBeLessThan(300);
            expect((await publish(year, true)).status).toBe(200);
            const html = await (await page(year)).text();
            const [values = '', trend = ''] = html.split('id="trend-heading"');
            const cells = [...values.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
            expect(cells).toHaveLength(VALUE_IDS.length * 2);
            // The trend's tables too: five years per value, a gap said in words.
            const trendCells = [...trend.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
            expect(trendCells).toHaveLength(VALUE_IDS.length * 5 * 2);
            cells.push(...trendCells.filter((cell) => cell !== 'geen gesprekken'));
            for (const cell of cells) {
              if (cell === `minder dan ${K}`) continue;
              expect(Number(cell) === 0 || Number(cell) >= K, cell).toBe(true);
            }
            // A hidden figure in the values table is explained once, in plain words, and only then.
            const explained = values.includes(
              `Minder dan ${K} gesprekken: dit getal laten we niet zien, zodat niemand herkend wordt.`,
            );
            expect(explained).toBe(cells.slice(0, VALUE_IDS.length * 2).includes(`minder dan ${K}`));
            // The number of conversations itself, too.
            const total = conversations.length;
            if (total < K) expect(html).not.toContain(`In ${total} gesprekken`);
          },
        ),
        { numRuns: 12 },
      );
    });

    it('is for the own area team only to publish', async () => {
      expect((await publish(2026, true, device)).status).toBe(403);
      const other = await fetch(`${server.url}/api/areas/driemond/publication?year=2026`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${anna}` },
        body: JSON.stringify({ published: true }),
      });
      expect(other.status).toBe(403);
    });
  });
}
