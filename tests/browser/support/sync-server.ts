import { join } from 'node:path';
import type { Database } from '../../../src/server/db/database';
import { migrate } from '../../../src/server/db/migrate';
import { loadMigrations } from '../../../src/server/db/migrations';
import { openEmbeddedDatabase } from '../../../src/server/db/pglite';
import { createArea } from '../../../src/server/store/areas';
import { createEnrolmentCode } from '../../../src/server/store/devices';
import { type RunningServer, type ServerOptions, startServer } from './server';

const quiet = { info: () => undefined, warn: () => undefined };

async function withServerDatabase<T>(dataDir: string, use: (db: Database) => Promise<T>): Promise<T> {
  const db = await openEmbeddedDatabase(join(dataDir, 'db'));
  try {
    await migrate(db, await loadMigrations(), quiet);
    return await use(db);
  } finally {
    await db.close();
  }
}

export interface SyncServer {
  server: RunningServer;
  /** A fresh single-use enrolment code for the area. */
  code: string;
  /** Stops the server and reads its database, as an administrator with the disk would. */
  stopAndRead<T>(read: (db: Database) => Promise<T>): Promise<T>;
  /** Stops the server, changes its database (as the admin CLI would), and starts it again. */
  changeWhileStopped(change: (db: Database) => Promise<void>): Promise<void>;
}

/** The real server with one area (Gaasperdam) and an enrolment code for it, made as the admin CLI would. */
export async function startSyncServer(
  options: Pick<ServerOptions, 'copyBuild' | 'env'> & {
    /** More set-up on the server's database before it starts: readers, seeded summaries. */
    seed?: (db: Database) => Promise<void>;
  } = {},
): Promise<SyncServer> {
  const { seed, ...serverOptions } = options;
  let code = '';
  const server = await startServer({
    ...serverOptions,
    prepare: (dataDir) =>
      withServerDatabase(dataDir, async (db) => {
        await createArea(db, { id: 'gaasperdam', name: 'Gaasperdam' });
        code = (await createEnrolmentCode(db, { areaId: 'gaasperdam', validForMs: 3_600_000 })).code;
        await seed?.(db);
      }),
  });
  return {
    server,
    code,
    changeWhileStopped(change) {
      return server.restart((dataDir) => withServerDatabase(dataDir, change));
    },
    async stopAndRead(read) {
      await server.stop({ keepData: true });
      try {
        return await withServerDatabase(server.dataDir, read);
      } finally {
        server.discard();
      }
    },
  };
}
