import type { FastifyError, FastifyInstance } from 'fastify';
import { DatabaseUnavailableError } from '../db/database';
import { type ApiErrorBody, type FieldError, HttpError, sendApiError } from './api-error';
import { BODY_LIMIT_BYTES, RETRY_AFTER_SECONDS } from './limits';

type ErrorBody = ApiErrorBody['error'];

type Described = { statusCode: number } & ErrorBody;

const INVALID_JSON: Described = {
  statusCode: 400,
  code: 'invalid_json',
  message: 'The request body is not valid JSON',
};

const BY_FASTIFY_CODE: Record<string, Described> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415,
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    statusCode: 400,
    code: 'invalid_json',
    message: 'The request body is empty',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: INVALID_JSON,
};

const BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'unavailable',
};

/**
 * Turns every thrown error into the one JSON error shape. Messages sent and logged are our own:
 * Fastify's and Node's messages can quote the request (a JSON syntax error quotes the body).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailableError) {
      // A database restart, a failover or a full pool is expected now and then: the client
      // (the outbox, a load balancer) tries again, here or at another process.
      request.log.warn({ err: error.cause, reason: error.reason }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendApiError(reply, 503, {
        code: 'unavailable',
        message:
          error.reason === 'busy'
            ? 'The server is busy; try again shortly'
            : 'The database cannot be reached right now; try again shortly',
      });
    }
    const { statusCode, ...body } =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? tooLarge(request.routeOptions.bodyLimit ?? BODY_LIMIT_BYTES)
        : describe(error);
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.debug({ code: body.code }, 'request rejected');
    }
    return sendApiError(reply, statusCode, body);
  });
}

// Routes may raise their own limit (a batch of summaries), so the message names the route's.
function tooLarge(limit: number): Described {
  const size = limit % (1024 * 1024) === 0 ? `${limit / 1024 / 1024} MiB` : `${Math.floor(limit / 1024)} KiB`;
  return { statusCode: 413, code: 'payload_too_large', message: `The request body is larger than ${size}` };
}

function describe(error: FastifyError): Described {
  if (error instanceof HttpError) {
    const { statusCode, code, message, fields } = error;
    return fields === undefined ? { statusCode, code, message } : { statusCode, code, message, fields };
  }
  const known = BY_FASTIFY_CODE[error.code];
  if (known !== undefined) return known;
  if (error.validation !== undefined) {
    const fields: FieldError[] = error.validation.map((issue) => {
      // A missing property is reported on its parent; point at the property itself.
      const missing = issue.keyword === 'required' ? issue.params.missingProperty : undefined;
      const path = `${error.validationContext ?? 'body'}${issue.instancePath}`;
      return {
        path: typeof missing === 'string' ? `${path}/${missing}` : path,
        message: issue.message ?? 'is invalid',
      };
    });
    return { statusCode: 400, code: 'invalid_request', message: 'The request has invalid fields', fields };
  }
  // Fastify passes JSON.parse's SyntaxError on with status 400 (its message quotes the body).
  if (error instanceof SyntaxError && error.statusCode === 400) return INVALID_JSON;
  const statusCode = error.statusCode ?? 500;
  if (statusCode < 400 || statusCode >= 500) {
    return { statusCode: 500, code: 'internal_error', message: 'Something went wrong on the server' };
  }
  return {
    statusCode,
    code: BY_STATUS[statusCode] ?? 'bad_request',
    message: 'The request was not accepted',
  };
}
