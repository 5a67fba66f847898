import type { Agenda, StoredAgenda } from '../../domain/wire/agenda';
import type { Queryable } from '../db/database';

/**
 * One agenda per area and year, saved with optimistic concurrency: a save names the version it
 * started from and is written only if that is still the stored one. The condition is part of the
 * write itself (`on conflict do nothing`, `update … where version = $base`), so of two saves from
 * the same version exactly one wins, in one process or many: PostgreSQL makes the second wait for
 * the first's row and then re-checks the condition against the committed row.
 */
export type SaveOutcome =
  | { saved: true; stored: StoredAgenda }
  | { saved: false; current: StoredAgenda | null };

interface AgendaRow {
  version: number;
  body: Agenda;
  updated_at: Date;
}

const RETURNING = 'returning version, body, updated_at';

export async function loadAgenda(db: Queryable, areaId: string, year: number): Promise<StoredAgenda | null> {
  const { rows } = await db.query<AgendaRow & Record<string, unknown>>(
    'select version, body, updated_at from agendas where area_id = $1 and year = $2',
    [areaId, year],
  );
  return rows[0] === undefined ? null : storedOf(rows[0]);
}

export async function saveAgenda(
  db: Queryable,
  request: { areaId: string; year: number; agenda: Agenda; baseVersion: number | null },
): Promise<SaveOutcome> {
  const { areaId, year, agenda, baseVersion } = request;
  const body = JSON.stringify(agenda);
  const { rows } =
    baseVersion === null
      ? await db.query<AgendaRow & Record<string, unknown>>(
          `insert into agendas (area_id, year, version, body) values ($1, $2, 1, $3::jsonb)
           on conflict (area_id, year) do nothing ${RETURNING}`,
          [areaId, year, body],
        )
      : await db.query<AgendaRow & Record<string, unknown>>(
          `update agendas set body = $3::jsonb, version = version + 1, updated_at = now()
            where area_id = $1 and year = $2 and version = $4 ${RETURNING}`,
          [areaId, year, body, baseVersion],
        );
  if (rows[0] !== undefined) return { saved: true, stored: storedOf(rows[0]) };
  // A statement of its own, so it sees the save that won (committed after the write above began).
  return { saved: false, current: await loadAgenda(db, areaId, year) };
}

// jsonb keeps no key order; rebuild the objects in the order of the wire format.
function storedOf(row: AgendaRow): StoredAgenda {
  return {
    agenda: {
      questions: row.body.questions.map(({ id, valueId, text }) => ({ id, valueId, text })),
      participation: row.body.participation,
    },
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}
