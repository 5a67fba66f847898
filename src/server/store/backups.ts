import { createHash } from 'node:crypto';
import { hashSecret } from '../auth/secrets';
import type { Database, Queryable } from '../db/database';

/**
 * Backups: an interviewer's data as one envelope, encrypted with a key from their passphrase,
 * stored per area and lookup id (which the device derives from the passphrase and area; the
 * server keeps only its SHA-256). Every upload is a new version; the newest `keep` are kept.
 */

export interface BackupVersionRecord {
  version: number;
  createdAt: Date;
  bytes: number;
}

export interface BackupRecord extends BackupVersionRecord {
  envelopeJson: string;
}

// Keys of the (int, int) advisory lock space: 16967 is the migrator's, 16968 summary ids, 16969 backups.
const LOCK_BACKUP = "select pg_advisory_xact_lock(16969, hashtext($1 || ' ' || $2))";

/**
 * Stores `envelopeJson` as the next version, or answers the newest version when it is the same
 * envelope (a resend after a lost answer: a fresh encryption always has a fresh IV, so equal
 * envelopes are the same upload). Versions of one backup are numbered under a lock, so two
 * uploads at once get different numbers, also across processes.
 */
export function storeBackup(
  db: Database,
  backup: {
    areaId: string;
    lookupId: string;
    envelopeJson: string;
    keep: number;
    /** The device that writes it; it becomes the owner of this version. */
    deviceId: string;
    /**
     * After a withdrawal: once this version is stored, every other version of this slot and every
     * version this device wrote elsewhere in the area is deleted, so none still holds what was erased.
     */
    replaceOlder?: boolean;
  },
): Promise<{ stored: boolean; version: number; createdAt: Date }> {
  const lookupHash = hashSecret(backup.lookupId);
  const sha256 = createHash('sha256').update(backup.envelopeJson, 'utf8').digest('hex');
  return db.transaction(async (tx) => {
    await tx.query(LOCK_BACKUP, [backup.areaId, lookupHash]);
    const newest = await tx.query<{ version: number; created_at: Date; sha256: string }>(
      `select version, created_at, sha256 from backups
        where area_id = $1 and lookup_hash = $2 order by version desc limit 1`,
      [backup.areaId, lookupHash],
    );
    const last = newest.rows[0];
    const replaceOlder = async (version: number) => {
      if (!backup.replaceOlder) return;
      await tx.query(
        `delete from backups where area_id = $1 and (lookup_hash = $2 or device_id = $3::uuid)
           and not (lookup_hash = $2 and version = $4)`,
        [backup.areaId, lookupHash, backup.deviceId, version],
      );
    };
    if (last?.sha256 === sha256) {
      // A resend after a lost answer: the pruning it asked for is done (again) too.
      await replaceOlder(last.version);
      return { stored: false, version: last.version, createdAt: last.created_at };
    }
    const { rows } = await tx.query<{ version: number; created_at: Date }>(
      `insert into backups (area_id, lookup_hash, version, envelope, bytes, sha256, device_id)
       values ($1, $2, $3, $4, $5, $6, $7::uuid) returning version, created_at`,
      [
        backup.areaId,
        lookupHash,
        (last?.version ?? 0) + 1,
        backup.envelopeJson,
        Buffer.byteLength(backup.envelopeJson),
        sha256,
        backup.deviceId,
      ],
    );
    const inserted = rows[0];
    if (inserted === undefined) throw new Error('backup was not stored');
    await replaceOlder(inserted.version);
    await tx.query(
      `delete from backups where area_id = $1 and lookup_hash = $2 and version not in (
         select version from backups where area_id = $1 and lookup_hash = $2 order by version desc limit $3
       )`,
      [backup.areaId, lookupHash, backup.keep],
    );
    return { stored: true, version: inserted.version, createdAt: inserted.created_at };
  });
}

/** The newest version, or the one asked for; undefined when there is none. */
export async function loadBackup(
  db: Queryable,
  areaId: string,
  lookupId: string,
  version?: number,
): Promise<BackupRecord | undefined> {
  const { rows } = await db.query<{ version: number; created_at: Date; bytes: number; envelope: string }>(
    `select version, created_at, bytes, envelope from backups
      where area_id = $1 and lookup_hash = $2 and ($3::int is null or version = $3)
      order by version desc limit 1`,
    [areaId, hashSecret(lookupId), version ?? null],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : { version: row.version, createdAt: row.created_at, bytes: row.bytes, envelopeJson: row.envelope };
}

/** Newest first. */
export async function listBackupVersions(
  db: Queryable,
  areaId: string,
  lookupId: string,
): Promise<BackupVersionRecord[]> {
  const { rows } = await db.query<{ version: number; created_at: Date; bytes: number }>(
    `select version, created_at, bytes from backups
      where area_id = $1 and lookup_hash = $2 order by version desc`,
    [areaId, hashSecret(lookupId)],
  );
  return rows.map((row) => ({ version: row.version, createdAt: row.created_at, bytes: row.bytes }));
}

/** Deletes every version; deleting what is not there changes nothing. */
export async function deleteBackup(db: Queryable, areaId: string, lookupId: string): Promise<void> {
  await db.query('delete from backups where area_id = $1 and lookup_hash = $2', [
    areaId,
    hashSecret(lookupId),
  ]);
}
