import { recordAudit } from '../audit/record';
import { enrolmentCodeHash, newEnrolmentCode } from '../auth/enrolment-codes';
import { DEVICE_TOKEN_PREFIX, hashSecret, newToken } from '../auth/secrets';
import type { Database, Queryable } from '../db/database';
import type { AreaRecord } from './areas';

/**
 * Devices and their enrolment codes. A code is single use: the statement that marks it used is
 * also the one that checks it is unused and unexpired, so two devices racing with one code cannot
 * both win. Tokens are looked up on every request, so a revocation counts from the next request.
 */
export interface DeviceRecord {
  id: string;
  areaId: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  /** The last request it made, to the minute (null before migration 0070 or any request since). */
  lastSeenAt: Date | null;
  /** Summaries it sent that the server still holds. */
  summaries: number;
}

export interface NewEnrolmentCode {
  /** Names the code in lists and the audit trail; the code itself is not stored. */
  id: string;
  /** Canonical form; shown once to the administrator and never stored. */
  code: string;
  expiresAt: Date;
}

export async function createEnrolmentCode(
  db: Queryable,
  options: { areaId: string; validForMs: number; label?: string },
): Promise<NewEnrolmentCode> {
  const code = newEnrolmentCode();
  const { rows } = await db.query<{ id: string; expires_at: Date }>(
    `insert into enrolment_codes (code_hash, area_id, label, expires_at)
     values ($1, $2, $3, now() + $4 * interval '1 millisecond') returning id::text as id, expires_at`,
    [hashSecret(code), options.areaId, options.label ?? null, options.validForMs],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('enrolment code was not stored');
  return { id: row.id, code, expiresAt: row.expires_at };
}

export type EnrolmentResult =
  | { ok: true; deviceId: string; deviceToken: string; area: AreaRecord }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export function enrolDevice(db: Database, typedCode: string): Promise<EnrolmentResult> {
  const codeHash = enrolmentCodeHash(typedCode);
  if (codeHash === undefined) return Promise.resolve({ ok: false, reason: 'unknown' });
  return db.transaction(async (tx) => {
    const deviceToken = newToken(DEVICE_TOKEN_PREFIX);
    const claimed = await tx.query<{ area_id: string; label: string | null }>(
      `update enrolment_codes set used_at = now()
        where code_hash = $1 and used_at is null and expires_at > now()
        returning area_id, label`,
      [codeHash],
    );
    const code = claimed.rows[0];
    if (code === undefined) {
      const refused = await whyRefused(tx, codeHash);
      // A used code tried again may mean it leaked: the administrator can see when and for which area.
      await recordAudit(tx, {
        actor: { kind: 'anonymous' },
        action: 'device.enrol',
        outcome: 'refused',
        areaId: refused.areaId,
        detail: { reason: refused.reason },
      });
      return { ok: false, reason: refused.reason };
    }
    const { rows } = await tx.query<{ id: string; name: string; device_id: string }>(
      `with device as (
         insert into devices (area_id, token_hash, label) values ($1, $2, $3) returning id, area_id
       )
       select d.id::text as device_id, a.id, a.name from device d join areas a on a.id = d.area_id`,
      [code.area_id, hashSecret(deviceToken), code.label],
    );
    const device = rows[0];
    if (device === undefined) throw new Error('device was not created');
    await tx.query('update enrolment_codes set device_id = $2 where code_hash = $1', [
      codeHash,
      device.device_id,
    ]);
    await recordAudit(tx, {
      actor: { kind: 'device', id: device.device_id, ...(code.label === null ? {} : { label: code.label }) },
      action: 'device.enrol',
      areaId: device.id,
      detail: { deviceId: device.device_id },
    });
    return { ok: true, deviceId: device.device_id, deviceToken, area: { id: device.id, name: device.name } };
  });
}

async function whyRefused(
  tx: Queryable,
  codeHash: string,
): Promise<{ reason: 'unknown' | 'used' | 'expired'; areaId?: string }> {
  const { rows } = await tx.query<{ used: boolean; area_id: string }>(
    'select used_at is not null as used, area_id from enrolment_codes where code_hash = $1',
    [codeHash],
  );
  const found = rows[0];
  if (found === undefined) return { reason: 'unknown' };
  return { reason: found.used ? 'used' : 'expired', areaId: found.area_id };
}

export type DeviceLookup =
  | { status: 'active'; deviceId: string; areaId: string }
  | { status: 'revoked' }
  | { status: 'unknown' };

export async function findDeviceByToken(db: Queryable, token: string): Promise<DeviceLookup> {
  const { rows } = await db.query<{ id: string; area_id: string; revoked: boolean }>(
    'select id::text as id, area_id, revoked_at is not null as revoked from devices where token_hash = $1',
    [hashSecret(token)],
  );
  const device = rows[0];
  if (device === undefined) return { status: 'unknown' };
  return device.revoked
    ? { status: 'revoked' }
    : { status: 'active', deviceId: device.id, areaId: device.area_id };
}

export async function listDevices(db: Queryable, areaId?: string): Promise<DeviceRecord[]> {
  return selectDevices(db, '$1::text is null or d.area_id = $1', [areaId ?? null]);
}

export async function findDevice(db: Queryable, deviceId: string): Promise<DeviceRecord | undefined> {
  if (!UUID.test(deviceId)) return undefined;
  return (await selectDevices(db, 'd.id = $1::uuid', [deviceId]))[0];
}

async function selectDevices(db: Queryable, where: string, params: unknown[]): Promise<DeviceRecord[]> {
  const { rows } = await db.query<{
    id: string;
    area_id: string;
    label: string | null;
    created_at: Date;
    revoked_at: Date | null;
    last_seen_at: Date | null;
    summaries: number;
  }>(
    `select d.id::text as id, d.area_id, d.label, d.created_at, d.revoked_at, d.last_seen_at,
            (select count(*) from summaries s where s.device_id = d.id)::int as summaries
       from devices d where ${where} order by d.area_id, d.created_at`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    areaId: row.area_id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
    summaries: Number(row.summaries),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The area of a device, or undefined when there is no such device. */
export async function deviceArea(db: Queryable, deviceId: string): Promise<string | undefined> {
  if (!UUID.test(deviceId)) return undefined;
  const { rows } = await db.query<{ area_id: string }>('select area_id from devices where id = $1::uuid', [
    deviceId,
  ]);
  return rows[0]?.area_id;
}

/** 'revoked', or 'unknown' when there is no such device; revoking twice keeps the first time. */
export async function revokeDevice(db: Queryable, deviceId: string): Promise<'revoked' | 'unknown'> {
  if (!UUID.test(deviceId)) return 'unknown';
  const { rowCount } = await db.query(
    'update devices set revoked_at = coalesce(revoked_at, now()) where id = $1::uuid',
    [deviceId],
  );
  return rowCount > 0 ? 'revoked' : 'unknown';
}

/**
 * Notes that a device made a request. Written at most once a minute per device and process: the
 * console shows "last seen" to the minute, and a device syncing in a burst costs no extra writes.
 */
const lastWritten = new Map<string, number>();
const SEEN_RESOLUTION_MS = 60_000;

export async function noteDeviceSeen(db: Queryable, deviceId: string, now = Date.now()): Promise<void> {
  if (now - (lastWritten.get(deviceId) ?? 0) < SEEN_RESOLUTION_MS) return;
  lastWritten.set(deviceId, now);
  await db.query('update devices set last_seen_at = now() where id = $1::uuid', [deviceId]);
}
