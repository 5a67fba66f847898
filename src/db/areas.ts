import type { Area } from '../domain/areas';
import type { BuurtgesprekDatabase } from './database';

export async function listAreas(db: BuurtgesprekDatabase): Promise<Area[]> {
  return db.areas.orderBy('order').toArray();
}

/** Replaces the whole list at once, so a half-applied reorder can never be seen. */
export async function replaceAreas(db: BuurtgesprekDatabase, areas: readonly Area[]): Promise<void> {
  await db.transaction('rw', db.areas, async () => {
    await db.areas.clear();
    await db.areas.bulkPut(areas.map((area, order) => ({ ...area, order })));
  });
}
