import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../audit/record';
import type { Queryable } from '../../db/database';
import { accountAuth, accountOf, requireRole, type SignedInAccount } from '../../http/account-auth';
import { HttpError } from '../../http/api-error';

/**
 * Who may use the console: a signed-in account holding the beheerder role, checked in `onRequest`
 * so a refused request is answered before its body is read. A route that names an
 * area (in its path, or through the device it names) checks the role on that area; lists show only
 * the areas the administrator holds the role on; adding areas and groups, or moving an area between
 * groups, needs the role for the whole organisation.
 */
export function consoleAccess(db: Queryable) {
  return {
    onRequest: accountAuth(db),
    anyArea: requireRole(db, 'beheerder'),
    area: (areaOf: (request: FastifyRequest) => string | undefined) => requireRole(db, 'beheerder', areaOf),
    /** For what reaches every area: adding areas and groups, accounts. */
    organisation: async (request: FastifyRequest): Promise<void> => {
      requireOrganisation(request);
    },
  };
}

export function administersOrganisation(account: SignedInAccount): boolean {
  return account.grants.some((grant) => grant.role === 'beheerder' && grant.scope.kind === 'organisation');
}

/** Refuses unless the administrator holds the role organisation-wide. */
export function requireOrganisation(request: FastifyRequest): SignedInAccount {
  const account = accountOf(request);
  if (!administersOrganisation(account)) {
    throw new HttpError(403, 'forbidden', 'Only an administrator of the whole organisation may do this');
  }
  return account;
}

/** The ids of the areas the administrator holds the beheerder role on, directly or through a group. */
export async function administeredAreaIds(db: Queryable, account: SignedInAccount): Promise<string[]> {
  const scopes = account.grants.filter((grant) => grant.role === 'beheerder').map((grant) => grant.scope);
  const all = scopes.some((scope) => scope.kind === 'organisation');
  const groupIds = scopes.flatMap((scope) => (scope.kind === 'group' ? [scope.groupId] : []));
  const areaIds = scopes.flatMap((scope) => (scope.kind === 'area' ? [scope.areaId] : []));
  const { rows } = await db.query<{ id: string }>(
    `select id from areas where $1 or group_id = any($2::text[]) or id = any($3::text[]) order by name`,
    [all, groupIds, areaIds],
  );
  return rows.map((row) => row.id);
}

/** How the audit trail names the administrator who acted. */
export function actorOf(request: FastifyRequest): AuditActor {
  const account = accountOf(request);
  return { kind: 'account', id: account.id, label: account.name };
}

/** How the configuration change log names the administrator (it predates the audit trail). */
export function changeActorOf(request: FastifyRequest): string {
  const account = accountOf(request);
  return `${account.name} (${account.id})`.slice(0, 100);
}
