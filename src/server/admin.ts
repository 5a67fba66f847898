import { createInterface } from 'node:readline';
import type { AdminIo } from './admin/commands';
import { runAdmin } from './admin/run';
import { readConfig } from './config';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { loadMigrations } from './db/migrations';
import { openDatabase } from './db/open';

/**
 * `npm run admin -- <command>`: areas, enrolment codes, devices and area-team accounts, on the
 * database the server uses (same environment variables). Applies pending migrations first, so it
 * works on a fresh installation before the server has ever started.
 */
async function openConfiguredDatabase(): Promise<Database> {
  const db = await openDatabase(readConfig(process.env));
  try {
    await migrate(db, await loadMigrations(), { info: () => undefined, warn: () => undefined });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

function firstLineOfStdin(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      resolve(line);
      lines.close();
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

const io: AdminIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readLine: firstLineOfStdin,
};
process.exitCode = await runAdmin(process.argv.slice(2), openConfiguredDatabase, io);
