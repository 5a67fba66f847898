import { firstPeriodKept } from '../../domain/configuration/retention';
import type { Database } from '../db/database';
import { retentionPolicies } from '../store/configuration';
import { purgeShares } from '../store/shares';
import { expireSummaries } from '../store/summaries';

/**
 * What one retention run removes, each kind by its own rule (issue 13, AVG: kept no longer than
 * needed). Every statement removes only what is due at the moment it runs and is safe to run twice
 * or in two processes at once: a row is deleted by one of them, and counted by that one only.
 */
export interface RetentionCounts {
  /** Summaries of periods that ended more than the area's `summaryYears` ago. */
  summaries: number;
  /** Backup versions of backups not refreshed for the area's `backupDays`. */
  backupVersions: number;
  /** Expired shares emptied, and ended shares whose tombstone went (as the share purge does). */
  sharesEmptied: number;
  sharesDeleted: number;
  /** Enrolment codes expired more than CODE_GRACE_DAYS ago. */
  enrolmentCodes: number;
  /** Area-team sessions past their expiry. */
  sessions: number;
  /** Audit entries older than the organisation's `auditYears`. */
  auditEntries: number;
  /** Coaches' review records older than the organisation's `summaryYears`. */
  coachReviews: number;
}

/** An expired code is kept this long, so someone typing it late hears "expired", not "unknown". */
export const CODE_GRACE_DAYS = 7;
const SUMMARY_BATCH = 500;

export async function applyRetention(db: Database): Promise<RetentionCounts> {
  const { organisation, areas } = await retentionPolicies(db);
  const today = await databaseToday(db);
  let summaries = 0;
  let backupVersions = 0;
  for (const [areaId, policy] of areas) {
    summaries += await expireAreaSummaries(db, areaId, firstPeriodKept(today, policy.summaryYears));
    const stale = await db.query(
      `delete from backups b
        using (select lookup_hash from backups where area_id = $1
                group by lookup_hash having max(created_at) <= now() - $2 * interval '1 day') s
        where b.area_id = $1 and b.lookup_hash = s.lookup_hash`,
      [areaId, policy.backupDays],
    );
    backupVersions += stale.rowCount;
  }
  const shares = await purgeShares(db);
  const codes = await db.query(
    `delete from enrolment_codes where expires_at <= now() - $1 * interval '1 day'`,
    [CODE_GRACE_DAYS],
  );
  const sessions = await db.query('delete from reader_sessions where expires_at <= now()');
  const audit = await db.query(`delete from audit_entries where at < now() - $1 * interval '1 year'`, [
    organisation.auditYears,
  ]);
  // A coach's records say how technique went over time, as summaries say what residents value:
  // kept as long as the organisation keeps summaries, and no area of their own to override it.
  const coachReviews = await db.query(
    `delete from coach_reviews where reviewed_at < now() - $1 * interval '1 year'`,
    [organisation.summaryYears],
  );
  return {
    summaries,
    backupVersions,
    sharesEmptied: shares.emptied,
    sharesDeleted: shares.deleted,
    enrolmentCodes: codes.rowCount,
    sessions: sessions.rowCount,
    auditEntries: audit.rowCount,
    coachReviews: coachReviews.rowCount,
  };
}

async function expireAreaSummaries(
  db: Database,
  areaId: string,
  firstKept: { year: number; quarter: number },
): Promise<number> {
  const due = `area_id = $1 and (year < $2 or (year = $2 and quarter < $3))`;
  let removed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // Keyed on the id, so ids another process removed first are simply not found again.
    const { rows } = await db.query<{ id: string }>(
      `select id::text as id from summaries where ${due} and id > $4::uuid order by id limit $5`,
      [areaId, firstKept.year, firstKept.quarter, after, SUMMARY_BATCH],
    );
    const last = rows.at(-1);
    if (last === undefined) break;
    removed += await expireSummaries(
      db,
      areaId,
      rows.map((row) => row.id),
      firstKept,
    );
    after = last.id;
  }
  // Counters of those periods are all zero now; nothing is left to show for them.
  await db.query(`delete from area_counts where ${due} and conversations = 0`, [
    areaId,
    firstKept.year,
    firstKept.quarter,
  ]);
  return removed;
}

async function databaseToday(db: Database): Promise<{ year: number; month: number; day: number }> {
  const { rows } = await db.query<{ today: string }>(`select to_char(current_date, 'YYYY-MM-DD') as today`);
  const [year, month, day] = (rows[0]?.today ?? '').split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined)
    throw new Error('no date from the database');
  return { year, month, day };
}
