import type { Queryable } from '../db/database';

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
