import type { SyncProblem } from '../domain/sharing/status';

/** How the device talks to the sync server: one place for the base URL, timeouts and error bodies. */

export interface ServerClient {
  /** '' in the app (same origin); a full origin in tests and benchmarks. */
  baseUrl: string;
  fetch: typeof fetch;
}

export const sameOrigin = (): ServerClient => ({ baseUrl: '', fetch: (...args) => fetch(...args) });

/** The `{ error: { code, fields } }` the server sends with every 4xx and 5xx (docs/server.md). */
export interface ApiError {
  code: string;
  fields: { path: string; message: string }[];
}

export async function readApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; fields?: unknown } };
    const code = typeof body.error?.code === 'string' ? body.error.code : 'unknown';
    const fields = Array.isArray(body.error?.fields) ? (body.error.fields as ApiError['fields']) : [];
    return { code, fields };
  } catch {
    return { code: 'unknown', fields: [] };
  }
}

export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The server asks to come back later: rate limited (429), or overloaded or between database
 * connections (503 with Retry-After, docs/server.md). Whatever waited, waits as told.
 */
export function serverBusy(response: Response): boolean {
  return response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
}

/** Why the server refused a request of the device, in the words the sync status uses. */
export function refusalProblem(response: Response, code: string): SyncProblem {
  if (response.status === 401) return 'device-unknown';
  if (response.status === 403) return code === 'device_revoked' ? 'device-revoked' : 'wrong-area';
  if (serverBusy(response)) return 'busy';
  if (response.status === 400) return 'rejected';
  return 'server-error';
}
