import { heldCircleChanges } from '../../domain/values-circle/held-circles';
import { actionChanges } from '../../domain/values-circle/outcome';
import type { Agenda, StoredAgenda } from '../../domain/wire/agenda';
import type { CircleOutcome } from '../../domain/wire/circle-outcome';
import type { HeldCircle } from '../../domain/wire/held-circles';
import { type AuditActor, recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';

/**
 * One agenda per area and year, saved with optimistic concurrency: a save names the version it
 * started from and is written only if that is still the stored one. The stored row is locked
 * (`for update`) on that condition before it is written, so of two saves from the same version
 * exactly one wins, in one process or many: PostgreSQL makes the second wait for the first's
 * row and then re-checks the condition against the committed row. The audit entries for the
 * circle's actions are written in the same transaction, so no change exists without them.
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
  db: Database,
  request: { areaId: string; year: number; agenda: Agenda; baseVersion: number | null; actor: AuditActor },
): Promise<SaveOutcome> {
  const { areaId, year, agenda, baseVersion, actor } = request;
  const body = JSON.stringify(agenda);
  const stored = await db.transaction(async (tx) => {
    let before: CircleOutcome | null = null;
    let beforePicks: string[] | undefined;
    let beforeCircles: HeldCircle[] | undefined;
    let rows: AgendaRow[];
    if (baseVersion === null) {
      ({ rows } = await tx.query<AgendaRow & Record<string, unknown>>(
        `insert into agendas (area_id, year, version, body) values ($1, $2, 1, $3::jsonb)
         on conflict (area_id, year) do nothing ${RETURNING}`,
        [areaId, year, body],
      ));
    } else {
      const locked = await tx.query<{ body: Agenda }>(
        'select body from agendas where area_id = $1 and year = $2 and version = $3 for update',
        [areaId, year, baseVersion],
      );
      if (locked.rows[0] === undefined) return null;
      before = locked.rows[0].body.outcome ?? null;
      beforePicks = locked.rows[0].body.pickedQuotes;
      beforeCircles = locked.rows[0].body.heldCircles;
      // A save without an outcome or picks comes from a device that does not know them yet: the
      // stored ones stay (a key the save has replaces the stored one, a key it lacks is kept).
      ({ rows } = await tx.query<AgendaRow & Record<string, unknown>>(
        `update agendas
            set body = (body - 'questions' - 'participation') || $3::jsonb,
                version = version + 1, updated_at = now()
          where area_id = $1 and year = $2 and version = $4 ${RETURNING}`,
        [areaId, year, body, baseVersion],
      ));
    }
    if (rows[0] === undefined) return null;
    const saved = storedOf(rows[0]);
    // The agenda's text never goes in: only that a version of this year's agenda was saved.
    await recordAudit(tx, { actor, action: 'agenda.save', areaId, detail: { year, version: saved.version } });
    if (saved.agenda.outcome) await auditActions(tx, actor, { areaId, year }, saved, before);
    const picks = saved.agenda.pickedQuotes;
    if (picks !== undefined && JSON.stringify(picks) !== JSON.stringify(beforePicks)) {
      // How many, never which: a quote id is derived from a resident's words.
      await recordAudit(tx, {
        actor,
        action: 'quote_picks.change',
        areaId,
        detail: { year, agendaVersion: saved.version, picked: picks.length },
      });
    }
    const circles = saved.agenda.heldCircles;
    if (circles !== undefined) {
      const changes = heldCircleChanges(beforeCircles, circles);
      if (changes.added + changes.changed + changes.removed > 0) {
        // Counts only: a place can be typed freely, so it stays out of the trail like all agenda text.
        await recordAudit(tx, {
          actor,
          action: 'held_circles.change',
          areaId,
          detail: { year, agendaVersion: saved.version, held: circles.length, ...changes },
        });
      }
    }
    return saved;
  });
  if (stored !== null) return { saved: true, stored };
  // A statement of its own, so it sees the save that won (committed after the write above began).
  return { saved: false, current: await loadAgenda(db, areaId, year) };
}

/** One entry per action created, changed or removed: ids only, never what the action says. */
async function auditActions(
  tx: Queryable,
  actor: AuditActor,
  { areaId, year }: { areaId: string; year: number },
  saved: StoredAgenda,
  before: CircleOutcome | null,
): Promise<void> {
  const changes = actionChanges(before, saved.agenda.outcome ?? { notes: [], actions: [] });
  const entries = [
    ...changes.created.map((actionId) => ({ action: 'action.create' as const, actionId })),
    ...changes.updated.map((actionId) => ({ action: 'action.update' as const, actionId })),
    ...changes.removed.map((actionId) => ({ action: 'action.remove' as const, actionId })),
  ];
  for (const { action, actionId } of entries) {
    await recordAudit(tx, {
      actor,
      action,
      areaId,
      detail: { actionId, year, agendaVersion: saved.version },
    });
  }
}

// jsonb keeps no key order; rebuild the objects in the order of the wire format.
function storedOf(row: AgendaRow): StoredAgenda {
  const { outcome, pickedQuotes, heldCircles } = row.body;
  return {
    agenda: {
      questions: row.body.questions.map(({ id, valueId, text }) => ({ id, valueId, text })),
      participation: row.body.participation,
      ...(outcome
        ? {
            outcome: {
              notes: outcome.notes.map(({ questionId, text }) => ({ questionId, text })),
              actions: outcome.actions.map((a) => ({
                id: a.id,
                questionId: a.questionId,
                what: a.what,
                owner: a.owner,
                due: a.due,
                valueIds: a.valueIds,
                themeIds: a.themeIds,
                status: a.status,
                reason: a.reason,
                updates: a.updates.map(({ id, date, text }) => ({ id, date, text })),
              })),
            },
          }
        : {}),
      ...(pickedQuotes ? { pickedQuotes: [...pickedQuotes] } : {}),
      ...(heldCircles
        ? { heldCircles: heldCircles.map(({ id, date, place }) => ({ id, date, place })) }
        : {}),
    },
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}
