import { hashSecret } from '../auth/secrets';
import type { Database, Queryable } from '../db/database';

/**
 * Shares whose resident withdrew consent. The device that made the share deletes it (row and
 * packages, at once); its id stays remembered as a hash, for good, so that a coach's app asking
 * later is told "withdrawn" (and erases its copy) rather than "unknown" or "expired".
 */

export async function isShareWithdrawn(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from withdrawn_shares where id_hash = $1', [hashSecret(id)]);
  return rows.length > 0;
}

/** Deletes the share and remembers its id; doing it again changes nothing. */
export function withdrawShare(db: Database, id: string): Promise<void> {
  const idHash = hashSecret(id);
  return db.transaction(async (tx) => {
    await tx.query('insert into withdrawn_shares (id_hash) values ($1) on conflict (id_hash) do nothing', [
      idHash,
    ]);
    await tx.query('delete from shares where id_hash = $1', [idHash]);
  });
}
