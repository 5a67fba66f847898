import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { type ChildServer, spawnCommand } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  deviceToken,
  migrated,
  postSummaries,
  storedCount,
  summary,
} from './support/fixtures';
import { eventually, holdSummaryLocks, type LockHolder, waitingOnLocks } from './support/wait';

/**
 * The production command exactly as documented (`npm run serve`, the compiled server started by
 * npm), stopped the way a container runtime or a plain `kill` stops it: SIGTERM to the process
 * that was started, npm. The signal must reach the server, the upload it is in the middle of must
 * be stored, and everything must exit 0 with no server left running behind npm's back.
 *
 * PostgreSQL only: the upload is held mid-transaction on a lock the test owns, so "in flight
 * when the signal comes" is a fact, not a race.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const postgres = (await databaseTargets()).find((target) => target.kind === 'postgres');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(postgres?.available !== true)('the production command (postgres)', () => {
  let storage: TestStorage;
  let db: Database;
  let staticDir: string;
  let token: string;
  let server: ChildServer | undefined;
  let holder: LockHolder | undefined;
  let serverPid: number | undefined;

  beforeAll(async () => {
    if (postgres === undefined) return;
    const built = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build:server failed:\n${built.stderr}`);
    storage = await postgres.createStorage();
    db = await migrated(await storage.open());
    await createAreas(db);
    token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
    staticDir = await mkdtemp(join(tmpdir(), 'bg-production-dist-'));
  });
  afterAll(async () => {
    await holder?.release();
    if (server !== undefined && server.process.exitCode === null) server.process.kill('SIGKILL');
    await server?.exited;
    // Should the signal not have reached it, the server must not outlive the test.
    if (serverPid !== undefined && isRunning(serverPid)) process.kill(serverPid, 'SIGKILL');
    await storage?.dispose();
    if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
  });

  it('`npm run serve` finishes the upload in flight on SIGTERM and exits 0', async () => {
    server = await spawnCommand('npm', ['run', 'serve'], { ...storage.env, STATIC_DIR: staticDir });
    const started = server;
    await eventually(async () => /"pid":\d+/.test(started.output()), 'a log line naming the server process');
    const pid = Number(/"pid":(\d+)/.exec(server.output())?.[1]);
    serverPid = pid;
    expect(pid).not.toBe(server.process.pid);
    expect(isRunning(pid)).toBe(true);

    const batch = [summary(), summary()];
    holder = await holdSummaryLocks(storage, [batch[0]?.id ?? '']);
    const upload = postSummaries(server.url, token, { summaries: batch });
    await eventually(() => waitingOnLocks(db), 'the upload to wait inside its transaction');

    server.process.kill('SIGTERM');
    const running = server;
    await eventually(
      async () => running.output().includes('"signal":"SIGTERM"'),
      'the server to begin shutting down',
    );
    await holder.release();
    holder = undefined;

    const response = await upload;
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as SummaryBatchResponse;
    expect(results.map((result) => result.status)).toEqual(['stored', 'stored']);
    expect(await server.exited, server.output()).toBe(0);
    expect(isRunning(pid)).toBe(false);
    expect(await storedCount(db)).toBe(2);
  });
});
