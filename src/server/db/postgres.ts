import pg from 'pg';
import type { Database, Queryable, QueryResult, Row } from './database';
import { INT8_OID, parseInt8 } from './type-parsers';

export interface PostgresOptions {
  /** An idle pooled connection broke (e.g. PostgreSQL restarted); the pool replaces it. */
  onBackgroundError?: (error: Error) => void;
}

/** A connection pool to a PostgreSQL server; connects lazily, so opening never blocks. */
export function openPostgresDatabase(config: pg.PoolConfig, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({
    application_name: 'buurtgesprek',
    // Fail fast instead of queueing forever, so the health check can answer its load balancer.
    connectionTimeoutMillis: 5_000,
    ...config,
    types: { getTypeParser: typeParser },
  });
  // Without a listener an idle connection's error would crash the process.
  pool.on('error', (error) => options.onBackgroundError?.(error));
  let closed = false;

  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        // A connection whose rollback failed is in an unknown state: destroy it, never reuse it.
        const rollbackError = await client.query('rollback').then(
          () => undefined,
          (failure: unknown) => (failure instanceof Error ? failure : new Error(String(failure))),
        );
        client.release(rollbackError);
        throw error;
      }
    },
    async health() {
      await pool.query('select 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

// The pool only ever asks for text-format parsers (binary results are never requested).
const typeParser = ((oid: number) =>
  oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid)) as pg.CustomTypesConfig['getTypeParser'];
