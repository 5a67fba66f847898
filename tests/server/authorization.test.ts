import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/accounts/roles';
import type { Database } from '../../src/server/db/database';
import { areasReached } from '../../src/server/http/account-auth';
import {
  AREAS_UNDER_TEST,
  PLACEHOLDER_SEEDS,
  PRINCIPALS,
  type Principal,
} from './support/authorization-principals';
import { newSession, type SeededTable, seedAuthorizationTable } from './support/authorization-seeds';
import { PUBLIC_ROUTES, ROUTES } from './support/authorization-table';
import { databaseTargets, type TestStorage } from './support/databases';
import { migrated } from './support/fixtures';
import { patternOf, registeredRoutes } from './support/routes';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

// Every rate limit out of the way: a 429 would hide the answer the table is about. The limits
// have tests of their own (quotas, sign-in-limits). Single sign-on is configured so that its
// routes are registered and must be accounted for; its provider is never asked here.
const ENV = {
  SUMMARY_RATE_LIMIT: '100000',
  AGENDA_RATE_LIMIT: '100000',
  BLOB_RATE_LIMIT: '100000',
  SHARE_READ_RATE_LIMIT: '100000',
  SIGN_IN_RATE_LIMIT: '100000',
  OIDC_ISSUER: 'https://sso.gemeente.invalid',
  OIDC_CLIENT_ID: 'buurtgesprek',
};

for (const target of targets) {
  describe.skipIf(!target.available)(`authorisation: routes × roles × areas (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let seeded: SeededTable;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      seeded = await seedAuthorizationTable(db);
      server = await startTestServer({ db, env: ENV });
      // Migrating an embedded database on a busy machine takes most of the default minute.
    }, 180_000);
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const cases = ROUTES.flatMap((route) =>
      AREAS_UNDER_TEST.flatMap((area) =>
        PRINCIPALS.map((principal) => ({
          route,
          area,
          principal,
          label: `${route.method} ${route.path(area.id, PLACEHOLDER_SEEDS)}`,
        })),
      ),
    );

    it.each(cases)('$label by $principal.name', async ({ route, area, principal }) => {
      const { status } = await call(
        server,
        route.method,
        route.path(area.id, seeded.seeds),
        route.body,
        credential(principal),
      );
      const accountId = seeded.accountIds.get(principal.name);
      if (route.endsOwnSessions && accountId !== undefined && status < 400)
        seeded.tokens.set(principal.name, await newSession(db, accountId));
      if (route.allowed(principal, area)) {
        expect([401, 403], `${principal.name} should pass`).not.toContain(status);
        expect(status, `${principal.name} should get an answer, not a server error`).toBeLessThan(500);
        if (route.hidden !== undefined) expect(status, `${principal.name} should find it`).not.toBe(404);
      } else if (route.hidden?.(principal, area)) {
        expect(status, `${principal.name} should find nothing`).toBe(404);
      } else {
        expect([401, 403], `${principal.name} should be refused`).toContain(status);
      }
    });

    it('has a row for every /api route the server registers, unless it is public', () => {
      const registered = registeredRoutes(server.app.printRoutes({ commonPrefix: false })).filter((route) =>
        route.path.startsWith('/api/'),
      );
      const patterns = registered.map((route) => route.path);
      // HEAD is answered by the GET route's handler: the GET row covers it.
      const routes = registered.flatMap((route) =>
        route.methods.filter((method) => method !== 'HEAD').map((method) => `${method} ${route.path}`),
      );
      const covered = (method: string, path: string) =>
        `${method} ${patternOf(path.split('?')[0] ?? '', patterns) ?? `(no route) ${path}`}`;
      const rows = ROUTES.map((route) =>
        covered(route.method, route.path(AREAS_UNDER_TEST[0].id, PLACEHOLDER_SEEDS)),
      );
      const open = PUBLIC_ROUTES.map((route) => covered(route.method, route.path));
      expect(
        rows.filter((row) => !routes.includes(row)),
        'rows for routes that do not exist',
      ).toEqual([]);
      expect(
        open.filter((row) => !routes.includes(row)),
        'public routes that do not exist',
      ).toEqual([]);
      expect(
        open.filter((row) => rows.includes(row)),
        'public routes with a row',
      ).toEqual([]);
      expect(
        routes.filter((route) => !rows.includes(route) && !open.includes(route)),
        'routes without a row in tests/server/support/authorization-table.ts',
      ).toEqual([]);
    });

    it('lists the areas a role reaches, for routes that filter what they show', async () => {
      const reach = (name: string, role: Role) => {
        const principal = PRINCIPALS.find((candidate) => candidate.name === name);
        if (principal?.kind !== 'account') throw new Error(name);
        return areasReached(db, { id: '', name, email: null, grants: principal.grants }, role);
      };
      expect(await reach('gebiedsteam zuidoost', 'gebiedsteam')).toEqual(['gaasperdam']);
      expect(await reach('gebiedsteam organisation', 'gebiedsteam')).toBe('all');
      expect(await reach('beheerder zuidoost', 'beheerder')).toEqual(['gaasperdam']);
      expect(await reach('beheerder of driemond and coach', 'beheerder')).toEqual(['driemond']);
      expect(await reach('beheerder of driemond and coach', 'coach')).toEqual(['gaasperdam']);
      expect(await reach('coach', 'gebiedsteam')).toEqual([]);
    });

    function credential(principal: Principal): string | undefined {
      return principal.kind === 'anonymous' ? undefined : seeded.tokens.get(principal.name);
    }
  });
}

async function call(
  server: TestServer,
  method: string,
  path: string,
  body: unknown,
  token: string | undefined,
) {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  return response;
}
