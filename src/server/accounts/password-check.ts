import { hashPassword, needsRehash, unknownAccountHash, verifyPassword } from '../auth/passwords';
import type { Queryable } from '../db/database';

/**
 * Checks a username and password. A wrong name costs the same scrypt as a wrong password, so the
 * time taken does not tell which names exist; a disabled account is refused like a wrong password.
 */
export async function checkPassword(
  db: Queryable,
  username: string,
  password: string,
): Promise<{ accountId: string; name: string; mustChangePassword: boolean } | undefined> {
  const { rows } = await db.query<{ id: string; name: string; password_hash: string; must_change: boolean }>(
    `select id::text as id, coalesce(display_name, username) as name, password_hash,
            password_must_change as must_change
       from reader_accounts where username = lower($1) and disabled_at is null`,
    [username],
  );
  const account = rows[0];
  const matches = await verifyPassword(password, account?.password_hash ?? (await unknownAccountHash()));
  if (account === undefined || !matches) return undefined;
  if (needsRehash(account.password_hash)) {
    // Only now is the password in hand: raise an old hash to today's cost.
    await db.query('update reader_accounts set password_hash = $1 where id::text = $2', [
      await hashPassword(password),
      account.id,
    ]);
  }
  return { accountId: account.id, name: account.name, mustChangePassword: account.must_change };
}
