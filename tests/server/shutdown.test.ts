import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadMigrations } from '../../src/server/db/migrations';
import { type ChildServer, spawnServer } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import { startTestServer } from './support/server';

const targets = await databaseTargets();

async function stopWith(server: ChildServer, signal: NodeJS.Signals): Promise<{ code: number | null }> {
  server.process.kill(signal);
  return { code: await server.exited };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`main.ts start and graceful shutdown (${target.kind})`, () => {
    let storage: TestStorage;
    let staticDir: string;
    let env: Record<string, string>;
    // Opened after the child processes are gone; the embedded database allows one process at a time.
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      staticDir = await mkdtemp(join(tmpdir(), 'bg-child-dist-'));
      env = { ...storage.env, STATIC_DIR: staticDir };
    });
    afterAll(async () => {
      await storage?.dispose();
      if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
    });

    it('prints the startup line, serves, and exits 0 on SIGTERM', async () => {
      const server = await spawnServer(env);
      expect(server.database).toBe(target.kind);
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { kind: target.kind } });

      // How fast is a figure for a benchmark; what matters here is that it ends, cleanly.
      const { code } = await stopWith(server, 'SIGTERM');
      expect(code, server.output()).toBe(0);
      expect(server.output()).toContain('"signal":"SIGTERM"');
    });

    it('starts again on the same data (migrations already applied) and exits 0 on SIGINT', async () => {
      const server = await spawnServer(env);
      expect(server.output()).not.toContain('applied migration');
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const { code } = await stopWith(server, 'SIGINT');
      expect(code, server.output()).toBe(0);
    });

    it('leaves the data intact and the database free to open', async () => {
      db = await storage.open();
      const { rows } = await db.query('select count(*) as n from schema_migrations');
      expect(rows).toEqual([{ n: (await loadMigrations()).length }]);
    });

    // Keep-alive connections (fetch's, a load balancer's) must not hold the shutdown up.
    it('lets a request in flight finish, then closes promptly', async () => {
      let release = (): void => undefined;
      const started = new Promise<void>((resolveStarted) => {
        release = resolveStarted;
      });
      let finish = (): void => undefined;
      const server = await startTestServer({
        db,
        configure(app) {
          app.get('/api/test/slow', async () => {
            release();
            await new Promise<void>((resolve) => {
              finish = resolve;
            });
            return { done: true };
          });
        },
      });
      const inFlight = fetch(`${server.url}/api/test/slow`);
      await started;
      const closed = server.close();
      // Closing has begun once the server stops answering new requests: only then is the request let go.
      while (
        await fetch(`${server.url}/api/health`).then(
          (answer) => answer.status === 200,
          () => false,
        )
      );
      finish();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ done: true });
      // A kept-alive connection holding the close would leave this waiting past the test's limit.
      await closed;
    });
  });
}
