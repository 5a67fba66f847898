import type { AuditActor } from '../audit/record';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';

/**
 * The date of the next values circle per area and year (migration 0130). A date is a calendar
 * day without time zone: it is read back as text (`to_char`), never through a JavaScript Date,
 * which would shift it by the server's offset.
 */
export async function loadNextCircle(db: Queryable, areaId: string, year: number): Promise<string | null> {
  const { rows } = await db.query<{ circle_date: string }>(
    `select to_char(circle_date, 'YYYY-MM-DD') as circle_date from next_circles
      where area_id = $1 and year = $2`,
    [areaId, year],
  );
  return rows[0]?.circle_date ?? null;
}

/** Sets (or with null, clears) the date, audited in the same transaction: the year and date only. */
export async function saveNextCircle(
  db: Database,
  change: { areaId: string; year: number; date: string | null; actor: AuditActor },
): Promise<void> {
  const { areaId, year, date, actor } = change;
  await db.transaction(async (tx) => {
    await tx.query(
      date === null
        ? 'delete from next_circles where area_id = $1 and year = $2'
        : `insert into next_circles (area_id, year, circle_date) values ($1, $2, $3::date)
           on conflict (area_id, year) do update set circle_date = excluded.circle_date, updated_at = now()`,
      date === null ? [areaId, year] : [areaId, year, date],
    );
    await recordAudit(tx, {
      actor,
      action: date === null ? 'next_circle.clear' : 'next_circle.set',
      areaId,
      detail: date === null ? { year } : { year, date },
    });
  });
}

/**
 * What a device of the area prints on the resident card: the newest published page, and the
 * date the team set most recently for any year (the circle to come is the one last planned).
 */
export async function residentPageOf(
  db: Queryable,
  areaId: string,
): Promise<{ year: number | null; nextCircle: string | null }> {
  const published = await db.query<{ year: number }>(
    'select year from public_pages where area_id = $1 order by year desc limit 1',
    [areaId],
  );
  const planned = await db.query<{ circle_date: string }>(
    `select to_char(circle_date, 'YYYY-MM-DD') as circle_date from next_circles
      where area_id = $1 order by year desc limit 1`,
    [areaId],
  );
  return { year: published.rows[0]?.year ?? null, nextCircle: planned.rows[0]?.circle_date ?? null };
}
