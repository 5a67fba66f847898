import { createHash } from 'node:crypto';
import type { RoleGrant } from '../../domain/accounts/roles';
import { hashSecret, newToken, type READER_TOKEN_PREFIX, type SESSION_TOKEN_PREFIX } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { GRANTS_JSON, grantsFromJson } from './grants';

/**
 * Sessions of people (not devices). The token is 256 random bits, stored only as its SHA-256.
 * Two limits: idle (unused for longer than `idleMs`) and absolute (`absoluteMs` after sign-in,
 * whatever happens). A disabled account's sessions are deleted when it is disabled and refused
 * by the lookup anyway, so none outlives the disabling by even one request.
 */
export interface SessionSettings {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

// Writing last_seen_at on every request would turn every read into a write; a minute of slack
// in the idle limit is worth that.
const TOUCH_AFTER_MS = 60_000;

export interface SessionAccount {
  id: string;
  name: string;
  email: string | null;
  grants: RoleGrant[];
}

export interface LiveSession {
  account: SessionAccount;
  expiresAt: Date;
  /** Signed in with a temporary password an administrator set: it must be changed first. */
  mustChangePassword: boolean;
}

export async function startSession(
  db: Queryable,
  accountId: string,
  settings: SessionSettings,
  prefix: typeof SESSION_TOKEN_PREFIX | typeof READER_TOKEN_PREFIX,
): Promise<{ token: string; expiresAt: Date }> {
  await db.query(
    `delete from reader_sessions
      where expires_at < now() or last_seen_at < now() - $1 * interval '1 millisecond'`,
    [settings.idleMs],
  );
  const token = newToken(prefix);
  const { rows } = await db.query<{ expires_at: Date }>(
    `insert into reader_sessions (token_hash, account_id, expires_at)
     values ($1, $2::uuid, now() + $3 * interval '1 millisecond') returning expires_at`,
    [hashSecret(token), accountId, settings.absoluteMs],
  );
  return { token, expiresAt: rows[0]?.expires_at ?? new Date(Number.NaN) };
}

/** The account behind a live session, or undefined for an unknown, expired, idle or disabled one. */
export async function findSession(
  db: Queryable,
  token: string,
  settings: SessionSettings,
): Promise<LiveSession | undefined> {
  const tokenHash = hashSecret(token);
  const { rows } = await db.query<{
    id: string;
    name: string;
    email: string | null;
    grants: unknown;
    expires_at: Date;
    stale: boolean;
    must_change: boolean;
  }>(
    `select a.id::text as id, coalesce(a.display_name, a.username) as name, a.email, ${GRANTS_JSON} as grants,
            s.expires_at, a.password_must_change as must_change, s.last_seen_at < now() - $3 * interval '1 millisecond' as stale
       from reader_sessions s join reader_accounts a on a.id = s.account_id
      where s.token_hash = $1 and s.expires_at > now()
        and s.last_seen_at > now() - $2 * interval '1 millisecond' and a.disabled_at is null`,
    [tokenHash, settings.idleMs, TOUCH_AFTER_MS],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  if (row.stale)
    await db.query('update reader_sessions set last_seen_at = now() where token_hash = $1', [tokenHash]);
  return {
    account: { id: row.id, name: row.name, email: row.email, grants: grantsFromJson(row.grants) },
    expiresAt: row.expires_at,
    mustChangePassword: row.must_change,
  };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from reader_sessions where token_hash = $1', [hashSecret(token)]);
}

/**
 * The CSRF token of a session, derived from its token rather than stored: the server recomputes
 * it from the cookie on each request, and knowing it reveals nothing of the session token.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`csrf\0${sessionToken}`, 'utf8').digest('base64url');
}
