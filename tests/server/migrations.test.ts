import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { type MigrationLog, migrate } from '../../src/server/db/migrate';
import { loadMigrations, MIGRATIONS_DIR, type Migration, toMigrations } from '../../src/server/db/migrations';
import { databaseTargets, type TestStorage } from './support/databases';

function recordingLog(): MigrationLog & { warnings: object[] } {
  const warnings: object[] = [];
  return { warnings, info: () => undefined, warn: (fields) => warnings.push(fields) };
}

/** The number the next migration file would get, e.g. "0003". */
function nextNumber(migrations: readonly Migration[]): string {
  return String((migrations.at(-1)?.version ?? 0) + 1).padStart(4, '0');
}

function withExtra(migrations: readonly Migration[], name: string, sql: string): Migration[] {
  return toMigrations([...migrations, { name, sql }]);
}

describe('migration files', () => {
  it('are numbered from 0001 upwards, each number once, and all are loaded', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.name)).toEqual((await readdir(MIGRATIONS_DIR)).sort());
    expect(migrations[0]?.name).toBe('0001_init.sql');
  });

  it.each([
    [['0001_a.sql', '0001_b.sql'], /out of order: its number is used twice/],
    [['0002_b.sql'], /out of order: expected number 0001 first/],
    [['0001_a.sql', '2_b.sql'], /must be named NNNN_lower_snake_case\.sql/],
    [['0001_Init.sql'], /must be named/],
    [['0001_a.sql', 'notes.txt'], /must be named/],
  ])('rejects %j', (names, error) => {
    expect(() => toMigrations(names.map((name) => ({ name, sql: 'select 1' })))).toThrow(error);
  });

  it('accepts a skipped number, so parallel branches can reserve their own range', () => {
    const loaded = toMigrations(
      ['0020_c.sql', '0001_a.sql', '0002_b.sql'].map((name) => ({ name, sql: 'select 1' })),
    );
    expect(loaded.map((m) => m.version)).toEqual([1, 2, 20]);
  });

  it('ignores line-ending differences in the checksum', () => {
    const [unix, windows] = [
      toMigrations([{ name: '0001_a.sql', sql: 'select 1;\n' }]),
      toMigrations([{ name: '0001_a.sql', sql: 'select 1;\r\n' }]),
    ];
    expect(unix[0]?.checksum).toBe(windows[0]?.checksum);
  });
});

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`migrate (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let migrations: Migration[];

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await storage.open();
      migrations = await loadMigrations();
    });
    afterAll(() => storage?.dispose());

    it('lets two migrators race on a fresh database: both succeed, one set of rows', async () => {
      // The embedded database is one connection by nature, so its "second server" shares it.
      const other = target.kind === 'postgres' ? await storage.open() : db;
      const [first, second] = await Promise.all([
        migrate(db, migrations, recordingLog()),
        migrate(other, migrations, recordingLog()),
      ]);
      // Which migrator applies which migration depends on who takes the lock first: only the
      // whole is certain. Each migration is applied exactly once, and each migrator in order.
      const names = migrations.map((m) => m.name);
      expect([...first, ...second].sort()).toEqual([...names].sort());
      for (const applied of [first, second]) {
        expect(applied).toEqual(names.filter((name) => applied.includes(name)));
      }
      const recorded = await db.query('select version, name from schema_migrations order by version');
      expect(recorded.rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
      expect((await db.query('select count(*) as n from server_info')).rows).toEqual([{ n: 1 }]);
    });

    it('is idempotent: a second run applies nothing', async () => {
      expect(await migrate(db, migrations, recordingLog())).toEqual([]);
      expect((await db.query('select count(*) as n from server_info')).rows).toEqual([{ n: 1 }]);
    });

    it('rolls a failing migration back completely and records nothing', async () => {
      const broken = withExtra(
        migrations,
        `${nextNumber(migrations)}_broken.sql`,
        'create table half_done (id int); select 1 / 0;',
      );
      await expect(migrate(db, broken, recordingLog())).rejects.toThrow(/division by zero/);
      const table = await db.query("select to_regclass('half_done') as t");
      expect(table.rows).toEqual([{ t: null }]);
      expect((await db.query('select max(version) as v from schema_migrations')).rows).toEqual([
        { v: migrations.at(-1)?.version },
      ]);
    });

    it('refuses to start when an applied migration was edited', async () => {
      const [first, ...rest] = migrations;
      if (first === undefined) throw new Error('no migrations');
      const edited = toMigrations([{ name: first.name, sql: `${first.sql}\n-- edited` }, ...rest]);
      await expect(migrate(db, edited, recordingLog())).rejects.toThrow(/must never be edited/);
    });

    it('warns, but keeps working, when the database has newer migrations (rolling update)', async () => {
      const newer = `${nextNumber(migrations)}_newer.sql`;
      await migrate(db, withExtra(migrations, newer, 'create table newer (id int);'), recordingLog());
      const log = recordingLog();
      expect(await migrate(db, migrations, log)).toEqual([]);
      expect(log.warnings).toEqual([{ migrations: [newer] }]);
    });
  });
}
