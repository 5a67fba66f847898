import type { FastifyRequest } from 'fastify';
import { bearerToken, hashSecret } from '../auth/secrets';
import type { Queryable } from '../db/database';
import type { AuditActor } from './record';

/**
 * The area-team account behind a request that `readerAuth` let through, for the audit trail.
 * readerAuth (http/auth.ts) keeps only the area; this reads the account of the same session (one
 * indexed lookup). When the session ended in between, the entry names no account rather than none
 * being written.
 */
export async function readerActor(db: Queryable, request: FastifyRequest): Promise<AuditActor> {
  const token = bearerToken(request.headers.authorization);
  if (token === undefined) return { kind: 'anonymous' };
  const { rows } = await db.query<{ id: string; username: string }>(
    `select r.id::text as id, r.username from reader_sessions s join reader_accounts r on r.id = s.account_id
      where s.token_hash = $1`,
    [hashSecret(token)],
  );
  const account = rows[0];
  return account === undefined
    ? { kind: 'anonymous' }
    : { kind: 'account', id: account.id, label: account.username };
}
