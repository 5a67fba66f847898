import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * Proposals followed by id and follow key (`src/domain/proposals/follow-key.ts`): the server keeps
 * the SHA-256 of each proposal's key, never the key. One set of queries for theme and guide
 * proposals, which differ only in their table.
 */
export type ProposalTable = 'proposals' | 'guide_proposals';

export function followHash(followKey: string): string {
  return createHash('sha256').update(followKey, 'utf8').digest('hex');
}

/**
 * The rows (of this area) whose id and key the device presented. A proposal sent before follow
 * keys has none: the device that sent it, and only that device, gives it the key it presents, so
 * its next backup carries a key a restored device can follow it with. A key once kept is never
 * replaced here, so nobody can take a proposal over by presenting a key of their own.
 */
export async function followedIds(
  db: Queryable,
  table: ProposalTable,
  device: { deviceId: string; areaId: string },
  presented: readonly { id: string; followKey: string }[],
): Promise<string[]> {
  if (presented.length === 0) return [];
  const ids = presented.map((item) => item.id);
  const hashes = presented.map((item) => followHash(item.followKey));
  await db.query(
    `update ${table} p set follow_hash = i.hash
       from unnest($1::uuid[], $2::text[]) as i(id, hash)
      where p.id = i.id and p.follow_hash is null and p.device_id = $3::uuid and p.area_id = $4`,
    [ids, hashes, device.deviceId, device.areaId],
  );
  const { rows } = await db.query<{ id: string }>(
    `select p.id::text as id from ${table} p
       join unnest($1::uuid[], $2::text[]) as i(id, hash) on p.id = i.id and p.follow_hash = i.hash
      where p.area_id = $3`,
    [ids, hashes, device.areaId],
  );
  return rows.map((row) => row.id);
}
