import type { FastifyInstance } from 'fastify';
import { type EnrolResponse, parseEnrolRequest } from '../../domain/wire/enrolment';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { perAddress } from '../http/rate-limits';
import { findArea } from '../store/areas';
import { enrolDevice } from '../store/devices';

const REFUSED = {
  unknown: [
    400,
    'enrolment_code_unknown',
    'This enrolment code is not known; check it, or ask for a new one',
  ],
  used: [409, 'enrolment_code_used', 'This enrolment code has already been used; ask for a new one'],
  expired: [410, 'enrolment_code_expired', 'This enrolment code has expired; ask for a new one'],
} as const;

/** `POST /api/enrol` exchanges a one-time code for a device token; `GET /api/device` says which area it writes to. */
export function enrolRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/enrol',
      { config: { rateLimit: perAddress(limits.signInPerMinute) } },
      async (request, reply): Promise<EnrolResponse> => {
        const body = parseEnrolRequest(request.body);
        if (body === null) {
          throw new HttpError(400, 'invalid_request', 'Send the enrolment code as {"code": "…"}', [
            { path: 'body/code', message: 'is required and must be text' },
          ]);
        }
        const result = await enrolDevice(db, body.code);
        if (!result.ok) {
          const [status, code, message] = REFUSED[result.reason];
          throw new HttpError(status, code, message);
        }
        reply.code(201);
        return { deviceToken: result.deviceToken, area: result.area };
      },
    );

    app.get('/api/device', { onRequest: deviceAuth(db) }, async (request) => {
      const area = await findArea(db, deviceOf(request).areaId);
      if (area === undefined) throw new Error('device without area');
      return { area };
    });
  };
}
