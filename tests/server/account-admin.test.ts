import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import { consoleLogin } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const PASSWORD = 'een wachtwoord voor de beheerder';

for (const target of targets) {
  describe.skipIf(!target.available)(`account admin commands (${target.kind})`, () => {
    let storage: TestStorage;
    let serverDb: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      serverDb = await migrated(await storage.open());
      await createAreas(serverDb);
      server = await startTestServer({ db: serverDb, env: { SIGN_IN_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    /**
     * On PostgreSQL the command opens its own connection while the server runs, as an operator's
     * shell would; the embedded database serves one process, so there it shares the handle.
     */
    async function admin(argv: string[], stdin = '') {
      const out: string[] = [];
      const err: string[] = [];
      const open = async (): Promise<Database> =>
        target.kind === 'postgres' ? storage.open() : { ...serverDb, close: async () => undefined };
      const code = await runAdmin(argv, open, {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        readLine: async () => stdin,
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    }

    it('creates the first administrator, who can then sign in to the running server', async () => {
      const created = await admin(
        [
          'create-admin',
          '--username',
          'fbeheer',
          '--email',
          'fb@gemeente.nl',
          '--name',
          'Functioneel Beheer',
          '--password-stdin',
        ],
        PASSWORD,
      );
      expect(created).toMatchObject({ code: 0, out: 'Created account fbeheer (beheerder)' });
      const session = await consoleLogin(server.url, 'fbeheer', {}, PASSWORD);
      expect(session.body.account).toMatchObject({
        name: 'Functioneel Beheer',
        email: 'fb@gemeente.nl',
        grants: [{ role: 'beheerder', scope: { kind: 'organisation' } }],
      });
      const audit = await serverDb.query<{ actor_kind: string; detail: Record<string, unknown> }>(
        `select actor_kind, detail from audit_entries where action = 'account.create'`,
      );
      expect(audit.rows).toEqual([
        {
          actor_kind: 'cli',
          detail: {
            accountId: session.body.account.id,
            username: 'fbeheer',
            grants: ['beheerder'],
            signIn: 'password',
          },
        },
      ]);
      expect(JSON.stringify(audit.rows)).not.toContain(PASSWORD);
      expect(
        (await admin(['create-admin', '--username', 'FBEHEER', '--password-stdin'], PASSWORD)).code,
      ).toBe(1);
      expect((await admin(['create-admin', '--username', 'kort', '--password-stdin'], 'kort')).code).toBe(2);
    });

    it('grants and revokes roles on areas and groups, refusing an area that does not exist', async () => {
      const made = await admin([
        'create-account',
        '--username',
        'team-zuidoost',
        '--role',
        `gebiedsteam:area:${AREAS.gaasperdam.id}`,
        '--role',
        'coach',
      ]);
      expect(made.code).toBe(0);
      expect(made.out).toMatch(/Password \(shown once\): \S{12,}/);
      expect(
        (await admin(['grant-role', '--username', 'team-zuidoost', '--role', 'gebiedsteam:area:nergens']))
          .code,
      ).toBe(1);
      expect((await admin(['grant-role', '--username', 'team-zuidoost', '--role', 'baas'])).code).toBe(2);
      expect(
        (
          await admin([
            'grant-role',
            '--username',
            'team-zuidoost',
            '--role',
            `gebiedsteam:area:${AREAS.driemond.id}`,
          ])
        ).out,
      ).toBe(`team-zuidoost is now gebiedsteam:area:${AREAS.driemond.id}`);
      expect((await admin(['revoke-role', '--username', 'team-zuidoost', '--role', 'coach'])).out).toBe(
        'team-zuidoost is no longer coach',
      );
      const listed = (await admin(['list-accounts'])).out
        .split('\n')
        .find((line) => line.startsWith('team-zuidoost'));
      expect(listed).toBe(
        `team-zuidoost\tteam-zuidoost\t-\tactive\tgebiedsteam:area:${AREAS.driemond.id},gebiedsteam:area:${AREAS.gaasperdam.id}`,
      );
    });

    it('disables an account from the command line, ending its sessions on the running server', async () => {
      const session = await consoleLogin(server.url, 'fbeheer', {}, PASSWORD);
      expect((await admin(['disable-account', '--username', 'fbeheer'])).code).toBe(0);
      const after = await fetch(`${server.url}/api/account/session`, { headers: { cookie: session.cookie } });
      expect(after.status).toBe(401);
      expect((await admin(['enable-account', '--username', 'fbeheer'])).code).toBe(0);
      expect((await consoleLogin(server.url, 'fbeheer', {}, PASSWORD)).body.account.name).toBe(
        'Functioneel Beheer',
      );
    });
  });
}
