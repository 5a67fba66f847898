import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES } from '../../src/domain/conversation';
import { VALUE_IDS } from '../../src/domain/values';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  deviceToken,
  login,
  migrated,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Thousands of random and hostile requests: whatever arrives, the answer is a 2xx or a 4xx with a
 * message in the error shape, never a 5xx, and the server keeps serving. Runs per database:
 * POST /api/summaries gets most; enrolment, sign-in and the aggregate query get the rest.
 */
const SUMMARY_RUNS = 1200;
const OTHER_RUNS = 300;
// Every well-formed sign-in costs a deliberate scrypt (tens of milliseconds): fewer of those.
const SIGN_IN_RUNS = 60;
const targets = await databaseTargets();

const HOSTILE_BODIES = [
  '',
  'null',
  '[]',
  '"summaries"',
  '{"summaries": null}',
  '{"summaries": {"0": {}}}',
  '{"__proto__": {"summaries": []}}',
  '{"summaries": [{"__proto__": {"revision": 1}}]}',
  '{"constructor": {"prototype": {"isAdmin": true}}}',
  '{"summaries": [1e400]}',
  '{"summaries": [{"revision": 123456789012345678901234567890}]}',
  '{"summaries": [{"id": "\\u0000"}]}',
  '{"summaries": [{"quotes": [{"text": "\\ud800"}]}]}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"summaries": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
  '{"summaries": [], "summaries": [1]}',
  '\u0000\u0001\u0002',
  '{"summaries": [',
  `{"summaries": [${Array(100_000).fill('0').join(',')}]}`,
];

/** A valid summary with one part replaced, removed or added to. */
const mutatedSummary = fc
  .record({
    base: fc.constant(null).map(() => summary({ quotes: [{ text: 'Buren kijken naar elkaar om.' }] })),
    path: fc.constantFrom(
      ['id'],
      ['revision'],
      ['areaId'],
      ['period'],
      ['period', 'year'],
      ['period', 'quarter'],
      ['guide', 'id'],
      ['guide', 'version'],
      ['residentProfile'],
      ['values'],
      ['values', 'autonomie'],
      ['values', 'compassie', 'missing'],
      ['themeIds'],
      ['obstacleThemeIds'],
      ['quotes'],
      ['quotes', '0'],
      ['quotes', '0', 'text'],
      ['extra'],
    ),
    action: fc.oneof(
      fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({
        kind: fc.constant('set' as const),
        value: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 600 }),
          fc.double(),
          fc.integer(),
          fc.constantFrom(-1, 0, 1.5, 2 ** 53, -0, '2026', 'wonen', 'WONEN', '../etc', null, [], {}),
        ),
      }),
      fc.constant({ kind: 'delete' as const }),
    ),
  })
  .map(({ base, path, action }) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    let target: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (typeof next !== 'object' || next === null) return copy;
      target = next as Record<string, unknown>;
    }
    const last = path.at(-1) ?? 'extra';
    if (action.kind === 'delete') delete target[last];
    else target[last] = action.value;
    return copy;
  });

const validSummary = fc
  .record({
    quarter: fc.constantFrom(1, 2, 3, 4),
    profile: fc.constantFrom(...CONVERSATION_PROFILES),
    counts: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
    themes: fc.subarray(['wonen', 'taal', 'veiligheid']),
    revision: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ quarter, profile, counts, themes, revision }) =>
    summary({
      revision,
      period: { year: 2026, quarter: quarter as 1 | 2 | 3 | 4 },
      residentProfile: profile,
      values: Object.fromEntries(
        VALUE_IDS.map((id, i) => [id, { experienced: counts[2 * i] ?? 0, missing: counts[2 * i + 1] ?? 0 }]),
      ) as ReturnType<typeof summary>['values'],
      themeIds: themes,
    }),
  );

const body = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(mutatedSummary, { minLength: 1, maxLength: 4 })
      .map((s) => JSON.stringify({ summaries: s })),
  },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify({ summaries: [value] })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_BODIES) },
  {
    weight: 1,
    arbitrary: fc
      .array(validSummary, { minLength: 1, maxLength: 5 })
      .map((s) => JSON.stringify({ summaries: s })),
  },
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  undefined,
);

