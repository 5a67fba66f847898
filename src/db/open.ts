import { BuurtgesprekDatabase, DATABASE_NAME } from './database';
import { classifyStorageError, type StorageProblem } from './storage-problem';

export type OpenResult = { db: BuurtgesprekDatabase; problem: null } | { db: null; problem: StorageProblem };

/**
 * Opens the app's database, or says why it can't be opened. The app still starts without it:
 * what is typed then stays in memory (see SaveQueue) and the interviewer is told.
 * `onBlocked` fires while an old tab holds the database open; opening goes on once it lets go.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
  onBlocked: () => void = () => {},
): Promise<OpenResult> {
  const db = new BuurtgesprekDatabase(name);
  db.on('blocked', onBlocked);
  try {
    await db.open();
    return { db, problem: null };
  } catch (error) {
    return { db: null, problem: classifyStorageError(error) };
  }
}
