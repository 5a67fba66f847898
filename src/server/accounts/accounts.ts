import type { RoleGrant } from '../../domain/accounts/roles';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { Queryable } from '../db/database';
import { GRANTS_JSON, grantsFromJson } from './grants';

/**
 * People who sign in: administrators, area teams, coaches. (Stored in `reader_accounts`, the
 * area-team table they grew from; see migration 0050.) A password is optional: an account made
 * for single sign-on has none and cannot sign in with one.
 */
export interface Account {
  id: string;
  username: string;
  name: string;
  email: string | null;
  disabledAt: Date | null;
  createdAt: Date;
  grants: RoleGrant[];
}

// Not a scrypt hash, so verifyPassword never accepts anything for it.
const NO_PASSWORD = '!';

export interface NewAccount {
  username: string;
  /** Shown in the console and the audit trail; the username when left out. */
  name?: string;
  email?: string | null;
  password?: string;
  /** Kept on the old column so an older server (rollback) still lets a single-area reader in. */
  legacyAreaId?: string;
  oidc?: { issuer: string; subject: string };
}

export async function createAccount(db: Queryable, account: NewAccount): Promise<{ id: string }> {
  const { rows } = await db.query<{ id: string }>(
    `insert into reader_accounts (username, display_name, email, password_hash, area_id, oidc_issuer, oidc_subject)
     values ($1, $2, $3, $4, $5, $6, $7) returning id::text as id`,
    [
      account.username.toLowerCase(),
      account.name ?? null,
      account.email ?? null,
      account.password === undefined ? NO_PASSWORD : await hashPassword(account.password),
      account.legacyAreaId ?? null,
      account.oidc?.issuer ?? null,
      account.oidc?.subject ?? null,
    ],
  );
  const created = rows[0];
  if (created === undefined) throw new Error('account was not created');
  return created;
}

const ACCOUNT_COLUMNS = `a.id::text as id, a.username, coalesce(a.display_name, a.username) as name, a.email,
  a.disabled_at, a.created_at, ${GRANTS_JSON} as grants`;

type AccountRow = {
  id: string;
  username: string;
  name: string;
  email: string | null;
  disabled_at: Date | null;
  created_at: Date;
  grants: unknown;
};

function accountFromRow(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    email: row.email,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    grants: grantsFromJson(row.grants),
  };
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  const { rows } = await db.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from reader_accounts a order by lower(coalesce(a.display_name, a.username))`,
  );
  return rows.map(accountFromRow);
}

export async function findAccount(
  db: Queryable,
  by: { id: string } | { username: string } | { email: string },
): Promise<Account | undefined> {
  const [where, value] =
    'id' in by
      ? ['a.id::text = $1', by.id]
      : 'username' in by
        ? ['a.username = lower($1)', by.username]
        : ['lower(a.email) = lower($1)', by.email];
  const { rows } = await db.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from reader_accounts a where ${where}`,
    [value],
  );
  return rows[0] === undefined ? undefined : accountFromRow(rows[0]);
}

/**
 * Disables an account and ends every session it has, in one statement each inside the caller's
 * transaction: from the next request on nothing it holds is accepted. False when unknown.
 */
export async function disableAccount(db: Queryable, accountId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'update reader_accounts set disabled_at = coalesce(disabled_at, now()) where id::text = $1',
    [accountId],
  );
  await endAllSessions(db, accountId);
  return rowCount > 0;
}

export async function enableAccount(db: Queryable, accountId: string): Promise<boolean> {
  const { rowCount } = await db.query('update reader_accounts set disabled_at = null where id::text = $1', [
    accountId,
  ]);
  return rowCount > 0;
}

/** Sign out everywhere: every session of the account ends; returns how many there were. */
export async function endAllSessions(db: Queryable, accountId: string): Promise<number> {
  const { rowCount } = await db.query('delete from reader_sessions where account_id::text = $1', [accountId]);
  return rowCount;
}

/**
 * A new password. `mustChange` marks one an administrator set (a reset): the owner must replace it
 * at her next sign-in. False when there is no such account.
 */
export async function setPassword(
  db: Queryable,
  accountId: string,
  password: string,
  options: { mustChange?: boolean } = {},
): Promise<boolean> {
  const { rowCount } = await db.query(
    'update reader_accounts set password_hash = $2, password_must_change = $3 where id::text = $1',
    [accountId, await hashPassword(password), options.mustChange ?? false],
  );
  return rowCount > 0;
}

/** Whether `password` is the account's current one (false for an account without a password). */
export async function passwordMatches(db: Queryable, accountId: string, password: string): Promise<boolean> {
  const { rows } = await db.query<{ password_hash: string }>(
    'select password_hash from reader_accounts where id::text = $1',
    [accountId],
  );
  return rows[0] !== undefined && (await verifyPassword(password, rows[0].password_hash));
}
