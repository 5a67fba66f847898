import type { EntityTable } from 'dexie';
import { newFollowKey } from '../domain/proposals/follow-key';
import type { BuurtgesprekDatabase } from './database';

/** A proposal as the sync presents it to the server: its id and its follow key. */
export interface FollowedProposal {
  id: string;
  followKey: string;
}

/** What a stored proposal of either kind (theme, guide) holds in the clear for following it. */
interface Followable {
  id: string;
  status: string;
  followKey?: string;
  askedFollowKey?: string;
}

/**
 * The proposals sent and not decided yet, each with its follow key: what the sync asks the server
 * about. One sent before follow keys is asked with a key of this device's making, the same each
 * time, which becomes its follow key once the server answered for it (`keepAnsweredKeys`): the
 * server keeps the first key the sending device presents and only that one, and a key made on a
 * restored device must not stand in the way of the old device's, which a backup may bring.
 */
export function keysToAsk<R extends Followable>(
  db: BuurtgesprekDatabase,
  table: EntityTable<R, 'id'>,
): Promise<FollowedProposal[]> {
  return db.transaction('rw', table, async () => {
    const waiting = await table.where('status').equals('sent').toArray();
    const asked: FollowedProposal[] = [];
    for (const record of waiting) {
      let followKey = record.followKey ?? record.askedFollowKey;
      if (followKey === undefined) {
        followKey = newFollowKey();
        await table.put({ ...record, askedFollowKey: followKey });
      }
      asked.push({ id: record.id, followKey });
    }
    return asked;
  });
}

/** The key a proposal was asked with becomes its follow key once the server answered for it. */
export async function keepAnsweredKeys<R extends Followable>(
  db: BuurtgesprekDatabase,
  table: EntityTable<R, 'id'>,
  asked: readonly FollowedProposal[],
  answered: ReadonlySet<string>,
): Promise<void> {
  await db.transaction('rw', table, async () => {
    for (const { id, followKey } of asked) {
      const record = await table.where('id').equals(id).first();
      if (!answered.has(id) || record === undefined || record.followKey !== undefined) continue;
      const { askedFollowKey: _, ...rest } = record;
      await table.put({ ...rest, followKey } as R);
    }
  });
}
