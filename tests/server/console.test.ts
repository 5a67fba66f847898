import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../src/domain/accounts/roles';
import type { ConsoleDevice, NewCodeResponse } from '../../src/domain/wire/beheer';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, json, migrated, postSummaries, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const PASSWORD = 'lange wandeling langs het gein';

/** A signed-in browser: the session cookie and the CSRF token the sign-in returned. */
interface Session {
  cookie: string;
  csrf: string;
}

const PEOPLE: Record<string, RoleGrant[]> = {
  beheerder: [{ role: 'beheerder', scope: { kind: 'organisation' } }],
  'beheerder-driemond': [{ role: 'beheerder', scope: { kind: 'area', areaId: AREAS.driemond.id } }],
  gebiedsteam: [{ role: 'gebiedsteam', scope: { kind: 'organisation' } }],
};

for (const target of targets) {
  describe.skipIf(!target.available)(`the console's routes (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    const sessions: Record<string, Session> = {};
    const ids: Record<string, string> = {};

    const signIn = async (username: string): Promise<Session> => {
      const response = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      expect(response.status).toBe(201);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie, csrf: csrfToken };
    };
    const call = (session: Session | undefined, method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : json),
          ...(session === undefined ? {} : { cookie: session.cookie, 'x-csrf-token': session.csrf }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const audit = async (action: string) =>
      (
        await db.query<{ actor_label: string; area_id: string | null; detail: Record<string, unknown> }>(
          'select actor_label, area_id, detail from audit_entries where action = $1 order by id',
          [action],
        )
      ).rows;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      for (const [username, grants] of Object.entries(PEOPLE)) {
        const { id } = await createAccount(db, { username, name: `Test ${username}`, password: PASSWORD });
        ids[username] = id;
        for (const grant of grants) await grantRole(db, id, grant);
        sessions[username] = await signIn(username);
      }
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('refuses every route without a session, to a non-administrator, and to an administrator of another area', async () => {
      const { deviceId } = await deviceToken(db, AREAS.gaasperdam.id);
      const teamId = ids.gebiedsteam;
      const gaasperdam = `/api/beheer/areas/${AREAS.gaasperdam.id}`;
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/beheer/areas'],
        ['POST', '/api/beheer/areas', { name: 'Nergens' }],
        ['PATCH', gaasperdam, { name: 'Gaasperdam-Zuid' }],
        ['POST', '/api/beheer/groups', { name: 'Zuidoost' }],
        ['GET', `${gaasperdam}/codes`],
        ['POST', `${gaasperdam}/codes`, { label: 'tablet', validDays: 7 }],
        ['DELETE', `${gaasperdam}/codes/00000000-0000-4000-8000-000000000000`],
        ['GET', `${gaasperdam}/devices`],
        ['POST', `/api/beheer/devices/${deviceId}/revoke`],
        ['POST', `/api/beheer/devices/${deviceId}/remove`, { removeBackups: false }],
        ['GET', '/api/beheer/accounts'],
        ['POST', '/api/beheer/accounts', { username: 'nieuw', name: 'Nieuw', password: PASSWORD }],
        ['POST', `/api/beheer/accounts/${teamId}/grants`, { role: 'beheerder', scope: 'organisation' }],
        [
          'POST',
          `/api/beheer/accounts/${teamId}/grants/revoke`,
          { role: 'gebiedsteam', scope: 'organisation' },
        ],
        ['POST', `/api/beheer/accounts/${teamId}/disable`],
        ['POST', `/api/beheer/accounts/${teamId}/enable`],
        ['POST', `/api/beheer/accounts/${teamId}/signout-everywhere`],
      ];
      // GET /api/beheer/areas is open to any administrator: it lists only her own areas (below).
      const otherAreaRefused = routes.filter(
        ([method, path]) => !(method === 'GET' && path === '/api/beheer/areas'),
      );
      const statuses = async (who: Session | undefined, list: typeof routes) =>
        Promise.all(
          list.map(
            async ([method, path, body]) =>
              `${method} ${path} ${(await call(who, method, path, body)).status}`,
          ),
        );

      expect(await statuses(undefined, routes)).toEqual(routes.map(([m, p]) => `${m} ${p} 401`));
      expect(await statuses(sessions.gebiedsteam, routes)).toEqual(routes.map(([m, p]) => `${m} ${p} 403`));
      expect(await statuses(sessions['beheerder-driemond'], otherAreaRefused)).toEqual(
        otherAreaRefused.map(([m, p]) => `${m} ${p} 403`),
      );
      // Nothing happened: the device is active, the area keeps its name, no code was made.
      const devices = await call(sessions.beheerder, 'GET', `${gaasperdam}/devices`);
      const device = ((await devices.json()) as { devices: ConsoleDevice[] }).devices.find(
        (d) => d.id === deviceId,
      );
      expect(device?.revokedAt).toBeNull();
      expect(await audit('enrolment_code.create')).toEqual([]);
      expect(await audit('account.grant_role')).toEqual([]);
      expect((await call(sessions.gebiedsteam, 'GET', '/api/account/session')).status).toBe(200);
    });

    it('refuses a state-changing request that carries the cookie but not the CSRF token', async () => {
      const session = sessions.beheerder as Session;
      const response = await call({ cookie: session.cookie, csrf: 'wrong' }, 'POST', '/api/beheer/areas', {
        name: 'Vervalst',
      });
      expect(response.status).toBe(403);
      const areas = (await (await call(session, 'GET', '/api/beheer/areas')).json()) as {
        areas: { name: string }[];
      };
      expect(areas.areas.map((area) => area.name)).not.toContain('Vervalst');
    });

    it('lists to an area administrator only her own areas', async () => {
      const response = await call(sessions['beheerder-driemond'], 'GET', '/api/beheer/areas');
      const body = (await response.json()) as { areas: { id: string }[]; canAddAreas: boolean };
      expect(body.areas.map((area) => area.id)).toEqual([AREAS.driemond.id]);
      expect(body.canAddAreas).toBe(false);
    });

    it('adds an area and a group, renames the area and puts it in the group, each in the audit trail', async () => {
      const admin = sessions.beheerder;
      const added = await call(admin, 'POST', '/api/beheer/areas', { name: '  Holendrecht ' });
      expect(added.status).toBe(201);
      const { area } = (await added.json()) as { area: { id: string; name: string } };
      expect(area).toMatchObject({ id: 'holendrecht', name: 'Holendrecht' });
      const again = await call(admin, 'POST', '/api/beheer/areas', { name: 'holendrecht' });
      expect(again.status).toBe(409);

      const group = await call(admin, 'POST', '/api/beheer/groups', { name: 'Zuidoost' });
      expect(group.status).toBe(201);
      const renamed = await call(admin, 'PATCH', `/api/beheer/areas/${area.id}`, {
        name: 'Holendrecht/Reigersbos',
      });
      expect(((await renamed.json()) as { area: { name: string } }).area.name).toBe('Holendrecht/Reigersbos');
      const moved = await call(admin, 'PATCH', `/api/beheer/areas/${area.id}`, { groupId: 'zuidoost' });
      expect(((await moved.json()) as { area: { groupId: string } }).area.groupId).toBe('zuidoost');
      const unknownGroup = await call(admin, 'PATCH', `/api/beheer/areas/${area.id}`, { groupId: 'nergens' });
      expect(unknownGroup.status).toBe(400);

      expect(await audit('area.create')).toEqual([
        expect.objectContaining({ actor_label: 'Test beheerder', area_id: 'holendrecht' }),
      ]);
      expect(await audit('area_group.create')).toEqual([
        expect.objectContaining({ detail: { groupId: 'zuidoost' } }),
      ]);
      expect(await audit('area.rename')).toHaveLength(1);
      expect(await audit('configuration.change')).toEqual([
        expect.objectContaining({
          actor_label: 'Test beheerder',
          area_id: 'holendrecht',
          detail: expect.objectContaining({ groupId: 'zuidoost', change: 'set-area-group' }),
        }),
      ]);
    });

    it('makes a code shown once, lists it open without the code, and the code enrols a device once', async () => {
      const admin = sessions['beheerder-driemond'];
      const codes = `/api/beheer/areas/${AREAS.driemond.id}/codes`;
      const made = await call(admin, 'POST', codes, { label: 'tablet 3', validDays: 7 });
      expect(made.status).toBe(201);
      const code = (await made.json()) as NewCodeResponse;
      expect(code.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(Date.parse(code.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

      const listed = JSON.stringify(await (await call(admin, 'GET', codes)).json());
      expect(listed).toContain(code.id);
      expect(listed).toContain('tablet 3');
      expect(listed).not.toContain(code.code);
      expect(listed).not.toContain(code.code.replaceAll('-', ''));

      const enrol = await fetch(`${server.url}/api/enrol`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code: code.code }),
      });
      expect(enrol.status).toBe(201);
      expect(JSON.stringify(await (await call(admin, 'GET', codes)).json())).not.toContain(code.id);

      const entries = await audit('enrolment_code.create');
      expect(entries).toEqual([
        expect.objectContaining({
          area_id: AREAS.driemond.id,
          detail: { codeId: code.id, codeLabel: 'tablet 3', validDays: 7 },
        }),
      ]);
      expect(JSON.stringify(entries)).not.toContain(code.code.replaceAll('-', ''));
    });

    it('withdraws an open code so it no longer enrols', async () => {
      const admin = sessions.beheerder;
      const codes = `/api/beheer/areas/${AREAS.gaasperdam.id}/codes`;
      const code = (await (await call(admin, 'POST', codes, { validDays: 1 })).json()) as NewCodeResponse;
      expect((await call(admin, 'DELETE', `${codes}/${code.id}`)).status).toBe(204);
      const enrol = await fetch(`${server.url}/api/enrol`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code: code.code }),
      });
      expect(enrol.status).toBe(410);
      expect(await audit('enrolment_code.withdraw')).toEqual([
        expect.objectContaining({ detail: { codeId: code.id } }),
      ]);
    });

    it('lists devices with last seen and summaries sent, revokes one, and revokes another removing what it sent', async () => {
      const admin = sessions.beheerder;
      const kept = await deviceToken(db, AREAS.gaasperdam.id);
      const removed = await deviceToken(db, AREAS.gaasperdam.id);
      expect(
        (await postSummaries(server.url, removed.token, { summaries: [summary(), summary()] })).status,
      ).toBe(200);
      const list = async () =>
        (
          (await (await call(admin, 'GET', `/api/beheer/areas/${AREAS.gaasperdam.id}/devices`)).json()) as {
            devices: ConsoleDevice[];
          }
        ).devices;
      const before = (await list()).find((device) => device.id === removed.deviceId);
      expect(before).toMatchObject({ summaries: 2, revokedAt: null });
      expect(before?.lastSeenAt).not.toBeNull();

      expect((await call(admin, 'POST', `/api/beheer/devices/${kept.deviceId}/revoke`)).status).toBe(200);
      const refused = await fetch(`${server.url}/api/device`, {
        headers: { authorization: `Bearer ${kept.token}` },
      });
      expect(refused.status).toBe(403);

      const removal = await call(admin, 'POST', `/api/beheer/devices/${removed.deviceId}/remove`, {
        removeBackups: true,
      });
      expect(await removal.json()).toEqual({ summaries: 2, shares: 0, backups: 0 });
      const after = (await list()).find((device) => device.id === removed.deviceId);
      expect(after).toMatchObject({ summaries: 0 });
      expect(after?.revokedAt).not.toBeNull();

      expect(await audit('device.revoke')).toEqual([
        expect.objectContaining({ area_id: AREAS.gaasperdam.id, detail: { deviceId: kept.deviceId } }),
      ]);
      expect(await audit('device.remove')).toEqual([
        expect.objectContaining({
          detail: { deviceId: removed.deviceId, summaries: 2, shares: 0, backups: 0, removeBackups: true },
        }),
      ]);
      const unknown = await call(
        admin,
        'POST',
        '/api/beheer/devices/00000000-0000-4000-8000-000000000000/revoke',
      );
      expect(unknown.status).toBe(404);
    });

    it('creates an account, gives and takes a role, and ends its access at once when disabled', async () => {
      const admin = sessions.beheerder;
      const short = await call(admin, 'POST', '/api/beheer/accounts', {
        username: 'j.koster',
        name: 'Jan Koster',
        password: 'kort',
      });
      expect(short.status).toBe(400);
      const created = await call(admin, 'POST', '/api/beheer/accounts', {
        username: 'j.koster',
        name: 'Jan Koster',
        email: 'j.koster@example.org',
        password: PASSWORD,
      });
      expect(created.status).toBe(201);
      const { account } = (await created.json()) as { account: { id: string; grants: unknown[] } };
      expect(account.grants).toEqual([]);
      const taken = await call(admin, 'POST', '/api/beheer/accounts', {
        username: 'J.Koster',
        name: 'Ander',
        password: PASSWORD,
      });
      expect(taken.status).toBe(409);

      const person = `/api/beheer/accounts/${account.id}`;
      const granted = await call(admin, 'POST', `${person}/grants`, {
        role: 'gebiedsteam',
        scope: `area:${AREAS.driemond.id}`,
      });
      expect(((await granted.json()) as { account: { grants: unknown[] } }).account.grants).toEqual([
        { role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.driemond.id } },
      ]);
      const nowhere = await call(admin, 'POST', `${person}/grants`, {
        role: 'gebiedsteam',
        scope: 'area:nergens',
      });
      expect(nowhere.status).toBe(400);

      const jan = await signIn('j.koster');
      expect((await call(jan, 'GET', '/api/account/session')).status).toBe(200);
      expect((await call(admin, 'POST', `${person}/disable`)).status).toBe(200);
      expect((await call(jan, 'GET', '/api/account/session')).status).toBe(401);
      const refusedSignIn = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'j.koster', password: PASSWORD }),
      });
      expect(refusedSignIn.status).not.toBe(201);

      expect((await call(admin, 'POST', `${person}/enable`)).status).toBe(200);
      const again = await signIn('j.koster');
      expect((await call(admin, 'POST', `${person}/signout-everywhere`)).status).toBe(200);
      expect((await call(again, 'GET', '/api/account/session')).status).toBe(401);
      const revoked = await call(admin, 'POST', `${person}/grants/revoke`, {
        role: 'gebiedsteam',
        scope: `area:${AREAS.driemond.id}`,
      });
      expect(((await revoked.json()) as { account: { grants: unknown[] } }).account.grants).toEqual([]);

      const own = await call(admin, 'POST', `/api/beheer/accounts/${ids.beheerder}/disable`);
      expect(own.status).toBe(409);

      const actions = (
        await db.query<{ action: string }>(
          `select action from audit_entries where detail->>'accountId' = $1 and actor_id = $2 order by id`,
          [account.id, ids.beheerder],
        )
      ).rows.map((row) => row.action);
      expect(actions).toEqual([
        'account.create',
        'account.grant_role',
        'account.disable',
        'account.enable',
        'account.signout_everywhere',
        'account.revoke_role',
      ]);
      const trail = JSON.stringify((await db.query('select * from audit_entries')).rows);
      expect(trail).not.toContain(PASSWORD);
    });
  });
}
