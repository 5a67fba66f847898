import type { FastifyInstance } from 'fastify';
import type { HealthReport } from '../../domain/wire/health';
import type { Database } from '../db/database';
import { HEALTH_TIMEOUT_MS } from '../http/limits';
import { APP_VERSION } from '../version';

/**
 * For load balancers and monitoring: 200 while this process can serve, 503 when its database
 * does not answer, so the balancer sends traffic to the other processes.
 */
export function healthRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/api/health', async (request, reply): Promise<HealthReport> => {
      const ok = await withTimeout(db.health(), HEALTH_TIMEOUT_MS).then(
        () => true,
        (error: unknown) => {
          request.log.warn({ err: error }, 'database health check failed');
          return false;
        },
      );
      reply.code(ok ? 200 : 503);
      return {
        status: ok ? 'ok' : 'degraded',
        version: APP_VERSION,
        database: { kind: db.kind, status: ok ? 'ok' : 'error' },
      };
    });
  };
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
