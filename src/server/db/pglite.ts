import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult, Row } from './database';
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
  return {
    kind: 'embedded',
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    async health() {
      await pg.query('select 1');
    },
    async close() {
      if (pg.closed) return;
      await pg.close();
      await releaseLock();
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
