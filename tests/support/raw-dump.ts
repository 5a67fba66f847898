import { openDB } from 'idb';

/**
 * Every byte IndexedDB holds for a database, read as an attacker with the disk would: through
 * IndexedDB itself (idb, a thin wrapper, rather than the app's Dexie layer), each record as JSON,
 * binary fields decoded as UTF-8 so clear text inside them shows. JSON.stringify alone would turn
 * an ArrayBuffer into `{}` and hide exactly what this is meant to find.
 */
export async function rawDump(name: string): Promise<string> {
  // No version: opens what is there, as it is, without upgrading it.
  const raw = await openDB(name);
  const parts: string[] = [];
  try {
    for (const store of Array.from(raw.objectStoreNames)) {
      for (const value of await raw.getAll(store)) {
        parts.push(
          `${store}: ${JSON.stringify(value, (_key, field) =>
            field instanceof ArrayBuffer || ArrayBuffer.isView(field)
              ? new TextDecoder('utf-8', { fatal: false }).decode(field as ArrayBuffer)
              : field,
          )}`,
        );
      }
    }
  } finally {
    raw.close();
  }
  return parts.join('\n');
}
