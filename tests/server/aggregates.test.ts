import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES } from '../../src/domain/conversation';
import { type Figure, isSuppressed } from '../../src/domain/suppression';
import { VALUE_IDS } from '../../src/domain/values';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { Summary } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  addThemesToCodebook,
  createAreas,
  createReaderAccount,
  deviceToken,
  getAggregates,
  json,
  login,
  migrated,
  noValues,
  postSummaries,
  READER_PASSWORD,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const K = 5;
const targets = await databaseTargets();

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 50 conversations in quarter 1, 30 in quarter 2, 3 in quarter 3, none in quarter 4. */
function seeded(): Summary[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], chance: number) => items.filter(() => next() < chance);
  return [...Array(50).fill(1), ...Array(30).fill(2), ...Array(3).fill(3)].map((quarter: 1 | 2 | 3, i) => {
    const values = noValues();
    for (const id of VALUE_IDS)
      values[id] = { experienced: next() < 0.5 ? 1 : 0, missing: next() < 0.3 ? 2 : 0 };
    return summary({
      period: { year: 2026, quarter },
      guide: { id: pick(['algemeen', 'mantelzorger']), version: 1 },
      residentProfile: pick(CONVERSATION_PROFILES),
      values,
      themeIds: some(['wonen', 'taal', 'zorg-en-gezondheid'], 0.5),
      obstacleThemeIds: some(['geldzorgen', 'taal'], 0.4),
      quotes: i % 10 === 0 ? [{ text: `citaat ${i} uit kwartaal ${quarter}` }] : [],
    });
  });
}

/** Counted the naive way: a figure is in how many summaries of the period it occurs. */
function expectedCount(
  summaries: readonly Summary[],
  quarter: number | null,
  occurs: (s: Summary) => boolean,
) {
  return summaries.filter((s) => (quarter === null || s.period.quarter === quarter) && occurs(s)).length;
}

function figuresOf(report: AggregatesReport, summaries: readonly Summary[]): [string, Figure, number][] {
  const q = report.period.quarter;
  const count = (occurs: (s: Summary) => boolean) => expectedCount(summaries, q, occurs);
  return [
    ['conversations', report.conversations, count(() => true)],
    ...VALUE_IDS.flatMap((v): [string, Figure, number][] => [
      [`${v} experienced`, report.values[v].experienced, count((s) => s.values[v].experienced > 0)],
      [`${v} missing`, report.values[v].missing, count((s) => s.values[v].missing > 0)],
    ]),
    ...report.themes.flatMap((theme): [string, Figure, number][] => [
      [`theme ${theme.themeId}`, theme.conversations, count((s) => s.themeIds.includes(theme.themeId))],
      ...VALUE_IDS.flatMap((v): [string, Figure, number][] => [
        [
          `${theme.themeId} × ${v} experienced`,
          theme.values[v].experienced,
          count((s) => s.themeIds.includes(theme.themeId) && s.values[v].experienced > 0),
        ],
        [
          `${theme.themeId} × ${v} missing`,
          theme.values[v].missing,
          count((s) => s.themeIds.includes(theme.themeId) && s.values[v].missing > 0),
        ],
      ]),
    ]),
    ...report.obstacles.map((o): [string, Figure, number] => [
      `obstacle ${o.themeId}`,
      o.conversations,
      count((s) => s.obstacleThemeIds.includes(o.themeId)),
    ]),
    ...report.coverage.guides.map((g): [string, Figure, number] => [
      `guide ${g.guideId}`,
      g.conversations,
      count((s) => s.guide.id === g.guideId),
    ]),
    ...report.coverage.residentProfiles.map((p): [string, Figure, number] => [
      `profile ${p.residentProfile}`,
      p.conversations,
      count((s) => s.residentProfile === p.residentProfile),
    ]),
  ];
}

