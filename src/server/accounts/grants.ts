import type { RoleGrant, RoleScope } from '../../domain/accounts/roles';
import type { Queryable } from '../db/database';

type GrantRow = {
  role: RoleGrant['role'];
  scope_kind: RoleScope['kind'];
  group_id: string | null;
  area_id: string | null;
};

/** SQL for one account's grants as a JSON array, for queries that read an account in one go. */
export const GRANTS_JSON = `coalesce((
  select jsonb_agg(jsonb_build_object('role', g.role, 'scope_kind', g.scope_kind,
                                      'group_id', g.group_id, 'area_id', g.area_id)
                   order by g.role, g.scope_kind, g.group_id, g.area_id)
    from account_grants g where g.account_id = a.id), '[]'::jsonb)`;

export function grantFromRow(row: GrantRow): RoleGrant {
  if (row.scope_kind === 'group')
    return { role: row.role, scope: { kind: 'group', groupId: row.group_id ?? '' } };
  if (row.scope_kind === 'area')
    return { role: row.role, scope: { kind: 'area', areaId: row.area_id ?? '' } };
  return { role: row.role, scope: { kind: 'organisation' } };
}

export function grantsFromJson(value: unknown): RoleGrant[] {
  return Array.isArray(value) ? (value as GrantRow[]).map(grantFromRow) : [];
}

function scopeColumns(scope: RoleScope): [string, string | null, string | null] {
  if (scope.kind === 'group') return ['group', scope.groupId, null];
  if (scope.kind === 'area') return ['area', null, scope.areaId];
  return ['organisation', null, null];
}

export class UnknownScopeError extends Error {
  override readonly name = 'UnknownScopeError';
}

/** Adds a grant; holding it already is no change. False when the account is unknown. */
export async function grantRole(db: Queryable, accountId: string, grant: RoleGrant): Promise<boolean> {
  const [kind, groupId, areaId] = scopeColumns(grant.scope);
  try {
    const { rowCount } = await db.query(
      `insert into account_grants (account_id, role, scope_kind, group_id, area_id)
       select a.id, $2, $3, $4, $5 from reader_accounts a where a.id::text = $1
       on conflict do nothing`,
      [accountId, grant.role, kind, groupId, areaId],
    );
    if (rowCount > 0) return true;
  } catch (error) {
    // 23503: the group or area named does not exist.
    if (error instanceof Error && 'code' in error && error.code === '23503') {
      throw new UnknownScopeError(`No ${kind} "${groupId ?? areaId}"`);
    }
    throw error;
  }
  const { rows } = await db.query('select 1 from reader_accounts where id::text = $1', [accountId]);
  return rows.length > 0;
}

/** Removes a grant; true when it was held. */
export async function revokeRole(db: Queryable, accountId: string, grant: RoleGrant): Promise<boolean> {
  const [kind, groupId, areaId] = scopeColumns(grant.scope);
  const { rowCount } = await db.query(
    `delete from account_grants
      where account_id::text = $1 and role = $2 and scope_kind = $3
        and group_id is not distinct from $4 and area_id is not distinct from $5`,
    [accountId, grant.role, kind, groupId, areaId],
  );
  return rowCount > 0;
}

export async function grantsOf(db: Queryable, accountId: string): Promise<RoleGrant[]> {
  const { rows } = await db.query<GrantRow>(
    `select role, scope_kind, group_id, area_id from account_grants where account_id::text = $1
      order by role, scope_kind, group_id, area_id`,
    [accountId],
  );
  return rows.map(grantFromRow);
}

/** The group an area belongs to, for grants on a group; undefined when the area does not exist. */
export async function groupOfArea(db: Queryable, areaId: string): Promise<string | null | undefined> {
  const { rows } = await db.query<{ group_id: string | null }>('select group_id from areas where id = $1', [
    areaId,
  ]);
  return rows[0] === undefined ? undefined : rows[0].group_id;
}
