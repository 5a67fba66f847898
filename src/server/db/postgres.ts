import pg from 'pg';
import { asUnavailable } from './connection-errors';
import {
  type Database,
  DatabaseUnavailableError,
  type Queryable,
  type QueryResult,
  type Row,
} from './database';
import { INT8_OID, parseInt8 } from './type-parsers';

export interface PostgresOptions {
  /** Connections the request pool may open (the health check has one more of its own). */
  poolSize?: number;
  /** PostgreSQL cancels a statement that runs (or waits for a lock) longer than this. */
  statementTimeoutMs?: number;
  /** A pooled connection broke (e.g. PostgreSQL restarted); the pool replaces it by itself. */
  onBackgroundError?: (error: Error) => void;
}

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
// How long a request waits for a free (or new) connection before it is answered 503.
const CONNECTION_WAIT_MS = 5_000;
// The health check waits less than its balancer does.
const HEALTH_CONNECTION_WAIT_MS = 2_000;

/**
 * A connection pool to a PostgreSQL server; connects lazily, so opening never blocks. A broken
 * connection never ends the process: it fails what was using it with `DatabaseUnavailableError`
 * and the pool opens a fresh one for the next request.
 */
export function openPostgresDatabase(config: pg.PoolConfig, options: PostgresOptions = {}): Database {
  const reportBroken = (error: Error): void => options.onBackgroundError?.(error);
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const pool = new pg.Pool({
    application_name: 'buurtgesprek',
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    // Every wait has a limit on the database side too: a stuck statement, and a transaction left
    // open by a connection that vanished without a word (a partition), so its locks are freed.
    statement_timeout: statementTimeout,
    idle_in_transaction_session_timeout: Math.max(statementTimeout, 60_000),
    // A database host that disappears without closing its connections is noticed by TCP itself.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...config,
    types: { getTypeParser: typeParser },
  });
  // The health check has a connection of its own, kept open, so that a pool busy with uploads
  // does not make a healthy process look broken to its load balancer: it reports the database,
  // not the queue.
  const healthPool = new pg.Pool({
    application_name: 'buurtgesprek-health',
    ...config,
    max: 1,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: HEALTH_CONNECTION_WAIT_MS,
    statement_timeout: HEALTH_CONNECTION_WAIT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // node-postgres listens for errors on idle connections only through these; without a listener
  // the error would be thrown as uncaught and end the process.
  pool.on('error', reportBroken);
  healthPool.on('error', reportBroken);
  let closed = false;

  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect().catch((error: unknown) => {
        throw asUnavailable(error);
      });
      // A connection checked out of the pool has no error listener of its own (node-postgres
      // issues 1324, 3083): one that breaks mid-transaction would end the process. Listen for as
      // long as it is out, and never hand a broken one back for reuse.
      let broken: Error | undefined;
      const onError = (error: Error): void => {
        broken = error;
        reportBroken(error);
      };
      client.on('error', onError);
      const release = (error?: Error): void => {
        client.off('error', onError);
        client.release(error);
      };
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        release();
        return result;
      } catch (error) {
        // A connection whose rollback failed is in an unknown state: destroy it, never reuse it.
        const rollbackError =
          broken ??
          (await client.query('rollback').then(
            () => undefined,
            (failure: unknown) => (failure instanceof Error ? failure : new Error(String(failure))),
          ));
        release(rollbackError);
        throw broken === undefined
          ? asUnavailable(error)
          : new DatabaseUnavailableError('unreachable', { cause: broken });
      }
    },
    async health() {
      await healthPool.query('select 1').catch((error: unknown) => {
        throw asUnavailable(error);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), healthPool.end()]);
    },
  };
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      try {
        const result = await target.query<T>(sql, [...params]);
        return { rows: result.rows, rowCount: result.rowCount ?? 0 };
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await target.query(sql).catch((error: unknown) => {
        throw asUnavailable(error);
      });
    },
  };
}

// The pool only ever asks for text-format parsers (binary results are never requested).
const typeParser = ((oid: number) =>
  oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid)) as pg.CustomTypesConfig['getTypeParser'];
