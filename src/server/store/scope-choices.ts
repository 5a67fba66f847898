import { type RoleScope, scopeCoversArea, scopeCoversScope } from '../../domain/accounts/roles';
import type { ScopeChoice } from '../../domain/wire/area-team';
import type { Queryable } from '../db/database';

/**
 * The scopes a reader's own grants reach, named, for the area-team app's choice: the organisation
 * (an organisation-wide grant), each group it holds (or all, organisation-wide) followed by its
 * areas, then every other area it reaches. Never a scope outside the reader's grants.
 */
export async function scopeChoices(db: Queryable, scopes: readonly RoleScope[]): Promise<ScopeChoice[]> {
  const { rows } = await db.query<{
    kind: 'group' | 'area';
    id: string;
    name: string;
    group_id: string | null;
  }>(
    `select 'group' as kind, id, name, null as group_id from area_groups
     union all select 'area', id, name, group_id from areas
     order by 1 desc, 3, 2`,
  );
  const groups = rows.filter((row) => row.kind === 'group');
  const areas = rows.filter((row) => row.kind === 'area');
  const reachesGroup = (id: string) =>
    scopes.some((scope) => scopeCoversScope(scope, { kind: 'group', groupId: id }));
  const reachesArea = (area: (typeof areas)[number]) =>
    scopes.some((scope) => scopeCoversArea(scope, area.id, area.group_id));
  const areaChoice = (area: (typeof areas)[number]): ScopeChoice => ({
    kind: 'area',
    id: area.id,
    name: area.name,
    groupId: area.group_id,
  });
  const choices: ScopeChoice[] = [];
  if (scopes.some((scope) => scope.kind === 'organisation')) {
    choices.push({ kind: 'organisation', name: '' });
  }
  const listed = new Set<string>();
  for (const group of groups) {
    if (!reachesGroup(group.id)) continue;
    choices.push({ kind: 'group', id: group.id, name: group.name });
    for (const area of areas) {
      if (area.group_id !== group.id) continue;
      choices.push(areaChoice(area));
      listed.add(area.id);
    }
  }
  for (const area of areas) if (!listed.has(area.id) && reachesArea(area)) choices.push(areaChoice(area));
  return choices;
}
