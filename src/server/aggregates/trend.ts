import type { FastifyReply } from 'fastify';
import { PERIOD_YEARS } from '../../domain/period';
import { type AreaTrend, TREND_YEARS } from '../../domain/wire/trend';
import type { Database } from '../db/database';
import type { SuppressionEngine } from './scope-report';
import { scopeReport } from './served-report';

/**
 * An area's value figures over the years up to `to`: each year is that year's own report, with its
 * own suppression, so the trend shows exactly what the year's report shows and nothing more.
 */
export async function areaTrend(
  db: Database,
  areaId: string,
  to: number,
  serverK: number,
  engine: SuppressionEngine,
  reply: FastifyReply,
): Promise<AreaTrend> {
  const from = Math.max(PERIOD_YEARS.min, to - TREND_YEARS + 1);
  const years = [];
  // One year after the other: each may take the suppression pool's time, and they share its cache.
  for (let year = from; year <= to; year++) {
    const report = await scopeReport(db, { kind: 'area', areaId }, { year }, serverK, engine, reply);
    years.push({ year, k: report.k, conversations: report.conversations, values: report.values });
  }
  return { areaId, years };
}
