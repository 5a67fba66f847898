import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ConfigurationResponse } from '../../domain/wire/configuration';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { deviceAuth, deviceOf } from '../http/auth';
import { perDevice } from '../http/rate-limits';
import { areaConfiguration } from '../store/configuration';

/**
 * `GET /api/configuration`: the merged configuration of the enrolled device's area. Devices ask on
 * enrolment and with every sync, so the unchanged case is one cheap 304: the ETag is a digest of
 * the answer itself, which also changes when an app update changes the built-in starting set.
 */
export function configurationRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/configuration',
      { onRequest: deviceAuth(db), config: { rateLimit: perDevice(limits.summariesPerMinute) } },
      async (request, reply) => {
        const { areaId } = deviceOf(request);
        const found = await areaConfiguration(db, areaId);
        if (found === undefined) throw new Error('device without area');
        const body: ConfigurationResponse = { areaId, ...found };
        const text = JSON.stringify(body);
        const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
        reply.header('etag', etag);
        if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
        return reply.type('application/json; charset=utf-8').send(text);
      },
    );
  };
}

/** `If-None-Match` may list several tags, or `*`; weak tags compare by their value. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}
