import type { CoachRecord } from '../../domain/wire/coach-reviews';
import type { AuditActor } from '../audit/record';
import { recordAudit } from '../audit/record';
import type { Database, Queryable } from '../db/database';

/**
 * The coach's records of the reviews she sent (migration 0150). Each belongs to the account that
 * sent it and is read back only by that account; the audit entry says a record was made, never
 * what it holds (a pseudonym is a name of sorts, the answers are the coach's judgement).
 */
export async function recordCoachReview(
  db: Database,
  actor: AuditActor & { kind: 'account' },
  record: CoachRecord,
): Promise<'recorded' | 'updated' | 'not-hers'> {
  return db.transaction(async (tx) => {
    // A review sent again (revised feedback, or a retry after a lost answer) keeps one record with
    // the latest answers; an id another account recorded is never touched.
    const { rows } = await tx.query<{ inserted: boolean }>(
      `insert into coach_reviews (id, account_id, reviewed_at, pseudonym, practice, checklist)
       values ($1, $2, $3::timestamptz, $4, $5, $6::jsonb)
       on conflict (id) do update
         set reviewed_at = excluded.reviewed_at, pseudonym = excluded.pseudonym,
             practice = excluded.practice, checklist = excluded.checklist, recorded_at = now()
         where coach_reviews.account_id = excluded.account_id
       returning (xmax = 0) as inserted`,
      [
        record.id,
        actor.id,
        record.reviewedAt,
        record.pseudonym,
        record.practice,
        JSON.stringify(record.checklist),
      ],
    );
    const row = rows[0];
    if (row === undefined) return 'not-hers';
    await recordAudit(tx, { actor, action: 'coach_review.record' });
    return row.inserted ? 'recorded' : 'updated';
  });
}

/** This account's records, oldest first. */
export async function coachReviewsOf(db: Queryable, accountId: string): Promise<CoachRecord[]> {
  const { rows } = await db.query<{
    id: string;
    reviewed_at: string;
    pseudonym: string | null;
    practice: boolean;
    checklist: CoachRecord['checklist'] | string;
  }>(
    `select id::text as id, to_char(reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as reviewed_at,
            pseudonym, practice, checklist
       from coach_reviews where account_id = $1 order by reviewed_at, id`,
    [accountId],
  );
  return rows.map((row) => ({
    id: row.id,
    reviewedAt: row.reviewed_at,
    pseudonym: row.pseudonym,
    practice: row.practice,
    checklist: typeof row.checklist === 'string' ? JSON.parse(row.checklist) : row.checklist,
  }));
}
