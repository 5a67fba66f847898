import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`Database adapter (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await storage.open();
      await db.exec(
        'create table tally (id int8 primary key, label text not null); create index on tally (label)',
      );
    });
    afterAll(() => storage?.dispose());

    it('reports its kind and health', async () => {
      expect(db.kind).toBe(target.kind);
      await expect(db.health()).resolves.toBeUndefined();
    });

    // The same query must give the same JavaScript values on both databases.
    it('returns the same value types on both databases', async () => {
      const { rows } = await db.query(
        `select 42::int8 as big, 7::int4 as small, 1.5::numeric as exact, true as yes,
                '{"a":1}'::jsonb as doc, 'x'::text as word, timestamptz '2026-01-02T03:04:05Z' as at,
                null::text as nothing`,
      );
      expect(rows).toEqual([
        {
          big: 42,
          small: 7,
          exact: '1.5',
          yes: true,
          doc: { a: 1 },
          word: 'x',
          at: new Date('2026-01-02T03:04:05Z'),
          nothing: null,
        },
      ]);
    });

    it('refuses an int8 beyond the safe integer range instead of rounding it', async () => {
      await expect(db.query('select 9007199254740993::int8 as big')).rejects.toThrow(/does not fit/);
    });

    it('passes parameters and counts changed rows', async () => {
      const inserted = await db.query('insert into tally (id, label) values ($1, $2), ($3, $4)', [
        1,
        'a',
        2,
        'b',
      ]);
      expect(inserted.rowCount).toBe(2);
      const { rows } = await db.query<{ n: number }>('select count(*) as n from tally where label = $1', [
        'a',
      ]);
      expect(rows).toEqual([{ n: 1 }]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await db.transaction((tx) => tx.query('insert into tally (id, label) values (10, $1)', ['kept']));
      await expect(
        db.transaction(async (tx) => {
          await tx.query('insert into tally (id, label) values (11, $1)', ['lost']);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const { rows } = await db.query('select label from tally where id >= 10 order by id');
      expect(rows).toEqual([{ label: 'kept' }]);
    });

    it('is usable after a failed statement inside a transaction', async () => {
      await expect(db.transaction((tx) => tx.query('select * from no_such_table'))).rejects.toThrow();
      await expect(db.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
    });
  });
}
