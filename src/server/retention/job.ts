import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { runRetention } from './run';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when the retention run under way (if any) has ended: the start-up run included. */
    retentionSettled(): Promise<void>;
  }
}

/** How often a process asks whether today's retention run is still to be done. */
export const RETENTION_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The daily retention run inside the server: every process checks when it starts and then every
 * hour, and the first to claim the day runs it (retention/lease.ts), so several instances behind a
 * load balancer run it once a day between them. A failed run is logged and gives the day back, so the
 * next hourly check (in any process) tries again; each run removes all that is due by then. The timer never keeps the process alive, and closing the server waits for a run under way.
 */
export function installRetentionJob(app: FastifyInstance, db: Database): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const check = (): void => {
    running = running.then(async () => {
      try {
        const run = await runRetention(db, 'daily');
        // The audit trail records every run; the log only runs that removed something.
        if (run.ran && Object.values(run.counts).some((n) => n > 0)) {
          app.log.info({ removed: run.counts }, 'retention run');
        }
      } catch (error) {
        app.log.warn({ err: error }, 'the retention run failed; it is tried again within the hour');
      }
    });
  };
  app.decorate('retentionSettled', () => running);
  app.addHook('onReady', async () => {
    check();
    timer = setInterval(check, RETENTION_CHECK_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
