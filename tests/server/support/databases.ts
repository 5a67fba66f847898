import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database, DatabaseKind } from '../../../src/server/db/database';
import { openEmbeddedDatabase } from '../../../src/server/db/pglite';
import { openPostgresDatabase } from '../../../src/server/db/postgres';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Fresh, empty storage for one test file; nothing is migrated yet. */
export interface TestStorage {
  /** The environment that points main.ts at this storage. */
  readonly env: Readonly<Record<string, string>>;
  /** A new handle on the storage; the embedded database allows only one open at a time. */
  open(): Promise<Database>;
  /** Closes every handle opened and deletes the storage. */
  dispose(): Promise<void>;
}

export interface DatabaseTarget {
  readonly kind: DatabaseKind;
  /** False when PostgreSQL is not reachable outside CI: its describe blocks are skipped. */
  readonly available: boolean;
  createStorage(): Promise<TestStorage>;
}

/**
 * The databases every server integration test runs against. PostgreSQL missing is a warning on
 * a developer's machine and a failure in CI, where a silently skipped half would look green.
 */
export async function databaseTargets(): Promise<DatabaseTarget[]> {
  const problem = await probePostgres();
  if (problem !== undefined) {
    const message = `PostgreSQL not reachable at ${redacted(POSTGRES_URL)} (${problem})`;
    if (process.env.CI === 'true') {
      throw new Error(
        `${message}. CI runs the server tests on PostgreSQL too: start it or set TEST_DATABASE_URL.`,
      );
    }
    console.warn(`${message}: skipping PostgreSQL runs`);
  }
  return [
    { kind: 'embedded', available: true, createStorage: createEmbeddedStorage },
    { kind: 'postgres', available: problem === undefined, createStorage: createPostgresStorage },
  ];
}

async function createEmbeddedStorage(): Promise<TestStorage> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bg-server-'));
  const opened: Database[] = [];
  return {
    env: { DATA_DIR: dataDir },
    async open() {
      const db = await openEmbeddedDatabase(join(dataDir, 'db'));
      opened.push(db);
      return db;
    },
    async dispose() {
      await Promise.all(opened.map((db) => db.close()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// Each test file gets its own schema, so files never see each other's tables.
async function createPostgresStorage(): Promise<TestStorage> {
  const schema = `bg_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create schema ${schema}`));
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const opened: Database[] = [];
  return {
    env: { DATABASE_URL: url.toString() },
    async open() {
      const db = openPostgresDatabase({ connectionString: url.toString() });
      opened.push(db);
      return db;
    },
    async dispose() {
      await Promise.all(opened.map((db) => db.close()));
      await withAdminClient((client) => client.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

async function probePostgres(): Promise<string | undefined> {
  try {
    await withAdminClient((client) => client.query('select 1'));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

async function withAdminClient<R>(fn: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable TEST_DATABASE_URL)';
  }
}
