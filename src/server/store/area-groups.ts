import type { AuditActor } from '../audit/record';
import type { Database, Queryable } from '../db/database';
import { findArea } from './areas';
import { changeLayer, scopesOfArea } from './configuration';

/** Groups of areas (a stadsdeel holds gebieden): a layer of configuration between organisation and area. */
export interface AreaGroup {
  id: string;
  name: string;
  areas: string[];
}

export async function createAreaGroup(db: Queryable, group: { id: string; name: string }): Promise<void> {
  await db.query('insert into area_groups (id, name) values ($1, $2)', [group.id, group.name]);
}

export async function listAreaGroups(db: Queryable): Promise<AreaGroup[]> {
  const { rows } = await db.query<{ id: string; name: string; areas: string[] }>(
    `select g.id, g.name, coalesce(array_agg(a.id order by a.id) filter (where a.id is not null), '{}') as areas
       from area_groups g left join areas a on a.group_id = g.id
      group by g.id, g.name order by g.name`,
  );
  return rows;
}

export async function groupExists(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from area_groups where id = $1', [id]);
  return rows.length > 0;
}

export async function setAreaGroup(db: Queryable, areaId: string, groupId: string | null): Promise<void> {
  await db.query('update areas set group_id = $2 where id = $1', [areaId, groupId]);
}

/**
 * Moves an area into a group (or out of any, with null), for the CLI and the console alike. It is
 * recorded as a change of the area's configuration layer (and so in the audit trail, as `by`), so
 * its version goes up and devices notice; `alongside` runs in the same transaction.
 */
export async function moveAreaToGroup(
  db: Database,
  move: { areaId: string; groupId: string | null; actor: string; by?: AuditActor },
  alongside?: (tx: Queryable) => Promise<void>,
): Promise<'moved' | 'unknown-area' | 'unknown-group'> {
  const scopes = await scopesOfArea(db, move.areaId);
  if (scopes === undefined || (await findArea(db, move.areaId)) === undefined) return 'unknown-area';
  if (move.groupId !== null && !(await groupExists(db, move.groupId))) return 'unknown-group';
  await changeLayer(
    db,
    scopes,
    {
      actor: move.actor,
      action: 'set-area-group',
      detail: { groupId: move.groupId },
      ...(move.by === undefined ? {} : { by: move.by }),
    },
    (layer) => ({ ok: true, layer }),
    async (tx) => {
      await setAreaGroup(tx, move.areaId, move.groupId);
      await alongside?.(tx);
    },
  );
  return 'moved';
}
