import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed } from '../../src/domain/suppression';
import { defaultCodebook } from '../../src/domain/themes';
import { uuidv7 } from '../../src/domain/uuid';
import { VALUE_IDS } from '../../src/domain/values';
import type { Agenda } from '../../src/domain/wire/agenda';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { AgreedAction } from '../../src/domain/wire/circle-outcome';
import type { Database } from '../../src/server/db/database';
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
const K = 5;
// A few themes of the built-in codebook: enough for some to reach k and others not in one year.
const THEMES = defaultCodebook().themes.slice(0, 6);
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => ({
    label: m[1] ?? '',
    cell: m[2] ?? '',
  }));

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

    it('says the area team, not a person, for an owner stored before the server refused names', async () => {
      const year = 2019;
      const actionOf = (what: string, owner: string): AgreedAction => ({
        id: uuidv7(),
        questionId: null,
        what,
        owner,
        due: null,
        valueIds: [],
        themeIds: [],
        status: 'in-progress',
        reason: '',
        updates: [],
      });
      // Straight into the database: the agenda route refuses such an owner today.
      const agenda: Agenda = {
        questions: [],
        participation: '',
        outcome: {
          notes: [],
          actions: [
            actionOf('Portiek opnieuw verlichten', 'Marleen Bosman'),
            actionOf('Buurtkamer op zondag', 'Buurthuis De Zonnebloem'),
          ],
        },
      };
      await db.query('insert into agendas (area_id, year, version, body) values ($1, $2, 1, $3::jsonb)', [
        AREAS.gaasperdam.id,
        year,
        JSON.stringify(agenda),
      ]);
      expect((await publish(year, true)).status).toBe(200);

      const dutch = await (await page(year)).text();
      expect(dutch).toContain('Portiek opnieuw verlichten');
      expect(dutch).toContain('Wie doet het: het gebiedsteam');
      expect(dutch).toContain('Wie doet het: Buurthuis De Zonnebloem');
      expect(dutch).not.toContain('Bosman');
      const english = await (await page(year, '?lang=en')).text();
      expect(english).toContain('Who does it: the area team');
      expect(english).not.toContain('Bosman');
    });

    it('never shows a figure resting on fewer than k conversations', async () => {
      let year = 2040;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              value: fc.constantFrom(...VALUE_IDS),
              missing: fc.boolean(),
              themes: fc.subarray(THEMES.map((theme) => theme.id)),
            }),
            { minLength: 1, maxLength: 30 },
          ),
          async (conversations) => {
            year++;
            const batch = conversations.map(({ value, missing, themes }) =>
              summary({
                period: { year, quarter: 1 },
                values: {
                  ...noValues(),
                  [value]: { experienced: missing ? 0 : 1, missing: missing ? 1 : 0 },
                },
                themeIds: themes,
              }),
            );
            expect((await postSummaries(server.url, device, { summaries: batch })).status).toBeLessThan(300);
            expect((await publish(year, true)).status).toBe(200);
            const html = await (await page(year)).text();
            const [values = '', rest = ''] = html.split('id="themes-heading"');
            const [themes = '', trend = ''] = rest.split('id="trend-heading"');
            const cells = [...values.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
            expect(cells).toHaveLength(VALUE_IDS.length * 2);

            // The themes: named from the codebook, each with the number of conversations it came
            // up in, only where the team's own (suppressed) report shows that number and it is at
            // least k; a theme the report hides is left out, never said as a number.
            const team = (await (
              await getAggregates(server.url, anna, 'gaasperdam', `year=${year}`)
            ).json()) as AggregatesReport;
            const themeRows = rowsOf(themes);
            for (const { label, cell } of themeRows) {
              const theme = THEMES.find((candidate) => candidate.labels.nl === label);
              expect(theme, label).toBeDefined();
              const truth = conversations.filter((c) => c.themes.includes(theme?.id ?? '')).length;
              expect(Number(cell), label).toBe(truth);
              expect(truth).toBeGreaterThanOrEqual(K);
              const reported = team.themes.find((row) => row.themeId === theme?.id)?.conversations;
              expect(reported, label).toBe(truth);
            }
            // Every theme the report shows with k or more is named (the five largest at most).
            const nameable = team.themes.filter(({ conversations: n }) => !isSuppressed(n) && n >= K).length;
            expect(themeRows).toHaveLength(Math.min(nameable, 5));
            if (themeRows.length === 0)
              expect(themes).toContain('Er is nog geen onderwerp dat we kunnen noemen.');
            // The same themes in English, with their English labels.
            const english =
              (await (await page(year, '?lang=en')).text()).split('id="themes-heading"')[1] ?? '';
            expect(rowsOf(english.split('id="trend-heading"')[0] ?? '')).toEqual(
              themeRows.map(({ label, cell }) => ({
                label: THEMES.find((theme) => theme.labels.nl === label)?.labels.en,
                cell,
              })),
            );

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
        {
          numRuns: 12,
          // Random years mostly hide every theme (few conversations over many cells); this one
          // names several, so the themes' numbers are checked on every run of the suite too.
          examples: [
            [
              Array.from({ length: 24 }, (_, i) => ({
                value: 'autonomie' as const,
                missing: i % 2 === 1,
                themes: [THEMES[0]?.id ?? '', ...(i < 12 ? [THEMES[1]?.id ?? ''] : [])],
              })),
            ],
          ],
        },
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

    it('limits reads per address, as nothing else guards a page without sign-in', async () => {
      expect((await publish(2026, true)).status).toBe(200);
      const limited = await startTestServer({ db, env: { PUBLIC_PAGE_RATE_LIMIT: '2' } });
      try {
        const read = () => fetch(`${limited.url}/inbreng/gaasperdam/2026`);
        expect((await read()).status).toBe(200);
        expect((await read()).status).toBe(200);
        const refused = await read();
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      } finally {
        await limited.close();
      }
    });
  });
}
