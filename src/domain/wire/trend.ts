import type { Figure } from '../suppression';
import type { ValueId } from '../values';
import type { ValueFigures } from './aggregates';

/**
 * The answer of `GET /api/areas/:areaId/trend?to=2026`: the value figures of an area for the
 * years up to `to`, each year suppressed as that year's own report is (the same figures the
 * aggregates route serves for it), so a trend never shows a number a year's report hides.
 */
export const TREND_YEARS = 5;

export interface TrendYear {
  year: number;
  /** The threshold in force that year. */
  k: number;
  conversations: Figure;
  values: Record<ValueId, ValueFigures>;
}

export interface AreaTrend {
  areaId: string;
  /** Oldest first; every year of the range, also those without conversations. */
  years: TrendYear[];
}
