import type { ConfigurationScope } from '../configuration/layer';

/**
 * Who may do what. A person holds grants; each grant is one role on one scope. The scope has the
 * shape of a configuration scope (the organisation, a group of areas, one area), so the same
 * words mean the same reach everywhere.
 */
export const ROLES = ['beheerder', 'gebiedsteam', 'coach'] as const;
export type Role = (typeof ROLES)[number];
export type RoleScope = ConfigurationScope;

export interface RoleGrant {
  role: Role;
  scope: RoleScope;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** `organisation`, `group:<id>` or `area:<id>`, as configuration scopes are written. */
export function parseScope(text: string): RoleScope | undefined {
  if (text === 'organisation') return { kind: 'organisation' };
  const match = /^(group|area):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(text);
  if (match === null || match[2] === undefined || match[2].length > 64) return undefined;
  return match[1] === 'group' ? { kind: 'group', groupId: match[2] } : { kind: 'area', areaId: match[2] };
}

/**
 * Whether a grant reaches an area. The organisation reaches every area, a group the areas that
 * belong to it now (so moving an area moves who may read it), an area itself.
 */
export function scopeCoversArea(scope: RoleScope, areaId: string, groupOfArea: string | null): boolean {
  if (scope.kind === 'organisation') return true;
  if (scope.kind === 'group') return groupOfArea !== null && scope.groupId === groupOfArea;
  return scope.areaId === areaId;
}

/** `gebiedsteam:area:<id>`, `beheerder` (= organisation), as written in a claim or on the command line. */
export function parseGrant(text: string): RoleGrant | undefined {
  const [role = '', ...rest] = text.trim().split(':');
  if (!isRole(role)) return undefined;
  const scope = rest.length === 0 ? { kind: 'organisation' as const } : parseScope(rest.join(':'));
  return scope === undefined ? undefined : { role, scope };
}

export function formatGrant(grant: RoleGrant): string {
  const { scope } = grant;
  if (scope.kind === 'organisation') return grant.role;
  return `${grant.role}:${scope.kind === 'group' ? `group:${scope.groupId}` : `area:${scope.areaId}`}`;
}

/**
 * Whether a grant reaches a whole report scope: the organisation's sums only from an
 * organisation-wide grant, a group's from that group or the organisation. Reaching every area of
 * a group one by one is not enough: the group's report is a grant of its own.
 */
export function scopeCoversScope(grant: RoleScope, wanted: RoleScope): boolean {
  if (grant.kind === 'organisation') return true;
  if (wanted.kind === 'organisation') return false;
  if (wanted.kind === 'group') return grant.kind === 'group' && grant.groupId === wanted.groupId;
  return grant.kind === 'area' && grant.areaId === wanted.areaId;
}
