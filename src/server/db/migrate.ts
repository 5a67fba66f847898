import type { Database, Queryable } from './database';
import type { Migration } from './migrations';

export interface MigrationLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

// 0x4247 is "BG"; the second key is the schema, so servers on different schemas never wait for each other.
const TAKE_LOCK = 'select pg_advisory_xact_lock(16967, hashtext(current_schema()))';

const CREATE_TABLE = `
  create table if not exists schema_migrations (
    version    integer primary key,
    name       text not null,
    checksum   text not null,
    applied_at timestamptz not null default now()
  )`;

/**
 * Applies the migrations the database lacks, each in its own transaction. Every transaction first
 * takes an advisory lock, so server processes starting together on one PostgreSQL take turns: the
 * first applies a migration, the others then find it recorded and skip it.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  log: MigrationLog,
): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await db.transaction(async (tx) => {
      // A migration may rightly take long (an index on a big table), and so may the wait for
      // another process's: the statement limit for requests does not apply here.
      await tx.exec('set local statement_timeout = 0');
      await tx.query(TAKE_LOCK);
      await tx.exec(CREATE_TABLE);
      if (await isRecorded(tx, migration)) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) {
      applied.push(migration.name);
      log.info({ migration: migration.name }, 'applied migration');
    }
  }
  await warnAboutUnknown(db, migrations, log);
  return applied;
}

async function isRecorded(tx: Queryable, migration: Migration): Promise<boolean> {
  const { rows } = await tx.query<{ name: string; checksum: string }>(
    'select name, checksum from schema_migrations where version = $1',
    [migration.version],
  );
  const recorded = rows[0];
  if (recorded === undefined) return false;
  if (recorded.name !== migration.name || recorded.checksum !== migration.checksum) {
    throw new Error(
      `Migration ${migration.name} differs from the one applied as ${recorded.name}: ` +
        'applied migrations must never be edited; add a new migration instead',
    );
  }
  return true;
}

// During a rolling update an older server may meet migrations a newer one applied. Migrations
// only add, so the older server keeps working; say so rather than refuse to start.
async function warnAboutUnknown(
  db: Database,
  migrations: readonly Migration[],
  log: MigrationLog,
): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    'select name from schema_migrations where version > $1 order by version',
    [migrations.at(-1)?.version ?? 0],
  );
  if (rows.length > 0) {
    log.warn({ migrations: rows.map((row) => row.name) }, 'database has migrations newer than this server');
  }
}
