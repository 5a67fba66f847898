/**
 * The baseline the storage benchmarks compare against: bare IndexedDB, no encryption, no Dexie,
 * with the same store and indexes as the app's notes table so only the layer differs.
 */
function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    req.onsuccess = () => done(req.result);
    req.onerror = () => fail(req.error);
  });
}

export async function freshPlainDatabase(name: string): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name));
  const opening = indexedDB.open(name, 1);
  // The same store and indexes as the app's notes table, so only the layer differs.
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('notes', { keyPath: 'id' });
    store.createIndex('conversationId', 'conversationId');
    store.createIndex('updatedAt', 'updatedAt');
  };
  return request(opening);
}
