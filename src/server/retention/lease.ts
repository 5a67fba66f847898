import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * One process at a time runs a scheduled job, however many share the database (see migration
 * 0060). Both claims are a single UPDATE whose WHERE says the job is free: PostgreSQL makes a second
 * process's UPDATE of the same row wait for the first to commit and then re-check the WHERE on the
 * row as it is now, so exactly one claim wins whatever the timing. The embedded database serves one
 * process, where this costs nothing. A lease outlives a crashed process by at most LEASE_MINUTES.
 */
const LEASE_MINUTES = 60;

export type JobName = 'retention';

export function newHolder(): string {
  return randomUUID();
}

/** The daily run: claimed once per calendar day (database time), and only while nobody holds the job. */
export async function claimDailyRun(db: Queryable, job: JobName, holder: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs
        set last_day = current_date, lease_holder = $2,
            lease_until = now() + $3 * interval '1 minute'
      where job = $1 and (last_day is null or last_day < current_date)
        and (lease_until is null or lease_until < now())`,
    [job, holder, LEASE_MINUTES],
  );
  return rowCount === 1;
}

/** A run now (the admin command): refused while another process holds the job. */
export async function claimLease(db: Queryable, job: JobName, holder: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs set lease_holder = $2, lease_until = now() + $3 * interval '1 minute'
      where job = $1 and (lease_until is null or lease_until < now())`,
    [job, holder, LEASE_MINUTES],
  );
  return rowCount === 1;
}

export async function releaseLease(db: Queryable, job: JobName, holder: string): Promise<void> {
  await db.query(
    'update scheduled_jobs set lease_holder = null, lease_until = null where job = $1 and lease_holder = $2',
    [job, holder],
  );
}

/** After a failed daily run: the day is free again for the next check. */
export async function unclaimDay(db: Queryable, job: JobName, holder: string): Promise<void> {
  await db.query('update scheduled_jobs set last_day = null where job = $1 and lease_holder = $2', [
    job,
    holder,
  ]);
}
