import type { FastifyInstance, FastifyReply } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { BudgetExceededError } from '../aggregates/cube-cache';
import { pooledEngine, reportForScope, type Scope, type SuppressionEngine } from '../aggregates/scope-report';
import { defaultThreads, SuppressionPool, SuppressionPoolFullError } from '../aggregates/suppression-pool';
import { accountActor } from '../audit/reader-actor';
import { recordAudit } from '../audit/record';
import type { AggregateSettings } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { readerAuth, readerMayUseArea } from '../http/auth';

const QUERY = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: {
    year: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max },
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
  },
} as const;

/**
 * `GET /api/areas/:areaId/aggregates?year=2026[&quarter=2]`, for the area team of that area only
 * (or of a group or the organisation the area falls under).
 * Suppression is applied here, on the server: a suppressed figure never leaves it as a number.
 * There is no route that returns a single summary.
 *
 * Suppression runs in a worker pool with a time budget (aggregates/suppression-pool.ts,
 * cube-cache.ts): past the budget the answer is 503 with Retry-After while the computation
 * finishes in the background for the retry; the event loop, and with it /api/health, stays free.
 */
export function aggregateRoutes(db: Database, serverK: number, engine: SuppressionEngine) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/areas/:areaId/aggregates',
      { onRequest: readerAuth(db), schema: { querystring: QUERY } },
      async (request, reply): Promise<AggregatesReport> => {
        const { areaId } = request.params as { areaId: string };
        if (!(await readerMayUseArea(db, request, areaId))) {
          throw new HttpError(403, 'forbidden', 'This account may not read this area');
        }
        const { year, quarter } = request.query as { year: number; quarter?: number };
        // On its own: no route serves group or organisation reports yet (see reportForScope).
        const report = await scopeReport(
          db,
          { kind: 'area', areaId },
          { year, quarter },
          serverK,
          engine,
          reply,
          true,
        );
        // Written before the figures leave: a read the trail does not show never happened.
        await recordAudit(db, {
          actor: accountActor(request),
          action: 'aggregates.read',
          areaId,
          detail: { year, quarter: quarter ?? null },
        });
        return report;
      },
    );
  };
}

/**
 * The one suppression engine of a server process: a worker pool with the time budget, shared by
 * every route that shows figures (the area team's report, the public page), closed with the server.
 */
export function suppressionEngine(
  settings: AggregateSettings,
): SuppressionEngine & { close(): Promise<void> } {
  const pool = new SuppressionPool({
    threads: settings.threads === 0 ? defaultThreads() : settings.threads,
    // A computation nobody will wait for any more is stopped: its thread is freed for others.
    hardLimitMs: Math.max(60_000, settings.budgetMs * 6),
  });
  return { ...pooledEngine(pool, settings.budgetMs), close: () => pool.close() };
}

/**
 * The report of a scope as a route answers it; for the lead's group and organisation routes too.
 * k: the server's SUPPRESSION_K; the areas' configured k can raise it, never lower it.
 */
export async function scopeReport(
  db: Database,
  scope: Scope,
  period: { year: number; quarter?: number | undefined },
  serverK: number,
  engine: SuppressionEngine,
  reply: FastifyReply,
  areaAlone = false,
): Promise<AggregatesReport> {
  try {
    const report = await reportForScope(
      db,
      scope,
      period.quarter === undefined ? { year: period.year } : { year: period.year, quarter: period.quarter },
      serverK,
      engine,
      areaAlone,
    );
    if (report === undefined) throw new HttpError(404, 'not_found', 'No areas in this scope');
    return report;
  } catch (error) {
    // Stopped at the pool's hard limit (an AbortError), or every thread busy: as busy as past the budget.
    const aborted = error instanceof Error && error.name === 'AbortError';
    if (error instanceof BudgetExceededError || error instanceof SuppressionPoolFullError || aborted) {
      reply.header('retry-after', String(Math.max(1, Math.ceil(engine.budgetMs / 1000))));
      throw new HttpError(
        503,
        'figures_not_ready',
        'The figures are still being computed; try again shortly',
      );
    }
    throw error;
  }
}
