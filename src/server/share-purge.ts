import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database';
import { purgeShares } from './store/shares';

/** How often expired shares are emptied and old tombstones deleted. */
export const SHARE_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Purges expired shares when the server starts and then every hour, in the background: a share
 * past its expiry is already refused (410) before the purge reaches it, so the purge only has to
 * make sure the ciphertext does not linger. The timer never keeps the process alive, and closing
 * the server waits for a purge under way, so the database is never closed beneath it.
 */
export function installSharePurge(app: FastifyInstance, db: Database): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const purge = (): void => {
    running = running.then(async () => {
      try {
        const { emptied, deleted } = await purgeShares(db);
        if (emptied + deleted > 0) app.log.info({ emptied, deleted }, 'purged expired shares');
      } catch (error) {
        app.log.warn({ err: error }, 'could not purge expired shares; trying again in an hour');
      }
    });
  };
  app.addHook('onReady', async () => {
    purge();
    timer = setInterval(purge, SHARE_PURGE_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
