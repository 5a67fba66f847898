import type { Queryable } from '../db/database';

export interface AreaRecord {
  id: string;
  name: string;
}

export async function createArea(db: Queryable, area: AreaRecord): Promise<AreaRecord> {
  await db.query('insert into areas (id, name) values ($1, $2)', [area.id, area.name]);
  return area;
}

export async function findArea(db: Queryable, id: string): Promise<AreaRecord | undefined> {
  const { rows } = await db.query<{ id: string; name: string }>('select id, name from areas where id = $1', [
    id,
  ]);
  return rows[0];
}

export async function listAreas(db: Queryable): Promise<(AreaRecord & { devices: number })[]> {
  const { rows } = await db.query<{ id: string; name: string; devices: number }>(
    `select a.id, a.name, count(d.id) filter (where d.revoked_at is null) as devices
       from areas a left join devices d on d.area_id = a.id
      group by a.id, a.name order by a.name`,
  );
  return rows;
}
