import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import { storeSummaries } from '../../src/server/store/summaries';
import { type ChildServer, spawnCommand } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  createReaderAccount,
  getAggregates,
  login,
  migrated,
  summary,
} from './support/fixtures';

/**
 * The compiled server (`node dist-server/server/main.js`, what `npm run serve` runs) computes
 * aggregates in its worker threads: the worker is compiled beside main.js and found there, with
 * no TypeScript loader in the process. From the sources the pool loads the TypeScript worker
 * through tsx instead; every other aggregates test runs that way.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const embedded = (await databaseTargets()).find((target) => target.kind === 'embedded');

describe('aggregates from the compiled server', () => {
  let storage: TestStorage;
  let staticDir: string;
  let server: ChildServer | undefined;

  beforeAll(async () => {
    const built = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build:server failed:\n${built.stderr}`);
    if (embedded === undefined) throw new Error('no embedded database target');
    storage = await embedded.createStorage();
    const db = await migrated(await storage.open());
    await createAreas(db);
    await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
    await storeSummaries(
      db,
      AREAS.gaasperdam.id,
      Array.from({ length: 12 }, () => summary({ period: { year: 2026, quarter: 1 } })),
    );
    // The embedded database has one owner at a time: the server process.
    await db.close();
    staticDir = await mkdtemp(join(tmpdir(), 'bg-production-dist-'));
  });
  afterAll(async () => {
    if (server !== undefined && server.process.exitCode === null) server.process.kill('SIGKILL');
    await server?.exited;
    await storage?.dispose();
    if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
  });

  it('answers an area-year through its worker threads', async () => {
    server = await spawnCommand(process.execPath, ['dist-server/server/main.js'], {
      ...storage.env,
      STATIC_DIR: staticDir,
      SIGN_IN_RATE_LIMIT: '1000',
      // The answer is what is tested here, not the budget (aggregates-budget.test.ts).
      AGGREGATE_BUDGET_MS: '600000',
    });
    const reader = await login(server.url, 'team-gaasperdam');
    const response = await getAggregates(server.url, reader, AREAS.gaasperdam.id, 'year=2026');
    expect(response.status, server.output()).toBe(200);
    const report = (await response.json()) as AggregatesReport;
    expect(report.conversations).toBe(12);
    expect(report.themes.map((theme) => theme.themeId)).toEqual(['wonen']);
  });
});
