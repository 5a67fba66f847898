import type { FastifyRequest } from 'fastify';
import { accountOf } from '../http/account-auth';
import type { AuditActor } from './record';

/** The signed-in account behind a request that `readerAuth` or `accountAuth` let through. */
export function accountActor(request: FastifyRequest): AuditActor {
  const account = accountOf(request);
  return { kind: 'account', id: account.id, label: account.name };
}
