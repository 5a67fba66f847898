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
