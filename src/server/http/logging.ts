import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config';

/** Where log lines go; defaults to stdout. Tests pass one that captures the lines. */
export interface LogStream {
  write(line: string): void;
}

// Never logged in the first place; redaction is the second line of defence should someone log headers.
const REDACTED_PATHS = ['authorization', 'cookie', 'headers.authorization', 'headers.cookie'].flatMap(
  (path) => [path, `*.${path}`],
);

/**
 * Pino (through Fastify) writes structured JSON. Requests are logged by method, route and path
 * only: bodies and query strings can carry what people said, and IP addresses identify them.
 */
export function loggerOptions(level: LogLevel, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
    redact: { paths: [...REDACTED_PATHS, 'res.headers["set-cookie"]'], censor: '[redacted]' },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({
        method: request.method,
        path: loggedPath(request.url),
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: serializeError,
    },
  };
}

/** One line per request, written after the response; replaces Fastify's own request logging. */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url,
        path: loggedPath(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}

export function pathOf(url: string | undefined): string | undefined {
  return url?.split('?', 1)[0];
}

/**
 * Share ids and backup lookup ids are capabilities: a share id in a log would be a working link
 * (the key aside) to whoever reads the logs. They are logged as `:id`, `:lookupId` and
 * `:shareId`: in the API, and in the app's own link to a share (`/review/<id>#<key>`, whose page
 * the server serves), also in paths no route matched (a mistyped method, doubled slashes).
 */
const CAPABILITY_SEGMENTS: readonly [RegExp, string][] = [
  [/^(\/+api\/+shares\/+)[^/]+/i, '$1:id'],
  [/^(\/+api\/+backups\/+)[^/]+/i, '$1:lookupId'],
  [/^(\/+review\/+)[^/]+/i, '$1:shareId'],
];

export function loggedPath(url: string | undefined): string | undefined {
  const path = pathOf(url);
  return CAPABILITY_SEGMENTS.reduce((logged, [segment, name]) => logged?.replace(segment, name), path);
}

/**
 * PostgreSQL errors quote the offending values in their message and detail ("Key (id)=(…)
 * already exists"), and those values come from requests; keep only what locates the problem.
 */
export interface SerializedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-Error thrown', stack: '' };
  // The first line of a stack repeats the message.
  const stack = error.stack?.split('\n').slice(1).join('\n') ?? '';
  const field = (name: string): unknown => (name in error ? Reflect.get(error, name) : undefined);
  if ('severity' in error && 'routine' in error) {
    const sqlState = field('code');
    return {
      type: 'DatabaseError',
      message: `PostgreSQL error ${String(sqlState)}`,
      stack,
      sqlState,
      routine: field('routine'),
      constraint: field('constraint'),
      table: field('table'),
      column: field('column'),
    };
  }
  return { type: error.name, message: error.message, stack, code: field('code') };
}
