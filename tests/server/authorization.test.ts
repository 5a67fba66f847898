import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/accounts/roles';
import { startSession } from '../../src/server/accounts/sessions';
import { SESSION_TOKEN_PREFIX } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { areasReached } from '../../src/server/http/account-auth';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { createArea } from '../../src/server/store/areas';
import { receiveGuideProposal } from '../../src/server/store/guide-proposals';
import { receiveProposal } from '../../src/server/store/proposals';
import { minimalGuide } from '../unit/domain/guides/fixtures';
import { accountWith } from './support/accounts';
import {
  AREAS_UNDER_TEST,
  GROUP,
  GUIDE_PROPOSAL_IDS,
  PRINCIPALS,
  PROPOSAL_IDS,
  type Principal,
  ROUTES,
} from './support/authorization-table';
import { databaseTargets, type TestStorage } from './support/databases';
import { deviceToken, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const ONE_HOUR = { idleMs: 3_600_000, absoluteMs: 3_600_000 };

for (const target of targets) {
  describe.skipIf(!target.available)(`authorisation: routes × roles × areas (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    const tokens = new Map<string, string>();

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreaGroup(db, GROUP);
      for (const { id, name, groupId } of AREAS_UNDER_TEST) {
        await createArea(db, { id, name });
        if (groupId !== null) await setAreaGroup(db, id, groupId);
      }
      for (const { id } of AREAS_UNDER_TEST) {
        const { deviceId } = await deviceToken(db, id);
        const proposalId = PROPOSAL_IDS[id] ?? '';
        await receiveProposal(
          db,
          { id: proposalId, areaId: id, deviceId, kind: 'theme', text: 'Speeltuin' },
          10,
        );
        await receiveGuideProposal(
          db,
          {
            id: GUIDE_PROPOSAL_IDS[id] ?? '',
            areaId: id,
            deviceId,
            guide: { ...minimalGuide(), id: `eigen-${id}` },
          },
          10,
        );
      }
      // Sessions made directly: the table is about who may do what, not about passwords.
      for (const [index, principal] of PRINCIPALS.entries()) {
        if (principal.kind === 'device')
          tokens.set(principal.name, (await deviceToken(db, principal.areaId)).token);
        if (principal.kind === 'account') {
          const id = await accountWith(db, `persoon-${index}`, principal.grants, { password: undefined });
          tokens.set(principal.name, (await startSession(db, id, ONE_HOUR, SESSION_TOKEN_PREFIX)).token);
        }
      }
      server = await startTestServer({ db });
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
          label: `${route.method} ${route.path(area.id)}`,
        })),
      ),
    );

    it.each(cases)('$label by $principal.name', async ({ route, area, principal }) => {
      const response = await call(
        server,
        route.method,
        route.path(area.id),
        route.body,
        credential(principal),
      );
      if (route.allowed(principal, area)) {
        expect([401, 403], `${principal.name} should pass`).not.toContain(response.status);
      } else {
        expect([401, 403], `${principal.name} should be refused`).toContain(response.status);
      }
    });

    it('lists the areas a role reaches, for routes that filter what they show', async () => {
      const reach = (name: string, role: Role) => {
        const principal = PRINCIPALS.find((candidate) => candidate.name === name);
        if (principal?.kind !== 'account') throw new Error(name);
        return areasReached(db, { id: '', name, email: null, grants: principal.grants }, role);
      };
      expect(await reach('gebiedsteam zuidoost', 'gebiedsteam')).toEqual(['gaasperdam']);
      expect(await reach('gebiedsteam organisation', 'gebiedsteam')).toBe('all');
      expect(await reach('beheerder of driemond and coach', 'beheerder')).toEqual(['driemond']);
      expect(await reach('beheerder of driemond and coach', 'coach')).toEqual(['gaasperdam']);
      expect(await reach('coach', 'gebiedsteam')).toEqual([]);
    });

    function credential(principal: Principal): string | undefined {
      return principal.kind === 'anonymous' ? undefined : tokens.get(principal.name);
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
