/**
 * Every byte IndexedDB holds for a database, read with the raw API as an attacker with the disk
 * would: each record as JSON, binary fields decoded as UTF-8 so clear text inside them shows.
 */
export async function rawDump(name: string): Promise<string> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const parts: string[] = [];
  for (const store of Array.from(raw.objectStoreNames)) {
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = raw.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const value of values) {
      parts.push(
        `${store}: ${JSON.stringify(value, (_key, field) =>
          field instanceof ArrayBuffer || ArrayBuffer.isView(field)
            ? new TextDecoder('utf-8', { fatal: false }).decode(field as ArrayBuffer)
            : field,
        )}`,
      );
    }
  }
  raw.close();
  return parts.join('\n');
}