async function expectHandled(response: Response): Promise<void> {
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  if (response.status >= 400) {
    const error = ((await response.json()) as { error?: { code?: unknown; message?: unknown } }).error;
    expect(typeof error?.code).toBe('string');
    expect(typeof error?.message === 'string' && error.message.length > 0).toBe(true);
  } else {
    await response.arrayBuffer();
  }
}

for (const target of targets) {
  describe.skipIf(!target.available)(`random and hostile requests (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let token: string;
    let reader: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'team');
      server = await startTestServer({
        db,
        logLevel: 'warn',
        env: { SUMMARY_RATE_LIMIT: '999999', SIGN_IN_RATE_LIMIT: '999999' },
      });
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      reader = await login(server.url, 'team');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it(`answers ${SUMMARY_RUNS} summary uploads with 2xx or a 4xx and a message, never 5xx`, async () => {
      const authorization = fc.oneof(
        { weight: 8, arbitrary: fc.constant(() => `Bearer ${token}`) },
        { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((s) => () => s) },
        { weight: 1, arbitrary: fc.constant(() => undefined) },
      );
      await fc.assert(
        fc.asyncProperty(body, contentType, authorization, async (payload, type, auth) => {
          const headers: Record<string, string> = {};
          if (type !== undefined) headers['content-type'] = type;
          const value = auth();
          // Header values must be Latin-1 without line breaks; fetch refuses anything else outright.
          if (value !== undefined && /^[\x20-\x7e]*$/.test(value)) headers.authorization = value;
          await expectHandled(
            await fetch(`${server.url}/api/summaries`, { method: 'POST', headers, body: payload }),
          );
        }),
        { numRuns: SUMMARY_RUNS },
      );
    });

    it(`answers ${OTHER_RUNS} enrolments and aggregate queries and ${SIGN_IN_RUNS} sign-ins the same way`, async () => {
      const post = (path: string, payload: string) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
        });
      const anyBody = fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.record({ code: fc.string({ unit: 'binary' }) }).map((v) => JSON.stringify(v)),
        fc
          .record({ username: fc.string(), password: fc.string({ maxLength: 300 }) })
          .map((v) => JSON.stringify(v)),
        fc.constantFrom(...HOSTILE_BODIES),
      );
      await fc.assert(
        fc.asyncProperty(anyBody, async (payload) => expectHandled(await post('/api/enrol', payload))),
        { numRuns: OTHER_RUNS },
      );
      await fc.assert(
        fc.asyncProperty(anyBody, async (payload) =>
          expectHandled(await post('/api/area-team/login', payload)),
        ),
        { numRuns: SIGN_IN_RUNS },
      );
      const query = fc.oneof(
        fc.string({ maxLength: 80 }).map((s) => encodeURIComponent(s)),
        fc
          .record({ year: fc.oneof(fc.integer(), fc.string()), quarter: fc.oneof(fc.integer(), fc.string()) })
          .map(
            ({ year, quarter }) =>
              `year=${encodeURIComponent(String(year))}&quarter=${encodeURIComponent(String(quarter))}`,
          ),
      );
      await fc.assert(
        fc.asyncProperty(
          query,
          fc.constantFrom('gaasperdam', 'driemond', '%00', '..%2F..'),
          async (q, area) => {
            await expectHandled(
              await fetch(`${server.url}/api/areas/${area}/aggregates?${q}`, {
                headers: { authorization: `Bearer ${reader}` },
              }),
            );
          },
        ),
        { numRuns: OTHER_RUNS },
      );
    });

    it('keeps serving afterwards, with counters that match the stored summaries', async () => {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const response = await fetch(`${server.url}/api/summaries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ summaries: [summary()] }),
      });
      expect(response.status).toBe(200);
      const [{ rows: stored }, { rows: counted }] = await Promise.all([
        db.query<{ n: number }>("select count(*) as n from summaries where area_id = 'gaasperdam'"),
        db.query<{ n: number }>(
          "select coalesce(sum(conversations), 0)::int8 as n from area_counts where area_id = 'gaasperdam' and dimension = 'n'",
        ),
      ]);
      expect(counted[0]?.n).toBe(stored[0]?.n);
      expect(server.logs.join('\n')).not.toContain('"level":50');
    });
  });
}
