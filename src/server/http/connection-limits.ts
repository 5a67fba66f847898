import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { HttpSettings } from '../config';

/**
 * Every wait of a connection has a limit (Fastify and Node have none for requests and bodies by
 * default), so slow or stalled clients cannot pile up and hold the process or its shutdown:
 *
 * - `requestTimeout`: headers and body must have arrived in time; Node answers 408 and closes.
 * - `headersTimeout`: the same for the headers alone (a client that opens and says nothing).
 * - `connectionTimeout`: the socket's inactivity limit, so a body that stalls is closed.
 * - `keepAliveTimeout`: an idle kept-alive connection is closed.
 */
export function connectionLimits(http: HttpSettings): FastifyHttpOptions<Server> {
  return {
    requestTimeout: http.requestTimeoutMs,
    connectionTimeout: http.bodyTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    http: {
      headersTimeout: http.headersTimeoutMs,
      requestTimeout: http.requestTimeoutMs,
      // Node enforces the two limits above only when it checks, every 30 s unless told otherwise.
      connectionsCheckingInterval: Math.min(1_000, http.headersTimeoutMs),
    },
  };
}