for (const target of targets) {
  describe.skipIf(!target.available)(`GET /api/areas/:areaId/aggregates (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let reader: string;
    let gaasperdamDevice: string;
    let driemondDevice: string;
    const summaries = seeded();

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      // 'geldzorgen' is not in the built-in codebook; ingest accepts only ids the configuration knows.
      await addThemesToCodebook(db, ['geldzorgen']);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
      await createReaderAccount(db, AREAS.driemond.id, 'team-driemond');
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      gaasperdamDevice = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      driemondDevice = (await deviceToken(db, AREAS.driemond.id)).token;
      expect((await postSummaries(server.url, gaasperdamDevice, { summaries })).status).toBe(200);
      reader = await login(server.url, 'team-gaasperdam');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const report = async (query: string, areaId = 'gaasperdam'): Promise<AggregatesReport> => {
      const response = await getAggregates(server.url, reader, areaId, query);
      expect(response.status).toBe(200);
      return (await response.json()) as AggregatesReport;
    };

    it.each(['year=2026', 'year=2026&quarter=1', 'year=2026&quarter=2', 'year=2026&quarter=3'])(
      'matches the seeded conversations and shows no figure below k (%s)',
      async (query) => {
        const answer = await report(query);
        expect(answer.k).toBe(K);
        const figures = figuresOf(answer, summaries);
        let shown = 0;
        for (const [name, figure, expected] of figures) {
          if (isSuppressed(figure)) {
            expect(figure, name).toEqual({ suppressed: true });
            continue;
          }
          shown++;
          expect(figure, name).toBe(expected);
          expect(figure, name).toBeGreaterThanOrEqual(K);
        }
        if (query.endsWith('quarter=3')) expect(shown).toBe(0);
        else expect(shown).toBeGreaterThan(0);
      },
    );

    it('lists every category of the year in every quarter, and shows an empty quarter as 0', async () => {
      const [year, q4] = [await report('year=2026'), await report('year=2026&quarter=4')];
      expect(year.themes.map((t) => t.themeId)).toEqual(['taal', 'wonen', 'zorg-en-gezondheid']);
      expect(q4.themes.map((t) => t.themeId)).toEqual(year.themes.map((t) => t.themeId));
      expect(q4.conversations).toBe(0);
      expect(q4.quotes).toEqual({ released: false, items: [], more: false });
    });

    it('releases quotes only from quarters with at least k conversations', async () => {
      const year = await report('year=2026');
      const texts = year.quotes.items.map((q) => q.text).sort();
      expect(texts).toEqual(
        summaries
          .filter((s) => s.period.quarter !== 3)
          .flatMap((s) => s.quotes.map((q) => q.text))
          .sort(),
      );
      expect(year.quotes.released).toBe(true);
      expect((await report('year=2026&quarter=3')).quotes).toEqual({
        released: false,
        items: [],
        more: false,
      });
    });

    it('shows a count at k and k+1 but never at k−1', async () => {
      const driemondReader = await login(server.url, 'team-driemond');
      const read = async () =>
        (await (
          await getAggregates(server.url, driemondReader, 'driemond', 'year=2027&quarter=1')
        ).json()) as AggregatesReport;
      const send = (count: number) =>
        postSummaries(server.url, driemondDevice, {
          summaries: Array.from({ length: count }, () =>
            summary({
              areaId: 'driemond',
              period: { year: 2027, quarter: 1 },
              themeIds: [],
              quotes: [{ text: 'Hier helpen buren elkaar.' }],
            }),
          ),
        });
      await send(K - 1);
      expect(await read()).toMatchObject({
        conversations: { suppressed: true },
        quotes: { released: false, items: [] },
      });
      await send(1);
      expect(await read()).toMatchObject({ conversations: K, quotes: { released: true } });
      await send(1);
      const atKPlusOne = await read();
      expect(atKPlusOne.conversations).toBe(K + 1);
      expect(atKPlusOne.quotes.items).toHaveLength(K + 1);
      // Every conversation had the same profile: "all six were 'oudere'" is not shown either.
      expect(atKPlusOne.coverage.residentProfiles.every((p) => isSuppressed(p.conversations))).toBe(true);
    });

    it('lets an area team read only its own area', async () => {
      const response = await getAggregates(server.url, reader, 'driemond', 'year=2027');
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'forbidden', message: 'This account may not read this area' },
      });
    });

    it('never lets a device read, not even its own area', async () => {
      for (const [token, area] of [
        [gaasperdamDevice, 'gaasperdam'],
        [driemondDevice, 'gaasperdam'],
        [driemondDevice, 'driemond'],
      ] as const) {
        expect((await getAggregates(server.url, token, area, 'year=2026')).status).toBe(403);
      }
    });

    it('needs a session: none or an unknown one is 401, and signing out ends it', async () => {
      expect((await fetch(`${server.url}/api/areas/gaasperdam/aggregates?year=2026`)).status).toBe(401);
      expect((await getAggregates(server.url, 'bgr_unknown', 'gaasperdam', 'year=2026')).status).toBe(401);
      const session = await login(server.url, 'TEAM-Gaasperdam');
      expect((await getAggregates(server.url, session, 'gaasperdam', 'year=2026')).status).toBe(200);
      const logout = await fetch(`${server.url}/api/area-team/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session}` },
      });
      expect(logout.status).toBe(204);
      expect((await getAggregates(server.url, session, 'gaasperdam', 'year=2026')).status).toBe(401);
    });

    it('refuses a wrong password or an unknown account alike', async () => {
      for (const body of [
        { username: 'team-gaasperdam', password: 'wrong password' },
        { username: 'nobody', password: READER_PASSWORD },
      ]) {
        const response = await fetch(`${server.url}/api/area-team/login`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'invalid_credentials', message: 'Unknown username or wrong password' },
        });
      }
    });

    it.each(['', 'year=abc', 'year=2026&quarter=5', 'year=1999', 'quarter=1'])(
      'refuses the query "%s" with 400',
      async (query) => {
        const response = await getAggregates(server.url, reader, 'gaasperdam', query);
        expect(response.status).toBe(400);
        expect(
          ((await response.json()) as { error: { fields: unknown[] } }).error.fields.length,
        ).toBeGreaterThan(0);
      },
    );

    it('has no route that returns a single summary', async () => {
      const id = summaries[0]?.id ?? '';
      for (const path of [
        '/api/summaries',
        `/api/summaries/${id}`,
        `/api/areas/gaasperdam/summaries/${id}`,
      ]) {
        const response = await fetch(`${server.url}${path}`, {
          headers: { authorization: `Bearer ${reader}` },
        });
        expect(response.status).toBe(404);
      }
    });
  });
}
