import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { loadMigrations } from '../../src/server/db/migrations';
import { databaseTargets, type TestStorage } from './support/databases';
import { startTestServer, type TestServer } from './support/server';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const silent = { info: () => undefined, warn: () => undefined };
const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`GET /api/health (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await storage.open();
      await migrate(db, await loadMigrations(), silent);
      server = await startTestServer({ db });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('reports ok, the package version and the database kind', async () => {
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        status: 'ok',
        version,
        database: { kind: target.kind, status: 'ok' },
      });
    });

    it('answers HEAD too, for load balancers that probe with it', async () => {
      const response = await fetch(`${server.url}/api/health`, { method: 'HEAD' });
      expect(response.status).toBe(200);
    });

    // Runs last in this block: it closes the database under the running server.
    it('answers 503 "degraded" once the database is gone', async () => {
      await db.close();
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'degraded',
        version,
        database: { kind: target.kind, status: 'error' },
      });
      expect(server.logs.join('')).toContain('database health check failed');
    });

    it('answers other requests 503 with Retry-After, never 500, while the database is gone', async () => {
      const response = await fetch(`${server.url}/api/summaries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bgd_unknown' },
        body: JSON.stringify({ summaries: [] }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    });
  });
}
