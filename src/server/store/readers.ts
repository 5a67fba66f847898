import { hashPassword, needsRehash, unknownAccountHash, verifyPassword } from '../auth/passwords';
import { hashSecret, newToken, READER_TOKEN_PREFIX } from '../auth/secrets';
import type { Queryable } from '../db/database';
import type { AreaRecord } from './areas';

/**
 * Area-team accounts read the aggregates of one area. Signing in costs one scrypt (a quarter
 * of a second, on purpose); it yields a session token, so each aggregate request costs only a
 * hash lookup. Sessions expire; signing out deletes the session at once.
 */
export const READER_SESSION_MS = 12 * 60 * 60 * 1000;

export async function createReader(
  db: Queryable,
  account: { areaId: string; username: string; password: string },
): Promise<{ id: string }> {
  const { rows } = await db.query<{ id: string }>(
    `insert into reader_accounts (area_id, username, password_hash) values ($1, $2, $3)
     returning id::text as id`,
    [account.areaId, account.username.toLowerCase(), await hashPassword(account.password)],
  );
  const created = rows[0];
  if (created === undefined) throw new Error('account was not created');
  return created;
}

export interface ReaderSession {
  token: string;
  expiresAt: Date;
  area: AreaRecord;
}

export async function signIn(
  db: Queryable,
  username: string,
  password: string,
): Promise<ReaderSession | undefined> {
  const { rows } = await db.query<{ id: string; password_hash: string; area_id: string; area_name: string }>(
    `select r.id::text as id, r.password_hash, a.id as area_id, a.name as area_name
       from reader_accounts r join areas a on a.id = r.area_id
      where r.username = $1 and r.disabled_at is null`,
    [username.toLowerCase()],
  );
  const account = rows[0];
  const matches = await verifyPassword(password, account?.password_hash ?? (await unknownAccountHash()));
  if (account === undefined || !matches) return undefined;
  if (needsRehash(account.password_hash)) {
    // Only now is the password in hand: raise an old hash to today's cost.
    await db.query('update reader_accounts set password_hash = $1 where id = $2', [
      await hashPassword(password),
      account.id,
    ]);
  }
  await db.query('delete from reader_sessions where expires_at < now()');
  const token = newToken(READER_TOKEN_PREFIX);
  const created = await db.query<{ expires_at: Date }>(
    `insert into reader_sessions (token_hash, account_id, expires_at)
     values ($1, $2, now() + $3 * interval '1 millisecond') returning expires_at`,
    [hashSecret(token), account.id, READER_SESSION_MS],
  );
  return {
    token,
    expiresAt: created.rows[0]?.expires_at ?? new Date(Number.NaN),
    area: { id: account.area_id, name: account.area_name },
  };
}

/** The area a live session may read, or undefined for an unknown, expired or disabled one. */
export async function sessionArea(db: Queryable, token: string): Promise<string | undefined> {
  const { rows } = await db.query<{ area_id: string }>(
    `select r.area_id from reader_sessions s join reader_accounts r on r.id = s.account_id
      where s.token_hash = $1 and s.expires_at > now() and r.disabled_at is null`,
    [hashSecret(token)],
  );
  return rows[0]?.area_id;
}

export async function signOut(db: Queryable, token: string): Promise<void> {
  await db.query('delete from reader_sessions where token_hash = $1', [hashSecret(token)]);
}
