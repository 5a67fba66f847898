import { hashSecret } from '../auth/secrets';
import { newShareId } from '../auth/share-secrets';
import type { Queryable } from '../db/database';

/**
 * Shares: a conversation under review (encrypted on the device) and the coach's feedback, both
 * kept as envelope JSON the server cannot open. A share is open until it expires or is closed;
 * after that its packages are emptied (at once when closed, by the purge when expired) and the row
 * stays as a tombstone, so the link answers "expired" instead of "unknown", until it is purged too.
 */

/** Days a tombstone is kept after its share ended. */
export const SHARE_TOMBSTONE_DAYS = 30;

export interface ShareAccess {
  /** The device that made the share; it may close it. */
  deviceId: string;
  replyTokenHash: string;
  open: boolean;
}

export type LoadedShare =
  | { status: 'unknown' }
  | { status: 'ended' }
  | {
      status: 'open';
      packageJson: string;
      feedbackJson: string | null;
      feedbackAt: Date | null;
      expiresAt: Date;
    };

/** What ending a share empties: both packages and its short code, which may then be used again. */
export const EMPTIED = 'package = null, feedback = null, code_id_hash = null, code_package = null';

// Open: not emptied (closed or purged) and not past its expiry, which counts before the purge runs.
const OPEN = 'package is not null and expires_at > now()';

export async function createShare(
  db: Queryable,
  share: { deviceId: string; packageJson: string; replyTokenHash: string; days: number },
): Promise<{ id: string; expiresAt: Date }> {
  const id = newShareId();
  const { rows } = await db.query<{ expires_at: Date }>(
    `insert into shares (id_hash, device_id, reply_token_hash, package, package_bytes, expires_at)
     values ($1, $2::uuid, $3, $4, $5, now() + $6 * interval '1 day') returning expires_at`,
    [
      hashSecret(id),
      share.deviceId,
      share.replyTokenHash,
      share.packageJson,
      Buffer.byteLength(share.packageJson),
      share.days,
    ],
  );
  const expiresAt = rows[0]?.expires_at;
  if (expiresAt === undefined) throw new Error('share was not created');
  return { id, expiresAt };
}

/** Who may answer or close a share; undefined when it is unknown (or purged). */
export async function findShareAccess(db: Queryable, id: string): Promise<ShareAccess | undefined> {
  const { rows } = await db.query<{ device_id: string; reply_token_hash: string; open: boolean }>(
    `select device_id::text as device_id, reply_token_hash, (${OPEN}) as open from shares where id_hash = $1`,
    [hashSecret(id)],
  );
  const row = rows[0];
  return row === undefined
    ? undefined
    : { deviceId: row.device_id, replyTokenHash: row.reply_token_hash, open: row.open };
}

export async function loadShare(db: Queryable, id: string): Promise<LoadedShare> {
  const { rows } = await db.query<{
    open: boolean;
    package: string | null;
    feedback: string | null;
    feedback_at: Date | null;
    expires_at: Date;
  }>(`select (${OPEN}) as open, package, feedback, feedback_at, expires_at from shares where id_hash = $1`, [
    hashSecret(id),
  ]);
  const row = rows[0];
  if (row === undefined) return { status: 'unknown' };
  if (!row.open || row.package === null) return { status: 'ended' };
  return {
    status: 'open',
    packageJson: row.package,
    feedbackJson: row.feedback,
    feedbackAt: row.feedback_at,
    expiresAt: row.expires_at,
  };
}

/** Replaces the feedback of an open share; null when the share ended meanwhile. */
export async function saveFeedback(db: Queryable, id: string, feedbackJson: string): Promise<Date | null> {
  const { rows } = await db.query<{ feedback_at: Date }>(
    `update shares set feedback = $2, feedback_bytes = $3, feedback_at = now()
      where id_hash = $1 and ${OPEN} returning feedback_at`,
    [hashSecret(id), feedbackJson, Buffer.byteLength(feedbackJson)],
  );
  return rows[0]?.feedback_at ?? null;
}

/** Deletes both packages at once; closing an ended share again changes nothing. */
export async function closeShare(db: Queryable, id: string): Promise<void> {
  await db.query(
    `update shares set ${EMPTIED}, closed_at = coalesce(closed_at, now())
      where id_hash = $1`,
    [hashSecret(id)],
  );
}

/**
 * Empties shares that expired and deletes tombstones older than `tombstoneDays`. Both statements
 * are idempotent, so processes purging at the same time do no harm.
 */
export async function purgeShares(
  db: Queryable,
  tombstoneDays: number = SHARE_TOMBSTONE_DAYS,
): Promise<{ emptied: number; deleted: number }> {
  const emptied = await db.query(
    `update shares set ${EMPTIED} where package is not null and expires_at <= now()`,
  );
  const deleted = await db.query(
    `delete from shares where least(closed_at, expires_at) <= now() - $1 * interval '1 day'`,
    [tombstoneDays],
  );
  return { emptied: emptied.rowCount, deleted: deleted.rowCount };
}

/**
 * Files the share's link, sealed under a short code, by the code's id. Only the device that made
 * the share, and only while it is open. 'taken' when another open share uses the id (the device
 * makes a new code); 'unknown' when the share is not this device's or not open.
 */
export async function fileShareCode(
  db: Queryable,
  code: { shareId: string; deviceId: string; codeId: string; packageJson: string },
): Promise<'filed' | 'taken' | 'unknown'> {
  try {
    const { rowCount } = await db.query(
      `update shares set code_id_hash = $3, code_package = $4
        where id_hash = $1 and device_id = $2::uuid and ${OPEN}`,
      [hashSecret(code.shareId), code.deviceId, hashSecret(code.codeId), code.packageJson],
    );
    return rowCount === 1 ? 'filed' : 'unknown';
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'taken';
    throw error;
  }
}

/** The sealed link filed under a code id, while its share is open. */
export async function findShareCode(db: Queryable, codeId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ code_package: string }>(
    `select code_package from shares where code_id_hash = $1 and ${OPEN}`,
    [hashSecret(codeId)],
  );
  return rows[0]?.code_package;
}
