/** What `GET /api/health` answers: the server's version and whether its database works. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  version: string;
  database: {
    kind: 'embedded' | 'postgres';
    status: 'ok' | 'error';
  };
}

export function isHealthReport(body: unknown): body is HealthReport {
  if (!body || typeof body !== 'object') return false;
  const { status, version, database } = body as Record<string, unknown>;
  if ((status !== 'ok' && status !== 'degraded') || typeof version !== 'string') return false;
  if (!database || typeof database !== 'object') return false;
  const db = database as Record<string, unknown>;
  return (db.kind === 'embedded' || db.kind === 'postgres') && (db.status === 'ok' || db.status === 'error');
}
