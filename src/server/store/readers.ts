import type { RoleScope } from '../../domain/accounts/roles';
import type { ScopeChoice } from '../../domain/wire/area-team';
import { createAccount } from '../accounts/accounts';
import { grantRole, grantsOf } from '../accounts/grants';
import { checkPassword } from '../accounts/password-check';
import {
  DEFAULT_SESSION_SETTINGS,
  endSession,
  type SessionSettings,
  startSession,
} from '../accounts/sessions';
import { READER_TOKEN_PREFIX } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { type AreaRecord, findArea } from './areas';
import { scopeChoices } from './scope-choices';

/**
 * Area teams: accounts holding `gebiedsteam` on an area, a group or the organisation. Signing in
 * costs one scrypt (a quarter of a second, on purpose) and yields a bearer session token for the
 * area-team app, so each aggregate request costs only a hash lookup. Sessions are the accounts'
 * sessions (accounts/sessions.ts): idle and absolute expiry, ended by disabling the account.
 */
export const READER_SESSION_MS = DEFAULT_SESSION_SETTINGS.absoluteMs;

/** An account with `gebiedsteam` on one area, as `create-reader` makes. */
export async function createReader(
  db: Queryable,
  account: { areaId: string; username: string; password: string },
): Promise<{ id: string }> {
  const created = await createAccount(db, {
    username: account.username,
    password: account.password,
    legacyAreaId: account.areaId,
  });
  await grantRole(db, created.id, { role: 'gebiedsteam', scope: { kind: 'area', areaId: account.areaId } });
  return created;
}

export interface ReaderSession {
  token: string;
  expiresAt: Date;
  accountId: string;
  /** Every scope the account reads, the widest first. */
  scopes: RoleScope[];
  /** The area, for a reader of exactly one area (what the area-team app shows). */
  area?: AreaRecord;
  /** What the reader may choose to read: its scopes and the groups and areas under them, named. */
  choices: ScopeChoice[];
}

export type ReaderSignIn =
  | { ok: true; session: ReaderSession }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'no_role'; accountId: string };

export async function readerSignIn(
  db: Queryable,
  username: string,
  password: string,
  settings: SessionSettings = DEFAULT_SESSION_SETTINGS,
): Promise<ReaderSignIn> {
  const checked = await checkPassword(db, username, password);
  if (checked === undefined) return { ok: false, reason: 'invalid_credentials' };
  const scopes = (await grantsOf(db, checked.accountId))
    .filter((grant) => grant.role === 'gebiedsteam')
    .map((grant) => grant.scope);
  if (scopes.length === 0) return { ok: false, reason: 'no_role', accountId: checked.accountId };
  const { token, expiresAt } = await startSession(db, checked.accountId, settings, READER_TOKEN_PREFIX);
  const only = scopes.length === 1 ? scopes[0] : undefined;
  const area = only?.kind === 'area' ? await findArea(db, only.areaId) : undefined;
  return {
    ok: true,
    session: {
      token,
      expiresAt,
      accountId: checked.accountId,
      scopes,
      ...(area === undefined ? {} : { area }),
      choices: await scopeChoices(db, scopes),
    },
  };
}

/** The session, or undefined for a wrong password or an account that is no area team. */
export async function signIn(
  db: Queryable,
  username: string,
  password: string,
): Promise<ReaderSession | undefined> {
  const result = await readerSignIn(db, username, password);
  return result.ok ? result.session : undefined;
}

export async function signOut(db: Queryable, token: string): Promise<void> {
  await endSession(db, token);
}
