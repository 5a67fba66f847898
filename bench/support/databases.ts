import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/server/db/database';
import { openEmbeddedDatabase } from '../../src/server/db/pglite';
import { openPostgresDatabase } from '../../src/server/db/postgres';

/** The two databases a server benchmark runs on, each in a place of its own, removed afterwards. */
export interface Target {
  label: string;
  db: Database;
  dispose(): Promise<void>;
}

export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function embeddedTarget(prefix: string): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), `bg-bench-${prefix}-`));
  const db = await openEmbeddedDatabase(join(dir, 'db'));
  return {
    label: 'embedded',
    db,
    async dispose() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema on the machine's PostgreSQL; undefined (and said why) when it cannot be reached. */
export async function postgresTarget(
  log: (message: string) => void,
  options: { statementTimeoutMs?: number } = {},
): Promise<Target | undefined> {
  const schema = `bg_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  } catch (error) {
    log(
      `PostgreSQL not reachable (${error instanceof Error ? error.message : String(error)}): its figures are skipped`,
    );
    await admin.end().catch(() => undefined);
    return undefined;
  }
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db =
    options.statementTimeoutMs === undefined
      ? openPostgresDatabase({ connectionString: url.toString() })
      : openPostgresDatabase(
          { connectionString: url.toString() },
          { statementTimeoutMs: options.statementTimeoutMs },
        );
  return {
    label: 'PostgreSQL',
    db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    },
  };
}
