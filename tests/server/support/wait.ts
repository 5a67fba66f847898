import pg from 'pg';
import type { Database } from '../../../src/server/db/database';
import type { TestStorage } from './databases';

/**
 * Waits for a condition to hold, checking again every few milliseconds. It synchronises on what
 * the system reports (a lock wait, a health status), never on how long something takes; the upper
 * bound only turns a hang into a failure with a name.
 */
export async function eventually(
  condition: () => Promise<boolean>,
  what: string,
  limitMs = 30_000,
): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface LockHolder {
  release(): Promise<void>;
}

/**
 * Holds the per-summary locks that ingest takes (store/summaries.ts), from a connection of the
 * test's own: a server storing one of these ids now waits inside its transaction, on cue.
 */
export async function holdSummaryLocks(storage: TestStorage, ids: readonly string[]): Promise<LockHolder> {
  const client = new pg.Client({ connectionString: storage.env.DATABASE_URL });
  await client.connect();
  await client.query('select pg_advisory_lock(16968, hashtext(id)) from unnest($1::text[]) as id', [ids]);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await client.end();
    },
  };
}

/** How many server transactions are waiting for a summary lock right now. */
export async function lockWaiters(db: Database): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'
        and query like '%pg_advisory_xact_lock(16968%'`,
  );
  return rows[0]?.n ?? 0;
}

export async function waitingOnLocks(db: Database, count = 1): Promise<boolean> {
  return (await lockWaiters(db)) >= count;
}
