import { type AuditActor, recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { applyRetention, type RetentionCounts } from './apply';
import { claimDailyRun, claimLease, newHolder, releaseLease, unclaimDay } from './lease';

export type RetentionRun =
  | { ran: true; counts: RetentionCounts }
  | { ran: false; reason: 'done-today' | 'running-elsewhere' };

/**
 * One retention run, by at most one process at a time: `daily` runs at most once a calendar day
 * across every process on the database (the server's job), `now` runs at once unless another run
 * holds the job (the admin command). A run that ran writes one `retention.run` entry with what it
 * removed, also when that was nothing: the trail shows the rules were applied.
 */
export async function runRetention(
  db: Database,
  mode: 'daily' | 'now',
  actor: AuditActor = { kind: 'system', label: 'retention' },
): Promise<RetentionRun> {
  const holder = newHolder();
  const claimed =
    mode === 'daily'
      ? await claimDailyRun(db, 'retention', holder)
      : await claimLease(db, 'retention', holder);
  if (!claimed) return { ran: false, reason: mode === 'daily' ? 'done-today' : 'running-elsewhere' };
  try {
    const counts = await applyRetention(db);
    await recordAudit(db, { actor, action: 'retention.run', detail: { ...counts } });
    return { ran: true, counts };
  } catch (error) {
    // The day is given back, so the next hourly check (in any process) tries again.
    if (mode === 'daily') await unclaimDay(db, 'retention', holder).catch(() => undefined);
    throw error;
  } finally {
    await releaseLease(db, 'retention', holder);
  }
}
