import { DatabaseUnavailableError } from './database';

// Socket errors from Node: the database host went away or refused us.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server that is going or gone: admin_shutdown, crash_shutdown, cannot_connect_now,
// too_many_connections, and the whole connection_exception class (08…).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

// node-postgres reports its own connection failures only by message.
const BROKEN_MESSAGES = [
  /^Connection terminated/,
  /is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];
const POOL_WAIT_MESSAGE = /^timeout exceeded when trying to connect/;
// query_canceled: a statement ran or waited past DATABASE_STATEMENT_TIMEOUT_MS, i.e. overload.
const CANCELED = '57014';

/**
 * Maps a failure of node-postgres to `DatabaseUnavailableError` when it says the connection (not
 * the SQL) failed; anything else — a constraint, a syntax error, a deadlock — is passed on as is.
 */
export function asUnavailable(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof DatabaseUnavailableError) return error;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (POOL_WAIT_MESSAGE.test(error.message) || code === CANCELED) {
    return new DatabaseUnavailableError('busy', { cause: error });
  }
  const broken =
    (code !== undefined && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) ||
    BROKEN_MESSAGES.some((pattern) => pattern.test(error.message));
  return broken ? new DatabaseUnavailableError('unreachable', { cause: error }) : error;
}
