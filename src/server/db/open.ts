import type { ServerConfig } from '../config';
import type { Database } from './database';
import { openEmbeddedDatabase } from './pglite';
import { openPostgresDatabase, type PostgresOptions } from './postgres';

export function openDatabase(
  config: ServerConfig,
  options: Pick<PostgresOptions, 'onBackgroundError'> = {},
): Promise<Database> {
  const { database } = config;
  return database.kind === 'embedded'
    ? openEmbeddedDatabase(database.dir)
    : Promise.resolve(
        openPostgresDatabase(
          { connectionString: database.url },
          { ...options, poolSize: database.poolSize, statementTimeoutMs: database.statementTimeoutMs },
        ),
      );
}
