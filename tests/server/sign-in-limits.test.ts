import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { accountWith } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, migrated, READER_PASSWORD } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

function attempt(server: TestServer, route: string, username: string, password: string, headers = {}) {
  return fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

for (const target of targets) {
  describe.skipIf(!target.available)(`sign-in brute-force limits (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await accountWith(db, 'doelwit', [
        { role: 'gebiedsteam', scope: { kind: 'area', areaId: AREAS.gaasperdam.id } },
      ]);
      await accountWith(db, 'buurman', [{ role: 'beheerder', scope: { kind: 'organisation' } }]);
    });
    afterAll(() => storage?.dispose());

    it('refuses an account name after too many wrong passwords, from any address and on both sign-in routes', async () => {
      const server = await startTestServer({
        db,
        env: { SIGN_IN_ACCOUNT_FAILURES: '3', SIGN_IN_RATE_LIMIT: '1000', TRUST_PROXY: 'true' },
      });
      try {
        for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
          const wrong = await attempt(server, '/api/account/login', 'doelwit', 'geraden', {
            'x-forwarded-for': address,
          });
          expect(wrong.status).toBe(401);
        }
        // The right password no longer helps, from a new address or the area-team route either.
        const locked = await attempt(server, '/api/account/login', 'DOELWIT', READER_PASSWORD, {
          'x-forwarded-for': '198.51.100.9',
        });
        expect(locked.status).toBe(429);
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await attempt(server, '/api/area-team/login', 'doelwit', READER_PASSWORD)).status).toBe(429);
        // Another account is not affected. Behind a trusted TLS-terminating proxy the cookie is Secure.
        const other = await attempt(server, '/api/account/login', 'buurman', READER_PASSWORD, {
          'x-forwarded-proto': 'https',
        });
        expect(other.status).toBe(201);
        expect(other.headers.get('set-cookie')).toMatch(/; Secure/i);
        const failures = await db.query<{ address: string }>(
          `select address from audit_entries where action = 'signin.password' and outcome = 'failure' order by id`,
        );
        // With TRUST_PROXY on, the forwarded address is the one recorded.
        expect(failures.rows.map((row) => row.address)).toEqual([
          '198.51.100.1',
          '198.51.100.2',
          '198.51.100.3',
        ]);
      } finally {
        await server.close();
      }
    });

    it('with TRUST_PROXY off, a forged X-Forwarded-For does not escape the per-address limit', async () => {
      const server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '2' } });
      try {
        const statuses: number[] = [];
        for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
          statuses.push(
            (await attempt(server, '/api/account/login', 'niemand', 'x', { 'x-forwarded-for': address }))
              .status,
          );
        }
        expect(statuses).toEqual([401, 401, 429]);
        const recorded = await db.query<{ address: string }>(
          `select distinct address from audit_entries where actor_label = 'niemand'`,
        );
        expect(recorded.rows).toEqual([{ address: '127.0.0.1' }]);
      } finally {
        await server.close();
      }
    });

    it('with TRUST_PROXY off, a forged X-Forwarded-Proto does not decide the cookie', async () => {
      const server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
      try {
        const response = await attempt(server, '/api/account/login', 'buurman', READER_PASSWORD, {
          'x-forwarded-proto': 'https',
        });
        expect(response.status).toBe(201);
        expect(response.headers.get('set-cookie')).not.toMatch(/Secure/i);
      } finally {
        await server.close();
      }
    });

    it('with TRUST_PROXY on, each forwarded client address has its own limit', async () => {
      const server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '2', TRUST_PROXY: 'true' } });
      try {
        const statuses: number[] = [];
        for (const address of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2']) {
          statuses.push(
            (
              await attempt(server, '/api/account/login', 'niemand-anders', 'x', {
                'x-forwarded-for': address,
              })
            ).status,
          );
        }
        expect(statuses).toEqual([401, 401, 429, 401]);
      } finally {
        await server.close();
      }
    });

    it('refuses a limited sign-in before touching the database: 429 even with the database gone', async () => {
      const server = await startTestServer({
        db,
        env: { SIGN_IN_ACCOUNT_FAILURES: '1', SIGN_IN_RATE_LIMIT: '3' },
      });
      try {
        expect((await attempt(server, '/api/account/login', 'buurman', 'fout')).status).toBe(401);
        await db.close();
        // A database that cannot answer would give 503; these never reach it.
        expect((await attempt(server, '/api/account/login', 'buurman', READER_PASSWORD)).status).toBe(429);
        expect((await attempt(server, '/api/area-team/login', 'buurman', READER_PASSWORD)).status).toBe(429);
        // And the per-address limit (3 a minute, all used now) holds for any name.
        expect((await attempt(server, '/api/account/login', 'iemand', 'x')).status).toBe(429);
      } finally {
        await server.close();
      }
    });
  });
}
