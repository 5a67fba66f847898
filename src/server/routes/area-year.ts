import type { FastifyRequest } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerMayUseArea } from '../http/auth';

/**
 * What the area team's routes about one area-year share (`/api/areas/:areaId/…?year=`): the year
 * as a query, the check that the reader's grants reach the area, and the two read together.
 */
export const AREA_YEAR_QUERY = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: { year: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max } },
} as const;

export function ownAreaOnly(db: Database) {
  return async (request: FastifyRequest): Promise<void> => {
    const { areaId } = request.params as { areaId: string };
    if (!(await readerMayUseArea(db, request, areaId))) {
      throw new HttpError(403, 'forbidden', 'This account may not use this area');
    }
  };
}

/** Only called after `ownAreaOnly` has let the request through for this area. */
export function areaYearOf(request: FastifyRequest): { areaId: string; year: number } {
  return {
    areaId: (request.params as { areaId: string }).areaId,
    year: (request.query as { year: number }).year,
  };
}
