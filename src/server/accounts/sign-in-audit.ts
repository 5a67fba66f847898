import { recordAudit } from '../audit/record';
import type { Queryable } from '../db/database';

/**
 * One audit entry per sign-in attempt, whatever its outcome. A failure with a name records the
 * name tried (never the password); the address is the client's as TRUST_PROXY decides it.
 */
export type SignInMethod = 'password' | 'oidc';

export async function auditSignIn(
  db: Queryable,
  attempt: {
    method: SignInMethod;
    outcome: 'success' | 'failure' | 'refused';
    account?: { id: string; name: string } | undefined;
    nameTried?: string | undefined;
    reason?: string;
    address: string;
    route?: 'console' | 'area-team';
  },
): Promise<void> {
  await recordAudit(db, {
    actor:
      attempt.account === undefined
        ? {
            kind: 'anonymous',
            ...(attempt.nameTried === undefined ? {} : { label: attempt.nameTried.slice(0, 200) }),
          }
        : { kind: 'account', id: attempt.account.id, label: attempt.account.name },
    action: `signin.${attempt.method}`,
    outcome: attempt.outcome,
    address: attempt.address,
    detail: {
      ...(attempt.reason === undefined ? {} : { reason: attempt.reason }),
      ...(attempt.route === undefined ? {} : { via: attempt.route }),
    },
  });
}
