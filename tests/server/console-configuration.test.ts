import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { algemeenNl } from '../../src/domain/guides/built-in/algemeen.nl';
import { serialiseGuide } from '../../src/domain/guides/file';
import type {
  ConfigurationChangeAnswer,
  ConsoleConfiguration,
} from '../../src/domain/wire/beheer-configuration';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import { looksLikeSecret } from '../../src/server/audit/record';
import type { Database } from '../../src/server/db/database';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, json, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const PASSWORD = 'de brug over de gaasp bij nacht';
const GAASPERDAM = `/api/beheer/areas/${AREAS.gaasperdam.id}`;

for (const target of targets) {
  describe.skipIf(!target.available)(`the console's configuration routes (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let cookie = '';
    let csrf = '';
    let adminId = '';
    let device = { token: '', deviceId: '' };

    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : json), cookie, 'x-csrf-token': csrf },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const change = async (path: string, edit: unknown, preview = false) => {
      const response = await call('POST', `${path}/configuration/changes`, { edit, preview });
      return { status: response.status, body: (await response.json()) as ConfigurationChangeAnswer };
    };
    const configuration = async (path = GAASPERDAM): Promise<ConsoleConfiguration> =>
      (await (await call('GET', `${path}/configuration`)).json()) as ConsoleConfiguration;
    const deviceEtag = async () =>
      (
        await fetch(`${server.url}/api/configuration`, {
          headers: { authorization: `Bearer ${device.token}` },
        })
      ).headers.get('etag');
    const auditRows = async (action: string) =>
      (
        await db.query<{
          actor_kind: string;
          actor_id: string | null;
          area_id: string | null;
          detail: Record<string, unknown>;
        }>('select actor_kind, actor_id, area_id, detail from audit_entries where action = $1 order by id', [
          action,
        ])
      ).rows;
    const propose = async (text: string) => {
      const id = randomUUID();
      const response = await fetch(`${server.url}/api/proposals`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${device.token}` },
        body: JSON.stringify({ id, kind: 'theme', text }),
      });
      expect(response.status).toBe(201);
      return id;
    };

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      adminId = (await createAccount(db, { username: 'beheer', name: 'Test beheer', password: PASSWORD })).id;
      await grantRole(db, adminId, { role: 'beheerder', scope: { kind: 'organisation' } });
      const login = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'beheer', password: PASSWORD }),
      });
      cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
      device = await deviceToken(db, AREAS.gaasperdam.id);
      // A revoked device does not follow changes any more: it is not counted in a preview.
      const revoked = await deviceToken(db, AREAS.gaasperdam.id);
      await db.query('update devices set revoked_at = now() where id = $1::uuid', [revoked.deviceId]);
      await deviceToken(db, AREAS.driemond.id);
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('previews a new theme for the devices that follow the area, storing nothing, then applies it', async () => {
      const before = await configuration();
      const etag = await deviceEtag();
      const changesBefore = (await auditRows('configuration.change')).length;

      const preview = await change(
        GAASPERDAM,
        { kind: 'add-theme', labels: { nl: 'Speelplekken', en: 'Play areas' } },
        true,
      );
      expect(preview.status).toBe(200);
      expect(preview.body.applied).toBe(false);
      expect(preview.body.preview).toMatchObject({ areas: 1, devices: 1 });
      expect(preview.body.preview.diff.themesAdded).toHaveLength(1);
      expect((await configuration()).version).toBe(before.version);
      expect(await deviceEtag()).toBe(etag);
      expect(await auditRows('configuration.change')).toHaveLength(changesBefore);

      const applied = await change(GAASPERDAM, {
        kind: 'add-theme',
        labels: { nl: 'Speelplekken', en: 'Play areas' },
        description: { nl: ' Pleintjes en speeltuinen ', en: '' },
      });
      expect(applied.status).toBe(200);
      expect(applied.body.applied).toBe(true);
      expect(applied.body.themeId).toBe('speelplekken');
      const after = await configuration();
      expect(after.version).toBeGreaterThan(before.version);
      // The description given on add comes with it, tidied, the English falling back to the Dutch.
      expect(after.configuration.codebook.themes.find((t) => t.id === 'speelplekken')?.description).toEqual({
        nl: 'Pleintjes en speeltuinen',
        en: 'Pleintjes en speeltuinen',
      });
      // Driemond's devices follow their own area: the theme is not theirs.
      expect(
        (await configuration(`/api/beheer/areas/${AREAS.driemond.id}`)).configuration.codebook.themes.map(
          (t) => t.id,
        ),
      ).not.toContain('speelplekken');
      expect(await deviceEtag()).not.toBe(etag);
      const [entry] = (await auditRows('configuration.change')).slice(changesBefore);
      expect(entry).toMatchObject({ actor_kind: 'account', actor_id: adminId, area_id: AREAS.gaasperdam.id });
      expect(entry?.detail).toMatchObject({ change: 'add-theme', scope: 'area:gaasperdam' });
    });

    it('retires and restores a theme, never deletes it, and counts an organisation change in every area', async () => {
      const retire = await change(GAASPERDAM, {
        kind: 'retire-theme',
        id: 'speelplekken',
        from: { year: 2027, quarter: 1 },
      });
      expect(retire.body.preview.diff.themesRetired).toEqual(['speelplekken']);
      const retired = (await configuration()).configuration.codebook.themes.find(
        (t) => t.id === 'speelplekken',
      );
      expect(retired).toMatchObject({ retired: true, retiredFrom: { year: 2027, quarter: 1 } });
      expect(
        (
          await change(GAASPERDAM, {
            kind: 'retire-theme',
            id: 'speelplekken',
            from: { year: 2027, quarter: 1 },
          })
        ).status,
      ).toBe(409);
      const restore = await change(GAASPERDAM, { kind: 'restore-theme', id: 'speelplekken' });
      expect(restore.body.preview.diff.themesRestored).toEqual(['speelplekken']);

      const organisation = await change('/api/beheer', { kind: 'set-k', k: 7 }, true);
      expect(organisation.body.preview).toMatchObject({
        areas: 2,
        devices: 2,
        diff: { suppressionK: { from: 5, to: 7 } },
      });
    });

    it('refuses k below 3, unknown themes and bad guide files, naming why and changing nothing', async () => {
      const version = (await configuration()).version;
      const low = await call('POST', '/api/beheer/configuration/changes', { edit: { kind: 'set-k', k: 2 } });
      expect(low.status).toBe(400);
      expect(((await low.json()) as { error: { code: string } }).error.code).toBe('k_too_low');
      const unknown = await change(GAASPERDAM, {
        kind: 'rename-theme',
        id: 'bestaat-niet',
        labels: { nl: 'X', en: 'X' },
      });
      expect(unknown.status, JSON.stringify(unknown.body)).toBe(404);
      const bad = await call('POST', `${GAASPERDAM}/configuration/changes`, {
        edit: { kind: 'publish-guide', file: '{"nope":1}' },
      });
      expect(bad.status).toBe(400);
      expect((await configuration()).version).toBe(version);
    });

    it('sets profiles, retention and theme details, and publishes a guide from its file', async () => {
      expect(
        (await change(GAASPERDAM, { kind: 'set-profiles', profiles: ['oudere', 'algemeen'] })).body.preview
          .diff.profilesRemoved.length,
      ).toBeGreaterThan(0);
      expect((await configuration()).configuration.residentProfiles).toEqual(['oudere', 'algemeen']);
      const retention = await change('/api/beheer', {
        kind: 'set-retention',
        retention: { backupDays: 200, auditYears: 3 },
      });
      expect(retention.body.preview.diff.retentionChanged).toEqual(['backupDays']);
      expect((await configuration('/api/beheer')).retention).toMatchObject({
        backupDays: 200,
        auditYears: 3,
      });
      // The audit trail is one: an area cannot set how long it is kept.
      expect((await change(GAASPERDAM, { kind: 'set-retention', retention: { auditYears: 9 } })).status).toBe(
        400,
      );
      const described = await change(GAASPERDAM, {
        kind: 'describe-theme',
        id: 'wonen',
        description: { nl: 'Huis en huur', en: 'Home and rent' },
      });
      expect(described.body.preview.diff.themesReworded).toEqual(['wonen']);
      const moved = await change(GAASPERDAM, {
        kind: 'move-theme',
        id: 'geldzorgen-en-schulden',
        direction: 'up',
      });
      expect(moved.status).toBe(200);
      expect((await configuration()).configuration.codebook.themes[0]?.id).toBe('geldzorgen-en-schulden');

      const guide = {
        ...algemeenNl,
        id: 'buurtwandeling',
        version: 1,
        title: 'Buurtwandeling',
        builtIn: false,
      };
      const published = await change(GAASPERDAM, { kind: 'publish-guide', file: serialiseGuide(guide) });
      expect(published.body.preview.diff.guidesAdded).toEqual([{ id: 'buurtwandeling', version: 1 }]);
      const listed = (await configuration()).guides.find((g) => g.id === 'buurtwandeling');
      expect(listed?.titles).toEqual({ nl: 'Buurtwandeling' });
      // A published version never changes.
      const changed = await change(GAASPERDAM, {
        kind: 'publish-guide',
        file: serialiseGuide({ ...guide, title: 'Anders' }),
      });
      expect(changed.status).toBe(409);
      // The guide's text is kept with the guide, never in the audit trail.
      const entries = await auditRows('configuration.change');
      expect(JSON.stringify(entries)).not.toContain(guide.sections[0]?.title ?? 'none');
    });

    it('accepts a proposal with a preview, maps and rejects others, each audited with the account', async () => {
      const first = await propose('Hondenpoep op de stoep');
      const listed = await configuration();
      expect(listed.proposals.map((p) => p.id)).toContain(first);

      const preview = await call('POST', `/api/beheer/proposals/${first}/accept`, {
        labels: { nl: 'Hondenpoep', en: 'Dog mess' },
        preview: true,
      });
      const previewed = (await preview.json()) as ConfigurationChangeAnswer;
      expect(previewed).toMatchObject({ applied: false, preview: { devices: 1, areas: 1 } });
      expect((await configuration()).proposals.map((p) => p.id)).toContain(first);
      expect(await auditRows('proposal.accept')).toHaveLength(0);

      const accepted = (await (
        await call('POST', `/api/beheer/proposals/${first}/accept`, {
          labels: { nl: 'Hondenpoep', en: 'Dog mess' },
        })
      ).json()) as ConfigurationChangeAnswer;
      expect(accepted).toMatchObject({ applied: true, themeId: 'hondenpoep' });
      const now = await configuration();
      expect(now.proposals.map((p) => p.id)).not.toContain(first);
      expect(now.configuration.codebook.themes.find((t) => t.id === 'hondenpoep')?.labels).toEqual({
        nl: 'Hondenpoep',
        en: 'Dog mess',
      });
      expect(await auditRows('proposal.accept')).toEqual([
        expect.objectContaining({ actor_kind: 'account', actor_id: adminId, area_id: AREAS.gaasperdam.id }),
      ]);
      // Decided once: a second decision is refused.
      expect((await call('POST', `/api/beheer/proposals/${first}/reject`)).status).toBe(409);

      const second = await propose('Woningnood');
      expect(
        (await call('POST', `/api/beheer/proposals/${second}/map`, { themeId: 'bestaat-niet' })).status,
      ).toBe(404);
      expect((await call('POST', `/api/beheer/proposals/${second}/map`, { themeId: 'wonen' })).status).toBe(
        204,
      );
      const third = await propose('Iets anders');
      expect((await call('POST', `/api/beheer/proposals/${third}/reject`)).status).toBe(204);
      expect((await auditRows('proposal.map'))[0]?.detail).toMatchObject({
        proposalId: second,
        themeId: 'wonen',
      });
      expect(await auditRows('proposal.reject')).toHaveLength(1);
    });

    it('changes a group layer: its areas inherit it, others do not, with a preview and an audit entry', async () => {
      await createAreaGroup(db, { id: 'zuidoost', name: 'Zuidoost' });
      await setAreaGroup(db, AREAS.gaasperdam.id, 'zuidoost');
      const GROUP = '/api/beheer/groups/zuidoost';
      const edit = { kind: 'add-theme', labels: { nl: 'Markt', en: 'Market' } };
      const preview = await change(GROUP, edit, true);
      expect(preview.status).toBe(200);
      // Gaasperdam is in the group, Driemond is not: one area, its one active device.
      expect(preview.body.preview).toMatchObject({ areas: 1, devices: 1 });
      expect((await configuration(GROUP)).configuration.codebook.themes.map((t) => t.id)).not.toContain(
        'markt',
      );
      const changesBefore = (await auditRows('configuration.change')).length;
      expect((await change(GROUP, edit)).status).toBe(200);
      const group = await configuration(GROUP);
      expect(group.scope).toEqual({ groupId: 'zuidoost' });
      expect(group.configuration.codebook.themes.map((t) => t.id)).toContain('markt');
      expect((await configuration()).configuration.codebook.themes.map((t) => t.id)).toContain('markt');
      const driemond = await configuration(`/api/beheer/areas/${AREAS.driemond.id}`);
      expect(driemond.configuration.codebook.themes.map((t) => t.id)).not.toContain('markt');
      const [entry] = (await auditRows('configuration.change')).slice(changesBefore);
      expect(entry).toMatchObject({ actor_id: adminId, area_id: null });
      expect(entry?.detail).toMatchObject({ change: 'add-theme', scope: 'group:zuidoost' });
      // The audit trail is one for the organisation: a group does not set how long it is kept.
      const audit = await change(GROUP, { kind: 'set-retention', retention: { auditYears: 3 } }, true);
      expect(audit.status).toBe(400);
      expect((await call('GET', '/api/beheer/groups/nergens/configuration')).status).toBe(404);
    });

    it('keeps no secret and no typed proposal text in any audit entry it wrote', async () => {
      const { rows } = await db.query<{ detail: Record<string, unknown>; actor_label: string | null }>(
        'select detail, actor_label from audit_entries',
      );
      const text = JSON.stringify(rows);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(device.token);
      expect(text).not.toContain(csrf);
      expect(text).not.toContain('Hondenpoep op de stoep');
      for (const row of rows) {
        for (const value of Object.values(row.detail)) {
          if (typeof value === 'string') expect(looksLikeSecret(value), value).toBe(false);
        }
      }
    });
  });
}
