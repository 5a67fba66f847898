import type { Transaction } from 'dexie';
import { type Area, areaIdFor, defaultAreas, normaliseAreaName } from '../../domain/areas';

/**
 * Version 1 kept the area list as a plain array of names in settings. Conversations need an
 * area id that survives a rename, so version 2 gives every area its own record with a stable id,
 * in the order the interviewer had them.
 */
export async function moveAreasIntoTheirOwnTable(tx: Transaction): Promise<void> {
  const setting = await tx.table('settings').get('areas');
  const names: unknown = setting?.value;
  const areas: Area[] = [];
  if (Array.isArray(names)) {
    const taken = new Set<string>();
    for (const name of names) {
      if (typeof name !== 'string' || normaliseAreaName(name) === '') continue;
      const id = areaIdFor(name, taken);
      taken.add(id);
      areas.push({ id, name: normaliseAreaName(name), order: areas.length });
    }
  }
  await tx.table('areas').bulkPut(areas.length > 0 ? areas : defaultAreas());
  await tx.table('settings').delete('areas');
}
