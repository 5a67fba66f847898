import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../src/domain/guides/guide';
import type { ConsoleConfiguration } from '../../src/domain/wire/beheer-configuration';
import { parseGuideProposalList } from '../../src/domain/wire/guide-proposals';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { minimalGuide } from '../unit/domain/guides/fixtures';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, json, migrated, postSummaries, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const PASSWORD = 'de brug over de gaasp bij nacht';
// Words that must never reach the audit trail: the guide's own texts and a rejection's reason.
const QUESTION = 'Waar in de buurt voelt u zich het meest thuis?';
const REASON = 'Lijkt te veel op de algemene leidraad';

function ownGuide(overrides: Partial<Guide> = {}): Omit<Guide, 'builtIn'> {
  const base = minimalGuide();
  const { builtIn: _builtIn, ...guide } = {
    ...base,
    id: 'buurtwandeling',
    version: 1,
    title: 'Buurtwandeling',
    sections: base.sections.map((section, index) =>
      index === 2
        ? {
            ...section,
            prompts: [{ id: 'thuis', question: QUESTION, probes: ['Wat maakt dat zo?'], values: [] }],
          }
        : section,
    ),
    ...overrides,
  };
  return guide;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`guide proposals (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let device = { token: '', deviceId: '' };
    let otherDevice = { token: '', deviceId: '' };
    const sessions = { organisation: { cookie: '', csrf: '' }, driemond: { cookie: '', csrf: '' } };

    const propose = (guide: unknown, id: string = randomUUID(), bearer = device.token) =>
      fetch(`${server.url}/api/guide-proposals`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ id, guide }),
      });
    const outcomes = async (bearer = device.token) => {
      const response = await fetch(`${server.url}/api/guide-proposals`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(response.status).toBe(200);
      return parseGuideProposalList(await response.json())?.proposals;
    };
    const console = (path: string, body?: unknown, as: keyof typeof sessions = 'organisation') =>
      fetch(`${server.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(body === undefined ? {} : json),
          cookie: sessions[as].cookie,
          'x-csrf-token': sessions[as].csrf,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const audit = async (action: string) =>
      (
        await db.query<{ detail: Record<string, unknown>; area_id: string | null }>(
          'select detail, area_id from audit_entries where action = $1 order by id',
          [action],
        )
      ).rows;
    const withGuide = (guide: { id: string; version: number }) =>
      postSummaries(server.url, device.token, { summaries: [summary({ guide })] });

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      for (const [name, scope] of [
        ['organisation', { kind: 'organisation' }],
        ['driemond', { kind: 'area', areaId: AREAS.driemond.id }],
      ] as const) {
        const { id } = await createAccount(db, { username: `beheer-${name}`, password: PASSWORD });
        await grantRole(db, id, { role: 'beheerder', scope });
        const login = await fetch(`${server.url}/api/account/login`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ username: `beheer-${name}`, password: PASSWORD }),
        });
        sessions[name] = {
          cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
          csrf: ((await login.json()) as { csrfToken: string }).csrfToken,
        };
      }
      device = await deviceToken(db, AREAS.gaasperdam.id);
      otherDevice = await deviceToken(db, AREAS.gaasperdam.id);
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('refuses a guide in which the anonymiser still finds something, naming each field and kind, never the text', async () => {
      const guide = ownGuide();
      const sections = guide.sections.map((section, index) =>
        index === 3
          ? {
              ...section,
              prompts: [
                {
                  id: 'buren',
                  question: 'Hoe gaat het met Fatima Yilmaz?',
                  probes: ['Goed', 'Bel 0612345678'],
                  values: [],
                },
              ],
            }
          : section,
      );
      const response = await propose({ ...guide, sections });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain('Fatima');
      expect(text).not.toContain('0612345678');
      const { error } = JSON.parse(text) as ApiErrorBody;
      expect(error.code).toBe('personal_details');
      expect(error.fields).toEqual([
        { path: 'body/guide/sections/3/prompts/0/question', message: expect.stringMatching(/\(person\)/) },
        { path: 'body/guide/sections/3/prompts/0/probes/1', message: expect.stringMatching(/\(phone\)/) },
      ]);
      expect(await outcomes()).toEqual([]);
    });

    it('stores a proposal once, lists it in the console, and publishes it: summaries naming it count from then on', async () => {
      const id = randomUUID();
      expect((await propose(ownGuide(), id)).status).toBe(201);
      expect((await propose(ownGuide(), id)).status).toBe(200);
      expect((await propose(ownGuide(), id, otherDevice.token)).status).toBe(409);
      expect(await outcomes()).toEqual([{ id, status: 'pending' }]);
      // Until published it is named in no summary the server accepts.
      const refused = await withGuide({ id: 'buurtwandeling', version: 1 });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as ApiErrorBody).error.code).toBe('unknown_ids');

      const listed = (await (
        await console(`/api/beheer/areas/${AREAS.gaasperdam.id}/configuration`)
      ).json()) as ConsoleConfiguration;
      expect(listed.guideProposals).toEqual([
        expect.objectContaining({ id, guide: expect.objectContaining({ title: 'Buurtwandeling' }) }),
      ]);

      const preview = await console(`/api/beheer/guide-proposals/${id}/publish`, { preview: true });
      expect(preview.status).toBe(200);
      expect(await preview.json()).toMatchObject({ applied: false, preview: { areas: 1, devices: 2 } });
      expect(await outcomes()).toEqual([{ id, status: 'pending' }]);

      const published = await console(`/api/beheer/guide-proposals/${id}/publish`, {});
      expect(published.status).toBe(200);
      expect(await published.json()).toMatchObject({
        applied: true,
        guide: { id: 'buurtwandeling', version: 1 },
      });
      expect(await outcomes()).toEqual([
        { id, status: 'published', guide: { id: 'buurtwandeling', version: 1 } },
      ]);
      expect((await withGuide({ id: 'buurtwandeling', version: 1 })).status).toBe(200);
      // Devices fetch its text like any published guide's.
      const text = await fetch(`${server.url}/api/guides/buurtwandeling/1`, {
        headers: { authorization: `Bearer ${otherDevice.token}` },
      });
      expect(text.status).toBe(200);
      expect(JSON.stringify(await text.json())).toContain(QUESTION);
      // A decision is final.
      expect((await console(`/api/beheer/guide-proposals/${id}/reject`, { reason: REASON })).status).toBe(
        409,
      );

      expect(await audit('guide_proposal.receive')).toEqual([
        {
          area_id: 'gaasperdam',
          detail: { proposalId: id, guideId: 'buurtwandeling', version: 1, language: 'nl' },
        },
      ]);
      expect(await audit('guide_proposal.publish')).toEqual([
        {
          area_id: 'gaasperdam',
          detail: expect.objectContaining({ proposalId: id, guideId: 'buurtwandeling', version: 1 }),
        },
      ]);
      expect((await audit('configuration.change')).at(-1)?.detail).toMatchObject({
        change: 'publish-guide',
        proposalId: expect.any(String),
      });
    });

    it('gives a guide whose id another guide holds a fresh id, which the device learns', async () => {
      const id = randomUUID();
      const clash = ownGuide({ title: 'Buurtwandeling anders' });
      expect((await propose(clash, id, otherDevice.token)).status).toBe(201);
      const published = await console(`/api/beheer/guide-proposals/${id}/publish`, {});
      expect(await published.json()).toMatchObject({ guide: { id: 'buurtwandeling-anders', version: 1 } });
      expect(await outcomes(otherDevice.token)).toEqual([
        { id, status: 'published', guide: { id: 'buurtwandeling-anders', version: 1 } },
      ]);
    });

    it('rejects with a reason the device is shown and the trail is not, and refuses the wrong administrator', async () => {
      const id = randomUUID();
      expect((await propose(ownGuide({ id: 'nog-een', title: 'Nog een' }), id)).status).toBe(201);
      // An administrator of another area may not decide on it.
      expect(
        (await console(`/api/beheer/guide-proposals/${id}/reject`, { reason: REASON }, 'driemond')).status,
      ).toBe(403);
      expect((await console(`/api/beheer/guide-proposals/${id}/publish`, {}, 'driemond')).status).toBe(403);
      const empty = await console(`/api/beheer/guide-proposals/${id}/reject`, { reason: '  ' });
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as ApiErrorBody).error.fields?.[0]?.path).toBe('body/reason');
      expect((await console(`/api/beheer/guide-proposals/${id}/reject`, { reason: REASON })).status).toBe(
        204,
      );
      expect(await outcomes()).toContainEqual({ id, status: 'rejected', reason: REASON });
      expect((await withGuide({ id: 'nog-een', version: 1 })).status).toBe(400);
      expect(await audit('guide_proposal.reject')).toEqual([
        { area_id: 'gaasperdam', detail: { proposalId: id, guideId: 'nog-een', version: 1 } },
      ]);
      const trail = JSON.stringify((await db.query('select * from audit_entries')).rows);
      expect(trail).not.toContain(QUESTION);
      expect(trail).not.toContain(REASON);
    });
  });
}
