import type { FastifyReply } from 'fastify';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { AggregateSettings } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { BudgetExceededError } from './cube-cache';
import { pooledEngine, reportForScope, type Scope, type SuppressionEngine } from './scope-report';
import { defaultThreads, SuppressionPool, SuppressionPoolFullError } from './suppression-pool';

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
 * The report of a scope as a route answers it (the area team's routes, the public page): always
 * from the organisation-year's joint suppression, so every scope shows the same hidden cells.
 * k: the server's SUPPRESSION_K; the areas' configured k can raise it, never lower it.
 */
export async function scopeReport(
  db: Database,
  scope: Scope,
  period: { year: number; quarter?: number | undefined },
  serverK: number,
  engine: SuppressionEngine,
  reply: FastifyReply,
): Promise<AggregatesReport> {
  try {
    const report = await reportForScope(
      db,
      scope,
      period.quarter === undefined ? { year: period.year } : { year: period.year, quarter: period.quarter },
      serverK,
      engine,
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
