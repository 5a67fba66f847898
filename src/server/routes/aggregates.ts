import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { Scope, SuppressionEngine } from '../aggregates/scope-report';
import { scopeReport } from '../aggregates/served-report';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth, readerMayReadScope, readerMayUseArea } from '../http/auth';

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
 * The suppressed figures of a scope, for the area teams that hold it:
 *
 * - `GET /api/areas/:areaId/aggregates?year=2026[&quarter=2]`: an area, for its team or that of a
 *   group or the organisation it falls under;
 * - `GET /api/groups/:groupId/aggregates?…`: a group of areas (a stadsdeel), for a reader holding
 *   that group or the organisation (holding its areas one by one is not enough);
 * - `GET /api/organisation/aggregates?…`: every area, for an organisation-wide reader.
 *
 * Every report, the area's included, comes from the one joint suppression of the organisation-year
 * (scope-report.ts): what one scope hides no other scope's figures give back, whoever reads them.
 * Suppression is applied here, on the server, in a worker pool with a time budget (503 with
 * Retry-After past it); a suppressed figure never leaves as a number, and no route returns a
 * single summary.
 */
export function aggregateRoutes(db: Database, serverK: number, engine: SuppressionEngine) {
  return async (app: FastifyInstance): Promise<void> => {
    const serve = async (
      request: FastifyRequest,
      reply: FastifyReply,
      scope: Scope,
    ): Promise<AggregatesReport> => {
      const { year, quarter } = request.query as { year: number; quarter?: number };
      const report = await scopeReport(db, scope, { year, quarter }, serverK, engine, reply);
      // Written before the figures leave: a read the trail does not show never happened.
      await recordAudit(db, {
        actor: accountActor(request),
        action: 'aggregates.read',
        ...(scope.kind === 'area' ? { areaId: scope.areaId } : {}),
        detail: {
          ...(scope.kind === 'group' ? { groupId: scope.groupId } : {}),
          ...(scope.kind === 'organisation' ? { organisation: true } : {}),
          year,
          quarter: quarter ?? null,
        },
      });
      return report;
    };
    const options = { onRequest: readerAuth(db), schema: { querystring: QUERY } };

    app.get('/api/areas/:areaId/aggregates', options, async (request, reply) => {
      const { areaId } = request.params as { areaId: string };
      if (!(await readerMayUseArea(db, request, areaId))) {
        throw new HttpError(403, 'forbidden', 'This account may not read this area');
      }
      return serve(request, reply, { kind: 'area', areaId });
    });

    app.get('/api/groups/:groupId/aggregates', options, async (request, reply) => {
      const { groupId } = request.params as { groupId: string };
      if (!readerMayReadScope(request, { kind: 'group', groupId })) {
        throw new HttpError(403, 'forbidden', 'This account may not read this group');
      }
      return serve(request, reply, { kind: 'group', groupId });
    });

    app.get('/api/organisation/aggregates', options, async (request, reply) => {
      if (!readerMayReadScope(request, { kind: 'organisation' })) {
        throw new HttpError(403, 'forbidden', 'This account may not read the whole organisation');
      }
      return serve(request, reply, { kind: 'organisation' });
    });
  };
}
