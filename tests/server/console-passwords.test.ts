import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSession, PasswordResetResponse } from '../../src/domain/wire/beheer';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, json, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const ADMIN_PASSWORD = 'het pontje over het amsterdam-rijnkanaal';
const TEAM_PASSWORD = 'koffie in het buurthuis om tien uur';
const NEW_PASSWORD = 'de markt op het reigersbos plein';

interface Session {
  cookie: string;
  csrf: string;
  body: ConsoleSession;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`changing and resetting passwords (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let teamId = '';

    const signIn = async (username: string, password: string): Promise<Session | number> => {
      const response = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 201) return response.status;
      const body = (await response.json()) as ConsoleSession;
      return {
        cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
        csrf: body.csrfToken,
        body,
      };
    };
    const signedIn = async (username: string, password: string): Promise<Session> => {
      const session = await signIn(username, password);
      if (typeof session === 'number') throw new Error(`sign-in answered ${session}`);
      return session;
    };
    const call = (session: Session, method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : json),
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const auditText = async () =>
      JSON.stringify((await db.query('select actor_label, detail from audit_entries')).rows);

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      const admin = await createAccount(db, { username: 'beheer', name: 'Beheer', password: ADMIN_PASSWORD });
      await grantRole(db, admin.id, { role: 'beheerder', scope: { kind: 'organisation' } });
      teamId = (
        await createAccount(db, { username: 'team', name: 'Team Gaasperdam', password: TEAM_PASSWORD })
      ).id;
      await grantRole(db, teamId, {
        role: 'gebiedsteam',
        scope: { kind: 'area', areaId: AREAS.gaasperdam.id },
      });
      // Migrations and two scrypt hashes at full cost: slow on a shared machine.
    }, 180_000);
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('lets a person change her own password with the current one, ending her other sessions', async () => {
      const here = await signedIn('team', TEAM_PASSWORD);
      const elsewhere = await signedIn('team', TEAM_PASSWORD);
      const wrong = await call(here, 'POST', '/api/account/password', {
        currentPassword: 'niet het wachtwoord',
        newPassword: NEW_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('wrong_password');
      const short = await call(here, 'POST', '/api/account/password', {
        currentPassword: TEAM_PASSWORD,
        newPassword: 'kort',
      });
      expect(short.status).toBe(400);

      const changed = await call(here, 'POST', '/api/account/password', {
        currentPassword: TEAM_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(changed.status).toBe(204);
      expect((await call(here, 'GET', '/api/account/session')).status).toBe(200);
      expect((await call(elsewhere, 'GET', '/api/account/session')).status).toBe(401);
      expect(await signIn('team', TEAM_PASSWORD)).toBe(401);
      await signedIn('team', NEW_PASSWORD);
      const [entry] = (
        await db.query<{ actor_id: string; detail: Record<string, unknown> }>(
          `select actor_id, detail from audit_entries where action = 'account.password_change'`,
        )
      ).rows;
      expect(entry).toMatchObject({ actor_id: teamId, detail: { accountId: teamId, otherSessions: 1 } });
    }, 180_000);

    it('resets a password to a temporary one shown once, ending sessions, to be changed at next sign-in', async () => {
      const admin = await signedIn('beheer', ADMIN_PASSWORD);
      const team = await signedIn('team', NEW_PASSWORD);
      const reset = await call(admin, 'POST', `/api/beheer/accounts/${teamId}/password-reset`);
      expect(reset.status).toBe(200);
      const { temporaryPassword } = (await reset.json()) as PasswordResetResponse;
      expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
      // Her session ended at once, and the old password no longer works.
      expect((await call(team, 'GET', '/api/account/session')).status).toBe(401);
      expect(await signIn('team', NEW_PASSWORD)).toBe(401);

      const temporary = await signedIn('team', temporaryPassword);
      expect(temporary.body.mustChangePassword).toBe(true);
      const blocked = await call(temporary, 'GET', `/api/areas/${AREAS.gaasperdam.id}/agenda?year=2026`);
      expect(blocked.status).toBe(403);
      expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
        'password_change_required',
      );
      expect(
        (
          await call(temporary, 'POST', '/api/account/password', {
            currentPassword: temporaryPassword,
            newPassword: TEAM_PASSWORD,
          })
        ).status,
      ).toBe(204);
      expect(
        (await call(temporary, 'GET', `/api/areas/${AREAS.gaasperdam.id}/agenda?year=2026`)).status,
      ).not.toBe(403);
      const session = (await (await call(temporary, 'GET', '/api/account/session')).json()) as ConsoleSession;
      expect(session.mustChangePassword).toBeUndefined();

      // Nobody resets her own password this way, and an unknown account is not found.
      const me = admin.body.account.id;
      expect((await call(admin, 'POST', `/api/beheer/accounts/${me}/password-reset`)).status).toBe(409);
      expect(
        (
          await call(
            admin,
            'POST',
            '/api/beheer/accounts/00000000-0000-4000-8000-000000000000/password-reset',
          )
        ).status,
      ).toBe(404);

      const trail = await auditText();
      for (const secret of [temporaryPassword, ADMIN_PASSWORD, TEAM_PASSWORD, NEW_PASSWORD, admin.csrf]) {
        expect(trail).not.toContain(secret);
      }
      const { rows } = await db.query<{ detail: Record<string, unknown> }>(
        `select detail from audit_entries where action = 'account.password_reset'`,
      );
      // The two sessions of the first test that survived it, and the one just made.
      expect(rows).toEqual([{ detail: { accountId: teamId, sessions: 3 } }]);
      // Each sign-in and password change is a full-cost scrypt: slow on a shared machine.
    }, 180_000);
  });
}
