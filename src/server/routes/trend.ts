import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { AreaTrend } from '../../domain/wire/trend';
import type { SuppressionEngine } from '../aggregates/scope-report';
import { areaTrend } from '../aggregates/trend';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth, readerMayUseArea } from '../http/auth';

const QUERY = {
  type: 'object',
  required: ['to'],
  additionalProperties: false,
  properties: { to: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max } },
} as const;

/**
 * `GET /api/areas/:areaId/trend?to=2026`: the value figures of the five years up to `to`, each
 * year suppressed as its own report is, for the readers the aggregates route serves.
 */
export function trendRoutes(db: Database, serverK: number, engine: SuppressionEngine) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/trend',
      { onRequest: readerAuth(db), schema: { querystring: QUERY } },
      async (request, reply): Promise<AreaTrend> => {
        const { areaId } = request.params as { areaId: string };
        if (!(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not read this area');
        }
        const { to } = request.query as { to: number };
        const trend = await areaTrend(db, areaId, to, serverK, engine, reply);
        // Written before the figures leave, as for the aggregates.
        await recordAudit(db, { actor: accountActor(request), action: 'trend.read', areaId, detail: { to } });
        return trend;
      },
    );
  };
}
