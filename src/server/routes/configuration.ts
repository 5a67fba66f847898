import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ConfigurationResponse, PublishedGuides } from '../../domain/wire/configuration';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf, readerAuth, readerMayUseArea } from '../http/auth';
import { perDevice, perSession } from '../http/rate-limits';
import { areaConfiguration } from '../store/configuration';
import { guideVersionBodies } from '../store/guide-versions';

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
      async (request, reply) => answer(deviceOf(request).areaId, request.headers['if-none-match'], reply),
    );

    // The area team's view of the same configuration: the values circle names themes with the
    // labels the organisation gave them, retired ones included (their old figures keep a name).
    app.get(
      '/api/areas/:areaId/configuration',
      { onRequest: readerAuth(db), config: { rateLimit: perSession(limits.summariesPerMinute) } },
      async (request, reply) => {
        const { areaId } = request.params as { areaId: string };
        if (!(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not use this area');
        }
        return answer(areaId, request.headers['if-none-match'], reply);
      },
    );

    // The body of a guide version published for the device's area, every language stored. Only
    // published versions are served: a device can follow, and a summary name, nothing else.
    app.get(
      '/api/guides/:guideId/:version',
      { onRequest: deviceAuth(db), config: { rateLimit: perDevice(limits.summariesPerMinute) } },
      async (request): Promise<PublishedGuides> => {
        const { guideId, version: versionText } = request.params as { guideId: string; version: string };
        const version = /^\d{1,7}$/.test(versionText) ? Number(versionText) : Number.NaN;
        const found = await areaConfiguration(db, deviceOf(request).areaId);
        const published = found?.configuration.guides.some((g) => g.id === guideId && g.version === version);
        const guides = published ? await guideVersionBodies(db, guideId, version) : [];
        if (guides.length === 0) {
          throw new HttpError(404, 'guide_not_published', 'No such guide version is published for this area');
        }
        return { guides: guides.map(({ builtIn: _builtIn, ...guide }) => guide) };
      },
    );

    async function answer(areaId: string, ifNoneMatch: string | undefined, reply: FastifyReply) {
      const found = await areaConfiguration(db, areaId);
      if (found === undefined) throw new Error('no such area');
      const body: ConfigurationResponse = { areaId, ...found };
      const text = JSON.stringify(body);
      const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
      reply.header('etag', etag);
      if (matches(ifNoneMatch, etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(text);
    }
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
