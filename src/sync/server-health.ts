import { type HealthReport, isHealthReport } from '../domain/wire/health';

export type ServerHealth = { kind: 'reachable'; report: HealthReport } | { kind: 'unreachable' };

/** Asks the sync server how it is; any failure (offline, 5xx without a report, timeout) is "unreachable". */
export async function fetchServerHealth(timeoutMs = 8_000): Promise<ServerHealth> {
  try {
    const response = await fetch('/api/health', {
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body: unknown = await response.json();
    return isHealthReport(body) ? { kind: 'reachable', report: body } : { kind: 'unreachable' };
  } catch {
    return { kind: 'unreachable' };
  }
}
