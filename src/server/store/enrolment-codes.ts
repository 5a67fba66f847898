import type { Queryable } from '../db/database';

/** An enrolment code not yet used and not yet expired, as the console lists it: never the code itself. */
export interface OpenEnrolmentCode {
  id: string;
  areaId: string;
  label: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export async function listOpenEnrolmentCodes(
  db: Queryable,
  areaIds: readonly string[],
): Promise<OpenEnrolmentCode[]> {
  const { rows } = await db.query<{
    id: string;
    area_id: string;
    label: string | null;
    created_at: Date;
    expires_at: Date;
  }>(
    `select id::text as id, area_id, label, created_at, expires_at from enrolment_codes
      where used_at is null and expires_at > now() and area_id = any($1::text[])
      order by expires_at`,
    [areaIds],
  );
  return rows.map((row) => ({
    id: row.id,
    areaId: row.area_id,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/**
 * Withdraws an open code before anyone uses it (a code sent to the wrong person): it expires now.
 * 'unknown' when no open code has that id in one of `areaIds`.
 */
export async function withdrawEnrolmentCode(
  db: Queryable,
  id: string,
  areaIds: readonly string[],
): Promise<{ areaId: string } | 'unknown'> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return 'unknown';
  const { rows } = await db.query<{ area_id: string }>(
    `update enrolment_codes set expires_at = now()
      where id = $1::uuid and used_at is null and expires_at > now() and area_id = any($2::text[])
      returning area_id`,
    [id, areaIds],
  );
  const row = rows[0];
  return row === undefined ? 'unknown' : { areaId: row.area_id };
}
