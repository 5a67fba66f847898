import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerToken, hashSecret } from '../auth/secrets';
import { HttpError } from './api-error';

/**
 * Limits are per server process and kept in memory: with several processes a client gets the
 * limit once per process, which still bounds what one device or address can do.
 */
export function installRateLimits(app: FastifyInstance): void {
  app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'too_many_requests', `Too many requests; try again in ${context.after}`),
  });
}

/** Per device: keyed by the hash of its token, so the limiter holds no usable secret. */
export function perDevice(max: number): RateLimitOptions {
  return perToken('device', max);
}

/** Per area-team session, keyed like a device. */
export function perSession(max: number): RateLimitOptions {
  return perToken('session', max);
}

/** Per bearer token of whatever kind, for routes a coach's reply token or a device token may use. */
export function perCredential(max: number): RateLimitOptions {
  return perToken('credential', max);
}

function perToken(kind: string, max: number): RateLimitOptions {
  return {
    max,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization);
      return token === undefined ? `address:${request.ip}` : `${kind}:${hashSecret(token)}`;
    },
  };
}

/** Per client address, for guessable things: enrolment codes and passwords. */
export function perAddress(max: number): RateLimitOptions {
  return { max, timeWindow: 60_000 };
}
