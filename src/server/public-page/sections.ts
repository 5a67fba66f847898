import type { FastifyReply } from 'fastify';
import type { Agenda } from '../../domain/wire/agenda';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import type { SuppressionEngine } from '../aggregates/scope-report';
import { areaTrend } from '../aggregates/trend';
import type { Database } from '../db/database';
import { areaConfiguration } from '../store/configuration';
import { renderQuotesSection } from './quotes-section';
import { type PageLanguage, TEXT } from './render';
import { renderThemesSection } from './themes-section';
import { renderTrendSection } from './trend-section';

/**
 * The public page's parts after the values table: the themes residents raised most (from the same
 * suppressed report as the values, named with the area's codebook), the quotes the team picked,
 * and the trend.
 */
export async function publicSections(
  db: Database,
  areaId: string,
  year: number,
  report: AggregatesReport,
  agenda: Agenda | null,
  context: { language: PageLanguage; serverK: number; engine: SuppressionEngine; reply: FastifyReply },
): Promise<string> {
  const { language, serverK, engine, reply } = context;
  const trend = await areaTrend(db, areaId, year, serverK, engine, reply);
  const codebook = (await areaConfiguration(db, areaId))?.configuration.codebook;
  const released = report.quotes.released ? report.quotes.items : [];
  return (
    renderThemesSection(report, codebook, language) +
    renderQuotesSection(released, agenda?.pickedQuotes, language) +
    renderTrendSection(trend, language, (valueId) => TEXT[language].values[valueId])
  );
}
