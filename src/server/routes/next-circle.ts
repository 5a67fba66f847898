import type { FastifyInstance } from 'fastify';
import {
  type NextCircle,
  parseNextCircle,
  publicPagePath,
  type ResidentPage,
} from '../../domain/wire/next-circle';
import { accountActor } from '../audit/reader-actor';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf, readerAuth } from '../http/auth';
import { perDevice, perSession } from '../http/rate-limits';
import { loadNextCircle, residentPageOf, saveNextCircle } from '../store/next-circles';
import { AREA_YEAR_QUERY, areaYearOf, ownAreaOnly } from './area-year';

/**
 * The date of the next values circle (issue 15 §2): the area team sets it beside the public page of
 * the year (`GET`/`PUT /api/areas/:areaId/next-circle?year=`), and a device of the area fetches
 * what its resident card shows (`GET /api/resident-page`) with every sync, to print it offline.
 */
export function nextCircleRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/next-circle',
      { onRequest: [readerAuth(db), ownAreaOnly(db)], schema: { querystring: AREA_YEAR_QUERY } },
      async (request): Promise<NextCircle> => {
        const { areaId, year } = areaYearOf(request);
        return { date: await loadNextCircle(db, areaId, year) };
      },
    );

    app.put(
      '/api/areas/:areaId/next-circle',
      {
        bodyLimit: 1024,
        onRequest: [readerAuth(db), ownAreaOnly(db)],
        schema: { querystring: AREA_YEAR_QUERY },
        config: { rateLimit: perSession(limits.agendaSavesPerMinute) },
      },
      async (request): Promise<NextCircle> => {
        const { areaId, year } = areaYearOf(request);
        const body = parseNextCircle(request.body);
        if (body === undefined) {
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', [
            { path: 'body/date', message: 'must be null or a date like 2027-03-12' },
          ]);
        }
        await saveNextCircle(db, { areaId, year, date: body.date, actor: accountActor(request) });
        return body;
      },
    );

    app.get(
      '/api/resident-page',
      { onRequest: deviceAuth(db), config: { rateLimit: perDevice(limits.summariesPerMinute) } },
      async (request): Promise<ResidentPage> => {
        const { areaId } = deviceOf(request);
        const { year, nextCircle } = await residentPageOf(db, areaId);
        return {
          areaId,
          page: year === null ? null : { year, path: publicPagePath(areaId, year) },
          nextCircle,
        };
      },
    );
  };
}
