import type { Database, Queryable } from '../db/database';
import { revokeDevice } from './devices';
import { EMPTIED } from './shares';
import { withdrawSummaries } from './summaries';

/**
 * Removing what a revoked device sent. Summaries go the way a withdrawal goes (store/summaries.ts):
 * with their quotes and their counts, in batches of one transaction each, under the same per-id
 * locks as ingest, so the aggregates reflect it at once and a copy still on its way is never
 * counted again. Summaries stored before devices were recorded (migration 0007) cannot be traced.
 */
const BATCH = 100;

export async function removeDeviceSummaries(db: Database, deviceId: string): Promise<number> {
  let removed = 0;
  for (;;) {
    const { rows } = await db.query<{ id: string; area_id: string }>(
      'select id::text as id, area_id from summaries where device_id = $1::uuid order by id limit $2',
      [deviceId, BATCH],
    );
    if (rows.length === 0) return removed;
    const byArea = new Map<string, string[]>();
    for (const row of rows) byArea.set(row.area_id, [...(byArea.get(row.area_id) ?? []), row.id]);
    for (const [areaId, ids] of byArea) await withdrawSummaries(db, areaId, ids);
    removed += rows.length;
  }
}

/** Empties the device's shares at once: their links answer "ended" from now on, as after closing. */
export async function closeDeviceShares(db: Queryable, deviceId: string): Promise<number> {
  const { rowCount } = await db.query(
    `update shares set ${EMPTIED}, closed_at = coalesce(closed_at, now())
      where device_id = $1::uuid and (package is not null or feedback is not null or closed_at is null)`,
    [deviceId],
  );
  return rowCount;
}

/** Deletes every backup version the device uploaded; versions another device uploaded stay. */
export async function removeDeviceBackups(db: Queryable, deviceId: string): Promise<number> {
  const { rowCount } = await db.query('delete from backups where device_id = $1::uuid', [deviceId]);
  return rowCount;
}

export interface DeviceRemoval {
  summaries: number;
  shares: number;
  backups: number;
}

/**
 * Revokes a device and removes what it sent: the one implementation behind `admin remove-device`
 * and the console. Revoked first, so nothing new arrives while its summaries are removed. Backups
 * only when asked: the interviewer may need them to restore on a new device.
 */
export async function revokeAndRemoveDevice(
  db: Database,
  deviceId: string,
  options: { removeBackups: boolean },
): Promise<DeviceRemoval | 'unknown'> {
  if ((await revokeDevice(db, deviceId)) === 'unknown') return 'unknown';
  const summaries = await removeDeviceSummaries(db, deviceId);
  const shares = await closeDeviceShares(db, deviceId);
  const backups = options.removeBackups ? await removeDeviceBackups(db, deviceId) : 0;
  return { summaries, shares, backups };
}
