import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import { type ConfigurationResponse, parseConfigurationResponse } from '../../src/domain/wire/configuration';
import type { Summary, SummaryBatchResponse } from '../../src/domain/wire/summary';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
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
  storedCount,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

function getConfiguration(baseUrl: string, token: string, etag?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/configuration`, {
    headers: { authorization: `Bearer ${token}`, ...(etag === undefined ? {} : { 'if-none-match': etag }) },
  });
}

async function configurationOf(response: Response): Promise<ConfigurationResponse> {
  expect(response.status).toBe(200);
  const parsed = parseConfigurationResponse(await response.json());
  if (parsed === undefined) throw new Error('the answer does not fit the configuration schema');
  return parsed;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`the area's configuration (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let token: string;
    let driemondToken: string;

    async function admin(...argv: string[]): Promise<string> {
      const out: string[] = [];
      const err: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin([...argv, '--by', 'beheerder-anna'], async () => handle, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readLine: async () => '',
      });
      if (code !== 0) throw new Error(`admin ${argv.join(' ')} failed (${code}): ${err.join('\n')}`);
      return out.join('\n');
    }

    async function refusal(response: Response): Promise<ApiErrorBody['error']> {
      expect(response.status).toBe(400);
      return ((await response.json()) as ApiErrorBody).error;
    }

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SUMMARY_RATE_LIMIT: '1000' } });
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      driemondToken = (await deviceToken(db, AREAS.driemond.id)).token;
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('serves the built-in configuration to an enrolled device of an installation nobody configured', async () => {
      const answer = await configurationOf(await getConfiguration(server.url, token));
      expect(answer).toMatchObject({ areaId: 'gaasperdam', version: 0 });
      expect(answer.configuration.codebook.themes.map((t) => t.id)).toContain('geldzorgen-en-schulden');
      expect(answer.configuration.guides).toContainEqual({ id: 'algemeen', version: 1 });
      expect(answer.configuration.suppressionK).toBe(5);
      expect((await fetch(`${server.url}/api/configuration`)).status).toBe(401);
    });

    it('answers 304 while unchanged, and a new version with a new ETag after a change', async () => {
      const first = await getConfiguration(server.url, token);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const before = await configurationOf(first);
      const unchanged = await getConfiguration(server.url, token, etag ?? '');
      expect(unchanged.status).toBe(304);
      expect(await unchanged.text()).toBe('');

      expect(
        await admin('add-theme', '--nl', 'Schulden bij de buren', '--en', 'Owing the neighbours'),
      ).toMatch(/Added theme schulden-bij-de-buren/);
      const changed = await getConfiguration(server.url, token, etag ?? '');
      expect(changed.headers.get('etag')).not.toBe(etag);
      const after = await configurationOf(changed);
      expect(after.version).toBeGreaterThan(before.version);
      expect(after.configuration.codebook.themes.at(-1)).toEqual({
        id: 'schulden-bij-de-buren',
        labels: { nl: 'Schulden bij de buren', en: 'Owing the neighbours' },
        retired: false,
      });
      expect(await admin('list-changes')).toMatch(/beheerder-anna\torganisation\tadd-theme/);
    });

    it('gives an area its own overrides without touching other areas', async () => {
      await admin('add-theme', '--nl', 'Het veer', '--en', 'The ferry', '--area', 'driemond');
      await admin('set-k', '7', '--area', 'driemond');
      const driemond = await configurationOf(await getConfiguration(server.url, driemondToken));
      const gaasperdam = await configurationOf(await getConfiguration(server.url, token));
      expect(driemond.configuration.codebook.themes.map((t) => t.id)).toContain('het-veer');
      expect(driemond.configuration.suppressionK).toBe(7);
      expect(gaasperdam.configuration.codebook.themes.map((t) => t.id)).not.toContain('het-veer');
      expect(gaasperdam.configuration.suppressionK).toBe(5);
      // Summaries of Gaasperdam may not name Driemond's theme.
      const response = await postSummaries(server.url, token, {
        summaries: [summary({ themeIds: ['het-veer'] })],
      });
      expect((await refusal(response)).fields).toEqual([
        {
          path: 'body/summaries/0/themeIds/0',
          message: 'names theme "het-veer", which is not in this area\'s codebook',
        },
      ]);
    });

    it("applies a group's layer to the areas in the group, the area's own layer still winning", async () => {
      await admin('create-group', '--name', 'Zuidoost');
      const before = await configurationOf(await getConfiguration(server.url, token));
      await admin('set-area-group', '--area', 'gaasperdam', '--group', 'zuidoost');
      await admin('set-area-group', '--area', 'driemond', '--group', 'zuidoost');
      const moved = await configurationOf(await getConfiguration(server.url, token));
      expect(moved.version).toBeGreaterThan(before.version);
      await admin('set-k', '6', '--group', 'zuidoost');
      const gaasperdam = await configurationOf(await getConfiguration(server.url, token));
      const driemond = await configurationOf(await getConfiguration(server.url, driemondToken));
      expect(gaasperdam.configuration.suppressionK).toBe(6);
      expect(driemond.configuration.suppressionK).toBe(7);
      expect(await admin('list-groups')).toBe('zuidoost\tZuidoost\tdriemond, gaasperdam');
      await admin('set-area-group', '--area', 'gaasperdam', '--group', 'none');
      expect(
        (await configurationOf(await getConfiguration(server.url, token))).configuration.suppressionK,
      ).toBe(5);
    });

    it("suppresses an area's figures with its configured k, never below the server's", async () => {
      await createReaderAccount(db, AREAS.driemond.id, `driemond-${target.kind}`);
      const reader = await login(server.url, `driemond-${target.kind}`);
      const report = async () =>
        (
          (await (
            await getAggregates(server.url, reader, 'driemond', 'year=2026')
          ).json()) as AggregatesReport
        ).k;
      expect(await report()).toBe(7);
      await admin('set-k', '4', '--area', 'driemond');
      // SUPPRESSION_K is 5 on this server: an area's lower setting does not weaken it.
      expect(await report()).toBe(5);
    });

    it('refuses unknown theme and guide ids per summary, naming the field and the id, storing nothing', async () => {
      const before = await storedCount(db);
      const batch = [
        summary(),
        summary({ themeIds: ['wonen', 'geldzorgen'], obstacleThemeIds: ['schulden'] }),
        summary({ guide: { id: 'mijn-eigen-leidraad', version: 1 } }),
        summary({ guide: { id: 'algemeen', version: 9 } }),
      ];
      const error = await refusal(await postSummaries(server.url, token, { summaries: batch }));
      expect(error.code).toBe('unknown_ids');
      expect(error.fields).toEqual([
        {
          path: 'body/summaries/1/themeIds/1',
          message: 'names theme "geldzorgen", which is not in this area\'s codebook',
        },
        {
          path: 'body/summaries/1/obstacleThemeIds/0',
          message: 'names theme "schulden", which is not in this area\'s codebook',
        },
        {
          path: 'body/summaries/2/guide/id',
          message: 'names guide "mijn-eigen-leidraad", which is not published for this area',
        },
        {
          path: 'body/summaries/3/guide/version',
          message: 'names version 9 of guide "algemeen", which is not published for this area',
        },
      ]);
      expect(await storedCount(db)).toBe(before);
    });

    it('accepts a retired theme for the periods before its retirement, and refuses it after', async () => {
      await admin('retire-theme', 'taal', '--from', '2027-Q2');
      expect(await admin('show-configuration')).toContain('  taal\tTaal / Language\tretired from 2027-Q2');
      const old = summary({ period: { year: 2027, quarter: 1 }, themeIds: ['taal'] });
      const late = summary({ period: { year: 2027, quarter: 2 }, themeIds: ['taal'] });
      const stored = await postSummaries(server.url, token, { summaries: [old] });
      expect(stored.status).toBe(200);
      expect(((await stored.json()) as SummaryBatchResponse).results).toEqual([
        { id: old.id, status: 'stored' },
      ]);
      expect((await refusal(await postSummaries(server.url, token, { summaries: [late] }))).fields).toEqual([
        {
          path: 'body/summaries/0/themeIds/0',
          message: 'names theme "taal", which was retired before this summary\'s period',
        },
      ]);
      const theme = (
        await configurationOf(await getConfiguration(server.url, token))
      ).configuration.codebook.themes.find((t) => t.id === 'taal');
      expect(theme).toMatchObject({
        labels: { nl: 'Taal' },
        retired: true,
        retiredFrom: { year: 2027, quarter: 2 },
      });
    });

    it('accepts a guide version once it is published', async () => {
      const next = summary({ guide: { id: 'algemeen', version: 2 } });
      expect((await postSummaries(server.url, token, { summaries: [next] })).status).toBe(400);
      await admin('publish-guide', '--id', 'algemeen', '--version', '2');
      expect((await postSummaries(server.url, token, { summaries: [next] })).status).toBe(200);
    });

    it('records the device that sent a summary, and removing the device takes back what it sent', async () => {
      const own = await deviceToken(db, AREAS.gaasperdam.id);
      await createReaderAccount(db, AREAS.gaasperdam.id, `team-${target.kind}`);
      const reader = await login(server.url, `team-${target.kind}`);
      const year = 2029;
      const keep = Array.from({ length: 6 }, () =>
        summary({ period: { year, quarter: 1 }, themeIds: ['veiligheid'] }),
      );
      const sent = Array.from({ length: 4 }, () =>
        summary({ period: { year, quarter: 1 }, themeIds: ['veiligheid'] }),
      );
      expect((await postSummaries(server.url, token, { summaries: keep })).status).toBe(200);
      expect((await postSummaries(server.url, own.token, { summaries: sent })).status).toBe(200);
      const { rows } = await db.query<{ n: number }>(
        'select count(*) as n from summaries where device_id = $1::uuid',
        [own.deviceId],
      );
      expect(rows[0]?.n).toBe(4);
      const report = await getAggregates(server.url, reader, 'gaasperdam', `year=${year}`);
      const text = await report.text();
      expect(text).not.toContain(own.deviceId);
      expect((JSON.parse(text) as AggregatesReport).conversations).toBe(10);

      expect(await admin('remove-device', own.deviceId)).toMatch(/removed 4 summaries/);
      const after = (await (
        await getAggregates(server.url, reader, 'gaasperdam', `year=${year}`)
      ).json()) as AggregatesReport;
      expect(after.conversations).toBe(6);
      expect((await postSummaries(server.url, own.token, { summaries: sent })).status).toBe(403);
    });

    it('keeps answering aggregates normally after 5,000 summaries with made-up ids from one device', async () => {
      const hostile = await deviceToken(db, AREAS.gaasperdam.id);
      await createReaderAccount(db, AREAS.gaasperdam.id, `hostile-${target.kind}`);
      const reader = await login(server.url, `hostile-${target.kind}`);
      const baseline = await (await getAggregates(server.url, reader, 'gaasperdam', 'year=2026')).text();
      const stored = await storedCount(db);
      const madeUpId = fc
        .stringMatching(/^[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,2}$/)
        .filter((id) => id.length <= 64);
      const known = ['wonen', 'veiligheid', 'onderwijs'];
      const hostileSummary = fc
        .record({
          themes: fc.uniqueArray(fc.oneof(madeUpId, fc.constantFrom(...known)), {
            minLength: 1,
            maxLength: 30,
          }),
          guide: fc.oneof(madeUpId, fc.constant('algemeen')),
          version: fc.integer({ min: 1, max: 1_000_000 }),
        })
        .map(
          ({ themes, guide, version }): Summary =>
            summary({ themeIds: themes, guide: { id: guide, version } }),
        );
      const knows = (s: Summary) =>
        s.themeIds.every((id) => known.includes(id)) && s.guide.id === 'algemeen' && s.guide.version <= 2;
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileSummary, { minLength: 100, maxLength: 100 }).filter((batch) => !batch.every(knows)),
          async (batch) => {
            const response = await postSummaries(server.url, hostile.token, { summaries: batch });
            const error = await refusal(response);
            const named = new Set((error.fields ?? []).map((field) => field.path.split('/')[2]));
            const firstUnknown = batch.findIndex((s) => !knows(s));
            expect(named.has(String(firstUnknown))).toBe(true);
          },
        ),
        { numRuns: 50 },
      );
      expect(await storedCount(db)).toBe(stored);
      const after = await getAggregates(server.url, reader, 'gaasperdam', 'year=2026');
      expect(after.status).toBe(200);
      expect(await after.text()).toBe(baseline);
    });
  });
}
