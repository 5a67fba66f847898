import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { AreaYearCache } from '../aggregates/cube-cache';
import { QUOTES_PER_REPORT, releasableQuarters, renderReport } from '../aggregates/report';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth, readerMayUseArea } from '../http/auth';
import { loadCounters, loadQuotes } from '../store/aggregates';
import { areaConfiguration } from '../store/configuration';

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
 */
export function aggregateRoutes(db: Database, serverK: number) {
  const cubes = new AreaYearCache();
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/aggregates',
      { onRequest: readerAuth(db), schema: { querystring: QUERY } },
      async (request): Promise<AggregatesReport> => {
        const { areaId } = request.params as { areaId: string };
        if (!(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not read this area');
        }
        const { year, quarter } = request.query as { year: number; quarter?: number };
        // The area's configured k, never below the server's SUPPRESSION_K: neither can weaken the other.
        const configured = await areaConfiguration(db, areaId);
        const k = Math.max(serverK, configured?.configuration.suppressionK ?? serverK);
        const cube = cubes.cube(areaId, year, await loadCounters(db, areaId, year), k);
        const quarters = releasableQuarters(cube, quarter, k);
        const quotes = await loadQuotes(db, areaId, year, quarters, QUOTES_PER_REPORT);
        // Written before the figures leave: a read the trail does not show never happened.
        await recordAudit(db, {
          actor: accountActor(request),
          action: 'aggregates.read',
          areaId,
          detail: { year, quarter: quarter ?? null },
        });
        return renderReport(
          cube,
          { areaId, year, k, ...(quarter === undefined ? {} : { quarter }) },
          { ...quotes, released: quarters.length > 0 },
        );
      },
    );
  };
}
