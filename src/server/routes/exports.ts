import type { FastifyInstance } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAreaOf, readerAuth, readerMayReadScope, readerMayUseArea } from '../http/auth';
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
    /** A group's summed figures (a stadsdeel), instead of an area's. */
    groupId: { type: 'string', minLength: 1, maxLength: 64 },
    /** The whole organisation's summed figures, instead of an area's. */
    organisation: { type: 'boolean', const: true },
  },
} as const;

type ExportBody = {
  kind: (typeof EXPORT_KINDS)[number];
  year: number;
  quarter?: number;
  areaId?: string;
  groupId?: string;
  organisation?: true;
};

/**
 * `POST /api/area-team/exports` {kind, year, quarter?, areaId? | groupId? | organisation?}: the area
 * team's app makes its CSV, JSON and handout exports itself (of an area, a group or the
 * organisation), from figures it already fetched (and read, which is audited); it reports each
 * export here so the privacy officer can see who took figures out of the system. Best effort:
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
        const { kind, year, quarter, areaId, groupId, organisation } = request.body as ExportBody;
        const named = [areaId, groupId, organisation].filter((given) => given !== undefined).length;
        if (named > 1) {
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', [
            { path: 'body', message: 'name at most one of areaId, groupId and organisation' },
          ]);
        }
        // The same scope checks, and the same audit shape, as the read that fetched the figures.
        if (groupId !== undefined && !readerMayReadScope(request, { kind: 'group', groupId })) {
          throw new HttpError(403, 'forbidden', 'This account may not read this group');
        }
        if (organisation && !readerMayReadScope(request, { kind: 'organisation' })) {
          throw new HttpError(403, 'forbidden', 'This account may not read the whole organisation');
        }
        if (areaId !== undefined && !(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not use this area');
        }
        const scope: { areaId?: string; detail: Record<string, string | boolean> } =
          groupId !== undefined
            ? { detail: { groupId } }
            : organisation
              ? { detail: { organisation: true } }
              : { areaId: areaId ?? readerAreaOf(request), detail: {} };
        await recordAudit(db, {
          actor: accountActor(request),
          action: `export.${kind}`,
          ...(scope.areaId === undefined ? {} : { areaId: scope.areaId }),
          detail: { ...scope.detail, year, quarter: quarter ?? null },
        });
        return reply.code(204).send();
      },
    );
  };
}
