import { AREA_NAME_MAX_LENGTH, areaIdFor, normaliseAreaName } from '../../domain/areas';
import { WIRE_ID_PATTERN } from '../../domain/wire/summary';
import type { Queryable } from '../db/database';

export interface AreaRecord {
  id: string;
  name: string;
}

export async function createArea(db: Queryable, area: AreaRecord): Promise<AreaRecord> {
  await db.query('insert into areas (id, name) values ($1, $2)', [area.id, area.name]);
  return area;
}

export type NamedRecordProblem = 'name-empty' | 'name-too-long' | 'id-invalid' | 'taken';

/**
 * A new area (or group: see area-groups.ts) from what an administrator typed, the one way in for the
 * CLI and the console alike: the name is normalised, the id made from it unless given, and a clash
 * of id or name (case-insensitive) is a problem to show, not an error.
 */
export async function addNamed(
  db: Queryable,
  table: 'areas' | 'area_groups',
  typed: { name: string; id?: string | undefined },
): Promise<{ ok: true; record: AreaRecord } | { ok: false; problem: NamedRecordProblem }> {
  const name = normaliseAreaName(typed.name);
  if (name === '') return { ok: false, problem: 'name-empty' };
  if (name.length > AREA_NAME_MAX_LENGTH) return { ok: false, problem: 'name-too-long' };
  const { rows: existing } = await db.query<{ id: string }>(`select id from ${table}`);
  const id = typed.id ?? areaIdFor(name, new Set(existing.map((row) => row.id)));
  if (id.length > 64 || !WIRE_ID_PATTERN.test(id)) return { ok: false, problem: 'id-invalid' };
  // Asked first: inside a transaction a failed insert would spoil it. The unique indexes still
  // decide between two administrators adding the same name at once.
  const clash = await db.query(`select 1 from ${table} where id = $1 or lower(name) = lower($2)`, [id, name]);
  if (clash.rows.length > 0) return { ok: false, problem: 'taken' };
  try {
    await db.query(`insert into ${table} (id, name) values ($1, $2)`, [id, name]);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: 'taken' };
    throw error;
  }
  return { ok: true, record: { id, name } };
}

/** Renames an area or group; its id (and so everything recorded under it) stays. */
export async function renameNamed(
  db: Queryable,
  table: 'areas' | 'area_groups',
  id: string,
  typedName: string,
): Promise<{ ok: true; record: AreaRecord } | { ok: false; problem: NamedRecordProblem | 'unknown' }> {
  const name = normaliseAreaName(typedName);
  if (name === '') return { ok: false, problem: 'name-empty' };
  if (name.length > AREA_NAME_MAX_LENGTH) return { ok: false, problem: 'name-too-long' };
  const clash = await db.query(`select 1 from ${table} where id <> $1 and lower(name) = lower($2)`, [
    id,
    name,
  ]);
  if (clash.rows.length > 0) return { ok: false, problem: 'taken' };
  try {
    const { rowCount } = await db.query(`update ${table} set name = $2 where id = $1`, [id, name]);
    return rowCount === 0 ? { ok: false, problem: 'unknown' } : { ok: true, record: { id, name } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: 'taken' };
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '23505';
}

export async function findArea(db: Queryable, id: string): Promise<AreaRecord | undefined> {
  const { rows } = await db.query<{ id: string; name: string }>('select id, name from areas where id = $1', [
    id,
  ]);
  return rows[0];
}

export interface AreaListing extends AreaRecord {
  /** Active (not revoked) devices. */
  devices: number;
  groupId: string | null;
}

export async function listAreas(db: Queryable): Promise<AreaListing[]> {
  const { rows } = await db.query<{ id: string; name: string; devices: number; group_id: string | null }>(
    `select a.id, a.name, a.group_id, count(d.id) filter (where d.revoked_at is null)::int as devices
       from areas a left join devices d on d.area_id = a.id
      group by a.id, a.name, a.group_id order by a.name`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    devices: Number(row.devices),
    groupId: row.group_id,
  }));
}
