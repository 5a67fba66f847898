import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, PASSWORD_COST } from '../../src/server/auth/passwords';
import type { Database } from '../../src/server/db/database';
import { createReader, signIn } from '../../src/server/store/readers';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, migrated } from './support/fixtures';

const targets = await databaseTargets();
// The cost every hash had before OWASP's current minimum was adopted.
const OLD_COST = { N: 16_384, r: 8, p: 1 };
const PASSWORD = 'een lang genoeg wachtwoord';

describe('reader password hashes', () => {
  it('are made with at least OWASP’s scrypt minimum: N = 2^17, r = 8, p = 1', async () => {
    const stored = await hashPassword(PASSWORD);
    const [scheme, n, r, p] = stored.split('$');
    expect([scheme, Number(n), Number(r), Number(p)]).toEqual(['scrypt', 2 ** 17, 8, 1]);
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash(await hashPassword(PASSWORD, OLD_COST))).toBe(true);
    expect(needsRehash('sha1$abc')).toBe(true);
    expect(PASSWORD_COST.N).toBeGreaterThanOrEqual(2 ** 17);
  });
});

for (const target of targets) {
  describe.skipIf(!target.available)(`reader password upgrade (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
    });
    afterAll(() => storage?.dispose());

    const storedHash = async (username: string) =>
      (
        await db.query<{ password_hash: string }>(
          'select password_hash from reader_accounts where username = $1',
          [username],
        )
      ).rows[0]?.password_hash ?? '';

    it('re-hashes an old, cheaper hash at the next sign-in, and only with the right password', async () => {
      const { id } = await createReader(db, {
        areaId: AREAS.gaasperdam.id,
        username: 'oud',
        password: PASSWORD,
      });
      const old = await hashPassword(PASSWORD, OLD_COST);
      await db.query('update reader_accounts set password_hash = $1 where id::text = $2', [old, id]);

      expect(await signIn(db, 'oud', 'een verkeerd wachtwoord')).toBeUndefined();
      expect(await storedHash('oud')).toBe(old);

      expect((await signIn(db, 'oud', PASSWORD))?.area?.id).toBe(AREAS.gaasperdam.id);
      const upgraded = await storedHash('oud');
      expect(upgraded).not.toBe(old);
      expect(needsRehash(upgraded)).toBe(false);
      expect(await signIn(db, 'oud', PASSWORD)).toBeDefined();
      expect(await storedHash('oud')).toBe(upgraded);
    });
  });
}
