import type { FastifyInstance } from 'fastify';
import {
  AGENDA_LIMITS,
  type AgendaConflict,
  parseAgendaSave,
  type StoredAgenda,
} from '../../domain/wire/agenda';
import { accountActor } from '../audit/reader-actor';
import { personNamedAsOwner } from '../checks/action-owners';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth } from '../http/auth';
import { perSession } from '../http/rate-limits';
import { loadAgenda, saveAgenda } from '../store/agendas';
import { AREA_YEAR_QUERY, areaYearOf, ownAreaOnly } from './area-year';

/**
 * `GET` and `PUT /api/areas/:areaId/agenda?year=2026`: the values-circle agenda of an area-year,
 * for that area's team only. A save names the version it was based on; a stale one is answered
 * 409 with the stored agenda, for the device to merge and retry (see store/agendas.ts).
 */
export function agendaRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/agenda',
      { onRequest: [readerAuth(db), ownAreaOnly(db)], schema: { querystring: AREA_YEAR_QUERY } },
      async (request): Promise<StoredAgenda> => {
        const { areaId, year } = areaYearOf(request);
        const stored = await loadAgenda(db, areaId, year);
        if (stored === null) throw new HttpError(404, 'not_found', 'No agenda was saved for this year yet');
        return stored;
      },
    );

    app.put(
      '/api/areas/:areaId/agenda',
      {
        bodyLimit: AGENDA_LIMITS.bodyBytes,
        // Both before the body is read: another area's team is refused without it being parsed.
        onRequest: [readerAuth(db), ownAreaOnly(db)],
        schema: { querystring: AREA_YEAR_QUERY },
        config: { rateLimit: perSession(limits.agendaSavesPerMinute) },
      },
      async (request, reply): Promise<StoredAgenda | AgendaConflict> => {
        const { areaId, year } = areaYearOf(request);
        const parsed = parseAgendaSave(request.body);
        if (!parsed.ok) {
          const fields = parsed.errors.map(({ path, message }) => ({
            path: path === '' ? 'body' : `body/${path}`,
            message,
          }));
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
        }
        const { agenda, baseVersion } = parsed.save;
        const named = personNamedAsOwner(agenda);
        if (named.length > 0) {
          throw new HttpError(
            400,
            'personal_details',
            'An action names a person as its owner',
            named.slice(0, AGENDA_LIMITS.fieldErrors),
          );
        }
        const actor = accountActor(request);
        const outcome = await saveAgenda(db, { areaId, year, agenda, baseVersion, actor });
        if (outcome.saved) return outcome.stored;
        reply.code(409);
        return {
          error: {
            code: 'agenda_conflict',
            message: 'The agenda was changed since this version: merge with the current one and save again',
          },
          current: outcome.current,
        };
      },
    );
  };
}
