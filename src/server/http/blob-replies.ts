import type { FastifyReply } from 'fastify';
import type { FieldError } from '../../domain/wire/validation';
import { HttpError } from './api-error';

/** A 400 listing the body's invalid fields (`body/package/iv`). */
export function invalidBody(errors: readonly FieldError[]): HttpError {
  const fields = errors.map(({ path, message }) => ({
    path: path === '' ? 'body' : `body/${path}`,
    message,
  }));
  return new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
}

/**
 * Stored envelopes are JSON the server wrote itself after validation; they are spliced into the
 * answer as they are, rather than parsed and serialised again (a backup can be tens of megabytes).
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** A JSON string or null, for splicing next to stored envelopes. */
export function jsonValue(value: string | number | null): string {
  return JSON.stringify(value);
}
