import type { FastifyReply } from 'fastify';
import { hashSecret } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/api-error';
import type { DeviceQuotas } from './settings';

/**
 * The checks behind the quotas, each one statement on the shared database. A refusal is a 429
 * (wait: `Retry-After` says how long) or a 413 (too much stored: wait will not help), with a reason
 * a person can act on.
 */

/**
 * Counts a batch against the device's summaries of today (UTC) in one conditional upsert, so two
 * processes receiving at once can never let the day's total pass the quota.
 */
export async function chargeSummaries(
  db: Queryable,
  reply: FastifyReply,
  deviceId: string,
  count: number,
  quotas: DeviceQuotas,
): Promise<void> {
  const { rows } = await db.query<{ summaries: number }>(
    `insert into device_daily_usage (device_id, day, summaries)
     select $1::uuid, (now() at time zone 'utc')::date, $2::int where $2::int <= $3::int
     on conflict (device_id, day) do update set summaries = device_daily_usage.summaries + excluded.summaries
       where device_daily_usage.summaries + excluded.summaries <= $3::int
     returning summaries`,
    [deviceId, count, quotas.summariesPerDay],
  );
  if (rows.length === 0) {
    reply.header('retry-after', String(secondsToUtcMidnight()));
    throw new HttpError(
      429,
      'quota_exceeded',
      `This device has sent its ${quotas.summariesPerDay} summaries for today; the rest can be sent after midnight (UTC)`,
    );
  }
}

/** Refuses a new share while the device has as many open as it may; one expiring makes room. */
export async function checkOpenShares(
  db: Queryable,
  reply: FastifyReply,
  deviceId: string,
  quotas: DeviceQuotas,
): Promise<void> {
  const { rows } = await db.query<{ open: number; next_expiry: Date | null }>(
    `select count(*) as open, min(expires_at) as next_expiry from shares
      where device_id = $1::uuid and closed_at is null and expires_at > now()`,
    [deviceId],
  );
  const row = rows[0];
  if (row === undefined || row.open < quotas.openShares) return;
  const seconds = row.next_expiry === null ? 60 : Math.ceil((row.next_expiry.getTime() - Date.now()) / 1000);
  reply.header('retry-after', String(Math.max(1, seconds)));
  throw new HttpError(
    429,
    'quota_exceeded',
    `This device has ${quotas.openShares} shares open, the most it may; close one or wait until one expires`,
  );
}

/**
 * Refuses a backup upload that would take the device over its bytes, or open more backups (lookup
 * ids) than it may: a fresh lookup id per upload would otherwise escape the versions kept per backup.
 */
export async function checkBackupQuota(
  db: Queryable,
  target: { deviceId: string; areaId: string; lookupId: string; bytes: number },
  quotas: DeviceQuotas,
): Promise<void> {
  const { rows } = await db.query<{ bytes: number; slots: number; known: boolean }>(
    `select coalesce(sum(bytes), 0)::int8 as bytes, count(distinct lookup_hash) as slots,
            coalesce(bool_or(area_id = $2 and lookup_hash = $3), false) as known
       from backups where device_id = $1::uuid`,
    [target.deviceId, target.areaId, hashSecret(target.lookupId)],
  );
  const usage = rows[0] ?? { bytes: 0, slots: 0, known: false };
  if (!usage.known && usage.slots >= quotas.backupSlots) {
    throw new HttpError(
      413,
      'quota_exceeded',
      `This device holds ${quotas.backupSlots} backups, the most it may; delete one before starting another`,
    );
  }
  if (usage.bytes + target.bytes > quotas.backupBytes) {
    const mib = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
    throw new HttpError(
      413,
      'quota_exceeded',
      `This device's backups would take ${mib(usage.bytes + target.bytes)} MiB, more than its ${mib(quotas.backupBytes)} MiB; delete an old backup first`,
    );
  }
}

function secondsToUtcMidnight(now = new Date()): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}
