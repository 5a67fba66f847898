import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountEnabled, signOutEverywhere } from '../../src/server/accounts/changes';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { accountWith, consoleLogin } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, login, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const CLI = { actor: { kind: 'cli', label: 'test' } } as const;

for (const target of targets) {
  describe.skipIf(!target.available)(`accounts and sessions (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let beheerderId: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      beheerderId = await accountWith(
        db,
        'beheer',
        [{ role: 'beheerder', scope: { kind: 'organisation' } }],
        {
          email: 'beheer@gemeente.nl',
        },
      );
      await accountWith(db, 'zonder-rol', []);
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const session = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/account/session`, { headers });
    const everywhere = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/account/logout-everywhere`, { method: 'POST', headers });

    it('signs in with a cookie that scripts cannot read and other sites cannot send, and a CSRF token', async () => {
      const signedIn = await consoleLogin(server.url, 'beheer');
      expect(signedIn.setCookie).toMatch(/HttpOnly/i);
      expect(signedIn.setCookie).toMatch(/SameSite=Strict/i);
      expect(signedIn.setCookie).toMatch(/Path=\//);
      // Plain http here, and TRUST_PROXY is off: no Secure flag.
      expect(signedIn.setCookie).not.toMatch(/Secure/i);
      expect(signedIn.body.account).toEqual({
        id: beheerderId,
        name: 'beheer',
        email: 'beheer@gemeente.nl',
        grants: [{ role: 'beheerder', scope: { kind: 'organisation' } }],
      });
      // The token is stored only as its hash.
      const stored = await db.query('select 1 from reader_sessions where token_hash = $1', [
        hashSecret(signedIn.token),
      ]);
      expect(stored.rows).toHaveLength(1);
      const raw = await db.query('select 1 from reader_sessions where token_hash = $1', [signedIn.token]);
      expect(raw.rows).toHaveLength(0);

      const again = await session({ cookie: signedIn.cookie });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(signedIn.body);
      const byBearer = await session({ authorization: `Bearer ${signedIn.token}` });
      expect(byBearer.status).toBe(200);
    });

    it('refuses a state-changing request by cookie without the CSRF token, and accepts it with it', async () => {
      const signedIn = await consoleLogin(server.url, 'beheer');
      const forged = await everywhere({ cookie: signedIn.cookie });
      expect(forged.status).toBe(403);
      expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
      const wrong = await everywhere({ cookie: signedIn.cookie, 'x-csrf-token': `${signedIn.csrfToken}x` });
      expect(wrong.status).toBe(403);
      expect((await session({ cookie: signedIn.cookie })).status).toBe(200);

      const real = await everywhere({ cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrfToken });
      expect(real.status).toBe(200);
      expect((await session({ cookie: signedIn.cookie })).status).toBe(401);
    });

    it('ends a session left idle too long, and any session past its absolute end', async () => {
      const idle = await consoleLogin(server.url, 'beheer');
      const old = await consoleLogin(server.url, 'beheer');
      const fresh = await consoleLogin(server.url, 'beheer');
      await db.query(
        `update reader_sessions set last_seen_at = now() - interval '31 minutes' where token_hash = $1`,
        [hashSecret(idle.token)],
      );
      await db.query(
        `update reader_sessions set expires_at = now() - interval '1 second' where token_hash = $1`,
        [hashSecret(old.token)],
      );
      for (const gone of [idle, old]) {
        const response = await session({ cookie: gone.cookie });
        expect(response.status).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('session_expired');
      }
      // In use 29 minutes ago: still alive, and its idle clock starts again.
      await db.query(
        `update reader_sessions set last_seen_at = now() - interval '29 minutes' where token_hash = $1`,
        [hashSecret(fresh.token)],
      );
      expect((await session({ cookie: fresh.cookie })).status).toBe(200);
      const seen = await db.query<{ recent: boolean }>(
        `select last_seen_at > now() - interval '1 minute' as recent from reader_sessions where token_hash = $1`,
        [hashSecret(fresh.token)],
      );
      expect(seen.rows[0]?.recent).toBe(true);
    });

    it('ends every session of an account the moment it is disabled, area-team app included', async () => {
      const readerId = await accountWith(db, 'lezer-gd', [
        { role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.gaasperdam.id } },
      ]);
      const console = await consoleLogin(server.url, 'lezer-gd');
      const app = await login(server.url, 'lezer-gd');
      const aggregates = () =>
        fetch(`${server.url}/api/areas/${AREAS.gaasperdam.id}/aggregates?year=2026`, {
          headers: { authorization: `Bearer ${app}` },
        });
      expect((await aggregates()).status).toBe(200);

      expect(await setAccountEnabled(db, CLI, { accountId: readerId, enabled: false })).toBe(true);
      expect((await session({ cookie: console.cookie })).status).toBe(401);
      expect((await aggregates()).status).toBe(401);
      const refused = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'lezer-gd', password: 'correct horse battery staple' }),
      });
      expect(refused.status).toBe(401);

      // Enabling lets her sign in again; the old sessions stay ended.
      await setAccountEnabled(db, CLI, { accountId: readerId, enabled: true });
      expect((await aggregates()).status).toBe(401);
      expect((await session({ cookie: (await consoleLogin(server.url, 'lezer-gd')).cookie })).status).toBe(
        200,
      );
      const audit = await db.query<{ action: string }>(
        `select action from audit_entries where detail->>'accountId' = $1 order by id`,
        [readerId],
      );
      expect(audit.rows.map((row) => row.action)).toEqual(['account.disable', 'account.enable']);
    });

    it('signs out everywhere: every session of the account ends, other accounts keep theirs', async () => {
      const laptop = await consoleLogin(server.url, 'beheer');
      const tablet = await consoleLogin(server.url, 'beheer');
      const other = await accountWith(db, 'tweede-beheer', [
        { role: 'beheerder', scope: { kind: 'organisation' } },
      ]);
      const others = await consoleLogin(server.url, 'tweede-beheer');
      expect(await signOutEverywhere(db, CLI, beheerderId)).toBeGreaterThanOrEqual(2);
      expect((await session({ cookie: laptop.cookie })).status).toBe(401);
      expect((await session({ cookie: tablet.cookie })).status).toBe(401);
      expect((await session({ cookie: others.cookie })).status).toBe(200);
      expect(other).not.toBe(beheerderId);
    });

    it('signs out one session and clears the cookie', async () => {
      const signedIn = await consoleLogin(server.url, 'beheer');
      const out = await fetch(`${server.url}/api/account/logout`, {
        method: 'POST',
        headers: { cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrfToken },
      });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/bg_session=;/);
      expect((await session({ cookie: signedIn.cookie })).status).toBe(401);
    });

    it('refuses an account without any role, and records every sign-in with its address', async () => {
      const response = await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'zonder-rol', password: 'correct horse battery staple' }),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('no_role');
      await fetch(`${server.url}/api/account/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'beheer', password: 'niet het wachtwoord' }),
      });
      const { rows } = await db.query<{
        outcome: string;
        actor_kind: string;
        actor_label: string;
        address: string;
      }>(
        `select outcome, actor_kind, actor_label, address from audit_entries
          where action = 'signin.password' order by id`,
      );
      expect(rows.filter((row) => row.outcome === 'success').length).toBeGreaterThan(0);
      expect(rows).toContainEqual({
        outcome: 'refused',
        actor_kind: 'account',
        actor_label: 'zonder-rol',
        address: '127.0.0.1',
      });
      expect(rows).toContainEqual({
        outcome: 'failure',
        actor_kind: 'anonymous',
        actor_label: 'beheer',
        address: '127.0.0.1',
      });
      const all = JSON.stringify((await db.query('select * from audit_entries')).rows);
      expect(all).not.toContain('niet het wachtwoord');
      expect(all).not.toContain('correct horse');
      expect(all).not.toMatch(/bg[rs]_/);
    });

    it('says which sign-in methods there are', async () => {
      const response = await fetch(`${server.url}/api/account/methods`);
      expect(await response.json()).toEqual({ password: true, oidc: false });
    });
  });
}
