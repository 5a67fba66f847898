import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import type { Note } from '../../src/db/notes';

/**
 * The baseline the storage benchmarks compare against: IndexedDB through idb (a thin promise
 * wrapper, nothing more), no encryption, no Dexie, with the same store and indexes as the app's
 * notes table so only the layer differs.
 */
interface PlainNotes extends DBSchema {
  notes: { key: string; value: Note; indexes: { conversationId: string; updatedAt: number } };
}

export type PlainNotesDatabase = IDBPDatabase<PlainNotes>;

export async function freshPlainDatabase(name: string): Promise<PlainNotesDatabase> {
  await deleteDB(name);
  return openDB<PlainNotes>(name, 1, {
    upgrade(db) {
      const store = db.createObjectStore('notes', { keyPath: 'id' });
      store.createIndex('conversationId', 'conversationId');
      store.createIndex('updatedAt', 'updatedAt');
    },
  });
}

/** One readwrite transaction per note; resolves once it has committed, as saveNote() does. */
export async function plainPut(db: PlainNotesDatabase, note: Note): Promise<void> {
  await db.put('notes', note);
}
