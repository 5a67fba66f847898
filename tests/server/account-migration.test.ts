import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { loadMigrations } from '../../src/server/db/migrations';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, getAggregates, login, READER_PASSWORD } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const silent = { info: () => undefined, warn: () => undefined };
const OLD_TOKEN = `bgr_${'o'.repeat(43)}`;

for (const target of targets) {
  describe.skipIf(!target.available)(`area-team accounts from before roles (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await storage.open();
      // The database as the previous release left it: an area-team account and a live session.
      const all = await loadMigrations();
      await migrate(
        db,
        all.filter((migration) => migration.version < 50),
        silent,
      );
      for (const area of Object.values(AREAS)) {
        await db.query('insert into areas (id, name) values ($1, $2)', [area.id, area.name]);
      }
      await db.query(
        `insert into reader_accounts (area_id, username, password_hash) values ($1, 'team-gd', $2)`,
        [AREAS.gaasperdam.id, await hashPassword(READER_PASSWORD)],
      );
      await db.query(
        `insert into reader_sessions (token_hash, account_id, expires_at)
         select $1, id, now() + interval '1 hour' from reader_accounts`,
        [hashSecret(OLD_TOKEN)],
      );
      await migrate(db, all, silent);
      server = await startTestServer({ db });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('keeps its session and password working, as gebiedsteam of its own area only', async () => {
      expect((await getAggregates(server.url, OLD_TOKEN, AREAS.gaasperdam.id, 'year=2026')).status).toBe(200);
      expect((await getAggregates(server.url, OLD_TOKEN, AREAS.driemond.id, 'year=2026')).status).toBe(403);
      const fresh = await login(server.url, 'team-gd');
      expect((await getAggregates(server.url, fresh, AREAS.gaasperdam.id, 'year=2026')).status).toBe(200);
      const grants = await db.query('select role, scope_kind, area_id from account_grants');
      expect(grants.rows).toEqual([
        { role: 'gebiedsteam', scope_kind: 'area', area_id: AREAS.gaasperdam.id },
      ]);
    });
  });
}
