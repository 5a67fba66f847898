import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  type Database,
  DatabaseUnavailableError,
  type Queryable,
  type QueryResult,
  type Row,
} from './database';
import { acquireLock } from './embedded-lock';
import { INT8_OID, parseInt8 } from './type-parsers';

/** PostgreSQL compiled to WebAssembly, in `dir`; created on first start, no setup needed. */
export async function openEmbeddedDatabase(dir: string): Promise<Database> {
  await mkdir(dir, { recursive: true });
  const releaseLock = await acquireLock(`${dir}.lock`);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dir, { parsers: { [INT8_OID]: parseInt8 } });
  } catch (error) {
    await releaseLock();
    throw error;
  }
  const inFlight = tracker();
  let closing: Promise<void> | undefined;
  const outer = queryable(pg);
  // Work that starts once closing has begun (a request cut at shutdown that still runs) is
  // refused like a lost connection on PostgreSQL: 503, and the client tries again elsewhere.
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    if (closing !== undefined || pg.closed) {
      const cause = new Error('the embedded database is closed');
      return Promise.reject(new DatabaseUnavailableError('unreachable', { cause }));
    }
    return inFlight.track(work);
  };
  return {
    kind: 'embedded',
    query: (sql, params) => run(() => outer.query(sql, params)),
    exec: (sql) => run(() => outer.exec(sql)),
    transaction: (fn) => run(() => pg.transaction((tx) => fn(queryable(tx)))),
    async health() {
      await pg.query('select 1');
    },
    close() {
      closing ??= (async () => {
        if (pg.closed) return;
        // Work already started (a request whose connection was cut at shutdown) finishes first,
        // as node-postgres's pool.end() waits for its checked-out connections.
        await inFlight.settled();
        await pg.close();
        await releaseLock();
      })();
      return closing;
    },
  };
}

function tracker() {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async track<T>(work: () => Promise<T>): Promise<T> {
      active++;
      try {
        return await work();
      } finally {
        active--;
        if (active === 0) for (const resolve of waiting.splice(0)) resolve();
      }
    },
    settled(): Promise<void> {
      return active === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}
