import type { AuditActor } from '../audit/record';
import { bearerToken, hashSecret } from '../auth/secrets';
import type { Queryable } from '../db/database';

/**
 * The area-team account behind a request's session, as the audit trail names it. Only called
 * after `readerAuth` accepted the token, so the session exists; should it have ended in between,
 * the entry still says which area team it was.
 */
export async function readerActor(db: Queryable, authorization: string | undefined): Promise<AuditActor> {
  const token = bearerToken(authorization);
  const { rows } =
    token === undefined
      ? { rows: [] }
      : await db.query<{ id: string; username: string }>(
          `select r.id, r.username from reader_sessions s join reader_accounts r on r.id = s.account_id
            where s.token_hash = $1`,
          [hashSecret(token)],
        );
  const account = rows[0];
  return account
    ? { kind: 'account', id: account.id, label: account.username }
    : { kind: 'anonymous', label: 'area team (session ended)' };
}
