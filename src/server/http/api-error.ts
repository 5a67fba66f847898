import type { FastifyReply } from 'fastify';

/** The one shape of every API error response; the client reads `code`, people read `message`. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** Which request fields were wrong, for 400 responses. */
    fields?: FieldError[];
  };
}

export interface FieldError {
  /** Where in the request, e.g. "body/summaries/0/revision". */
  path: string;
  message: string;
}

/**
 * Thrown by route handlers for an expected failure. Its message is sent to the client, so it
 * must be written by us and never quote request data.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function sendApiError(
  reply: FastifyReply,
  statusCode: number,
  body: ApiErrorBody['error'],
): FastifyReply {
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send({ error: body } satisfies ApiErrorBody);
}
