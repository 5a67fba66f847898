import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UUID_V4_PATTERN, uuidv7 } from '../../src/domain/uuid';
import { SUMMARY_LIMITS, type SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  addThemesToCodebook,
  counter,
  createAreas,
  deviceToken,
  migrated,
  noValues,
  postSummaries,
  storedCount,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const QUOTE_MARKER = 'QUOTE-5b1e-mijn-buurvrouw-zei';
const NAMED_QUOTE = 'Mijn buurvrouw Fatima Yilmaz kookt elke vrijdag voor de straat.';
const targets = await databaseTargets();

async function results(response: Response): Promise<SummaryBatchResponse['results']> {
  expect(response.status).toBe(200);
  return ((await response.json()) as SummaryBatchResponse).results;
}

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`POST /api/summaries (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let token: string;
    let secondToken: string;
    let driemondToken: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'trace' });
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      secondToken = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      driemondToken = (await deviceToken(db, AREAS.driemond.id)).token;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('stores a batch and answers per summary, in the order sent', async () => {
      const batch = [summary({ quotes: [{ text: QUOTE_MARKER }] }), summary(), summary()];
      expect(await results(await postSummaries(server.url, token, { summaries: batch }))).toEqual(
        batch.map(({ id }) => ({ id, status: 'stored' })),
      );
      expect(await counter(db, 'gaasperdam', 'n')).toBe(3);
      expect(await counter(db, 'gaasperdam', 'te', 'wonen/autonomie')).toBe(3);
    });

    it('counts the same batch sent twice once, answering "duplicate"', async () => {
      const batch = [summary({ themeIds: ['taal'] }), summary({ themeIds: ['taal'] })];
      await results(await postSummaries(server.url, token, { summaries: batch }));
      const again = await results(await postSummaries(server.url, token, { summaries: batch }));
      expect(again.map((item) => item.status)).toEqual(['duplicate', 'duplicate']);
      expect(await counter(db, 'gaasperdam', 't', 'taal')).toBe(2);
    });

    it('takes random (v4) ids, and the time-ordered v7 ids older app versions still have queued', async () => {
      const fresh = summary();
      const queued = summary({ id: uuidv7() });
      expect(fresh.id).toMatch(UUID_V4_PATTERN);
      expect(await results(await postSummaries(server.url, token, { summaries: [fresh, queued] }))).toEqual([
        { id: fresh.id, status: 'stored' },
        { id: queued.id, status: 'stored' },
      ]);
    });

    it('counts a batch sent at once by two clients (two tabs, two devices) once', async () => {
      const batch = Array.from({ length: 40 }, () => summary({ themeIds: ['veiligheid'] }));
      const answers = await Promise.all(
        [token, secondToken, token, secondToken].map((t) =>
          postSummaries(server.url, t, { summaries: batch }),
        ),
      );
      const statuses = (await Promise.all(answers.map(results))).map((items) => items.map((i) => i.status));
      for (let index = 0; index < batch.length; index++) {
        const forThisSummary = statuses.map((list) => list[index]).sort();
        expect(forThisSummary).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
      }
      expect(await counter(db, 'gaasperdam', 't', 'veiligheid')).toBe(40);
    });

    it('replaces a summary with a higher revision, in the counters too, and ignores a stale one', async () => {
      const first = summary({ themeIds: ['mantelzorg'], period: { year: 2026, quarter: 1 } });
      await results(await postSummaries(server.url, token, { summaries: [first] }));
      const corrected = {
        ...first,
        revision: 2,
        themeIds: ['eenzaamheid'],
        period: { year: 2026, quarter: 3 },
      };
      const replaced = await results(await postSummaries(server.url, token, { summaries: [corrected] }));
      expect(replaced).toEqual([{ id: first.id, status: 'replaced' }]);
      const stale = await results(await postSummaries(server.url, token, { summaries: [first] }));
      expect(stale).toEqual([{ id: first.id, status: 'stale' }]);
      expect(await counter(db, 'gaasperdam', 't', 'mantelzorg')).toBe(0);
      expect(await counter(db, 'gaasperdam', 't', 'eenzaamheid')).toBe(1);
      const { rows } = await db.query<{ quarter: number; n: number }>(
        `select quarter, conversations as n from area_counts
          where area_id = 'gaasperdam' and dimension = 't' and key = 'eenzaamheid' and conversations > 0`,
      );
      expect(rows).toEqual([{ quarter: 3, n: 1 }]);
    });

    it('answers two revisions of one id in one batch as if the higher came first', async () => {
      const base = summary({ themeIds: ['onderwijs'] });
      const answer = await results(
        await postSummaries(server.url, token, {
          summaries: [base, { ...base, revision: 3 }, { ...base, revision: 3 }, { ...base, revision: 2 }],
        }),
      );
      expect(answer.map((item) => item.status)).toEqual(['stale', 'stored', 'duplicate', 'stale']);
      const { rows } = await db.query('select revision from summaries where id = $1', [base.id]);
      expect(rows).toEqual([{ revision: 3 }]);
      expect(await counter(db, 'gaasperdam', 't', 'onderwijs')).toBe(1);
    });

    it('replaces the quotes of a corrected summary', async () => {
      const first = summary({ quotes: [{ text: 'eerste' }, { text: 'tweede' }] });
      await results(await postSummaries(server.url, token, { summaries: [first] }));
      await results(
        await postSummaries(server.url, token, {
          summaries: [{ ...first, revision: 2, quotes: [{ text: 'derde' }] }],
        }),
      );
      const { rows } = await db.query('select text from summary_quotes where summary_id = $1', [first.id]);
      expect(rows).toEqual([{ text: 'derde' }]);
    });

    it('refuses a quote in which the anonymiser still finds details, naming it but never its text', async () => {
      const before = await storedCount(db);
      const named = summary({
        quotes: [{ text: 'We helpen elkaar.' }, { text: `${NAMED_QUOTE} Bel haar op 06-23456789.` }],
      });
      const response = await postSummaries(server.url, token, { summaries: [summary(), named] });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error).toMatchObject({
        code: 'personal_details',
        message: 'A quote still holds personal details',
      });
      expect(error.fields?.map((field) => field.path)).toEqual(['body/summaries/1/quotes/1/text']);
      expect(error.fields?.[0]?.message).toMatch(/person.*phone|phone.*person/);
      expect(JSON.stringify(error)).not.toMatch(/Fatima|Yilmaz|23456789/);
      expect(await storedCount(db)).toBe(before);
    });

    it('refuses invalid summaries with 400 and a list of fields, storing nothing', async () => {
      const before = await storedCount(db);
      const bad = { ...summary(), note: 'Jan woont op nummer 12', revision: 0 };
      const response = await postSummaries(server.url, token, {
        summaries: [
          summary(),
          bad,
          { ...summary(), values: { ...noValues(), autonomie: { experienced: 1 } } },
        ],
      });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_request',
        message: 'The request has invalid fields',
        fields: [
          { path: 'body/summaries/1/revision', message: 'must be 1 or more' },
          { path: 'body/summaries/1/note', message: 'is not an allowed field' },
          { path: 'body/summaries/2/values/autonomie/missing', message: 'is required' },
        ],
      });
      expect(await storedCount(db)).toBe(before);
    });

    it(`refuses more than ${SUMMARY_LIMITS.batchSize} summaries, and an empty batch`, async () => {
      const tooMany = Array.from({ length: SUMMARY_LIMITS.batchSize + 1 }, () => summary());
      const response = await postSummaries(server.url, token, { summaries: tooMany });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).fields).toEqual([
        { path: 'body/summaries', message: 'must have at most 100 summaries' },
      ]);
      expect((await postSummaries(server.url, token, { summaries: [] })).status).toBe(400);
    });

    it('refuses a body over the batch size limit with 413', async () => {
      const padding = 'x'.repeat(SUMMARY_LIMITS.batchBytes);
      const response = await postSummaries(server.url, token, { summaries: [summary()], padding });
      expect(response.status).toBe(413);
      expect(await errorOf(response)).toEqual({
        code: 'payload_too_large',
        message: 'The request body is larger than 2 MiB',
      });
    });

    it('accepts the largest valid batch', async () => {
      const quote = { text: `${'ë'.repeat(SUMMARY_LIMITS.quoteLength - 1)}"` };
      const themeIds = Array.from({ length: SUMMARY_LIMITS.themes }, (_, i) => `${'t'.repeat(60)}-${i}`);
      await addThemesToCodebook(db, themeIds);
      const largest = Array.from({ length: SUMMARY_LIMITS.batchSize }, () =>
        summary({ themeIds, obstacleThemeIds: themeIds, quotes: Array(SUMMARY_LIMITS.quotes).fill(quote) }),
      );
      expect((await results(await postSummaries(server.url, token, { summaries: largest }))).length).toBe(
        100,
      );
    });

    it('lets a device write only to its own area', async () => {
      const before = await storedCount(db);
      const response = await postSummaries(server.url, driemondToken, { summaries: [summary()] });
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatchObject({
        code: 'wrong_area',
        fields: [{ path: 'body/summaries/0/areaId', message: 'is not the area this device is enrolled in' }],
      });
      // Nor can it take over a summary of another area by its id.
      const existing = summary();
      await results(await postSummaries(server.url, token, { summaries: [existing] }));
      const takeover = { ...existing, revision: 2, areaId: AREAS.driemond.id };
      expect((await postSummaries(server.url, driemondToken, { summaries: [takeover] })).status).toBe(403);
      expect(await storedCount(db)).toBe(before + 1);
      expect(await counter(db, 'driemond', 'n')).toBe(0);
    });

    it('needs a device token: none, an unknown one or another scheme is 401', async () => {
      for (const authorization of [undefined, 'Bearer bgd_unknown', `Basic ${btoa('a:b')}`]) {
        const response = await fetch(`${server.url}/api/summaries`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(authorization === undefined ? {} : { authorization }),
          },
          body: JSON.stringify({ summaries: [summary()] }),
        });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect((await errorOf(response)).message).toMatch(/token/);
      }
    });

    it('limits the rate per device with 429, leaving other devices alone', async () => {
      const limited = await startTestServer({ db, env: { SUMMARY_RATE_LIMIT: '3' } });
      try {
        const send = (t: string) => postSummaries(limited.url, t, { summaries: [summary()] });
        for (let i = 0; i < 3; i++) expect((await send(token)).status).toBe(200);
        const refused = await send(token);
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await errorOf(refused)).toMatchObject({ code: 'too_many_requests' });
        expect((await send(secondToken)).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('never logs quote text or tokens', () => {
      const logs = server.logs.join('\n');
      expect(logs).toContain('/api/summaries');
      for (const secret of [
        QUOTE_MARKER,
        token,
        secondToken,
        driemondToken,
        'Jan woont',
        'Yilmaz',
        '23456789',
      ]) {
        expect(logs).not.toContain(secret);
      }
    });
  });
}
