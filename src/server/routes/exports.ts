import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAreaOf, readerAuth, readerMayUseArea } from '../http/auth';
import { perSession } from '../http/rate-limits';

export const EXPORT_KINDS = ['csv', 'json', 'handout', 'paragraaf'] as const;

const BODY = {
  type: 'object',
  required: ['kind', 'year'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: EXPORT_KINDS },
    year: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max },
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
    /** Which area's figures; needed only by a reader of more than one area. */
    areaId: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

/**
 * `POST /api/area-team/exports` {kind, year, quarter?}: the area team's app makes its CSV, JSON and
 * handout exports itself, from figures it already fetched (and read, which is audited); it reports
 * each export here so the privacy officer can see who took figures out of the system. Best effort:
 * an export made offline, or whose report is lost, is not in the trail (see docs/server.md).
 */
export function exportRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/area-team/exports',
      {
        onRequest: readerAuth(db),
        schema: { body: BODY },
        config: { rateLimit: perSession(limits.agendaSavesPerMinute) },
      },
      async (request, reply) => {
        const { kind, year, quarter, areaId } = request.body as {
          kind: (typeof EXPORT_KINDS)[number];
          year: number;
          quarter?: number;
          areaId?: string;
        };
        if (areaId !== undefined && !(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not use this area');
        }
        await recordAudit(db, {
          actor: accountActor(request),
          action: `export.${kind}`,
          areaId: areaId ?? readerAreaOf(request),
          detail: { year, quarter: quarter ?? null },
        });
        return reply.code(204).send();
      },
    );
  };
}
