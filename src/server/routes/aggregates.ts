import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { SuppressionEngine } from '../aggregates/scope-report';
import { scopeReport } from '../aggregates/served-report';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth, readerMayUseArea } from '../http/auth';

const QUERY = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: {
    year: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max },
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
  },
} as const;

/**
 * `GET /api/areas/:areaId/aggregates?year=2026[&quarter=2]`, for the area team of that area only
 * (or of a group or the organisation the area falls under).
 * Suppression is applied here, on the server: a suppressed figure never leaves it as a number.
 * There is no route that returns a single summary.
 *
 * Suppression runs in a worker pool with a time budget (aggregates/suppression-pool.ts,
 * cube-cache.ts): past the budget the answer is 503 with Retry-After while the computation
 * finishes in the background for the retry; the event loop, and with it /api/health, stays free.
 */
export function aggregateRoutes(db: Database, serverK: number, engine: SuppressionEngine) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/aggregates',
      { onRequest: readerAuth(db), schema: { querystring: QUERY } },
      async (request, reply): Promise<AggregatesReport> => {
        const { areaId } = request.params as { areaId: string };
        if (!(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not read this area');
        }
        const { year, quarter } = request.query as { year: number; quarter?: number };
        // On its own: no route serves group or organisation reports yet (see reportForScope).
        const report = await scopeReport(
          db,
          { kind: 'area', areaId },
          { year, quarter },
          serverK,
          engine,
          reply,
          true,
        );
        // Written before the figures leave: a read the trail does not show never happened.
        await recordAudit(db, {
          actor: accountActor(request),
          action: 'aggregates.read',
          areaId,
          detail: { year, quarter: quarter ?? null },
        });
        return report;
      },
    );
  };
}
