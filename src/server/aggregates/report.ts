import { CONVERSATION_PROFILES } from '../../domain/conversation';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import type { AggregatesReport, ReportQuote, ValueFigures } from '../../domain/wire/aggregates';
import { DIMENSIONS, pairKey } from './cells';

import { type AreaYear, type PeriodKey, periodKey } from './cube';

export const QUOTES_PER_REPORT = 200;

/**
 * Quarters whose quotes may be shown for a period: each on its own must hold at least k
 * conversations, so a year never releases the quotes of a quarter that would not release them.
 */
export function releasableQuarters(cube: AreaYear, quarter: number | undefined, k: number): number[] {
  const quarters = quarter === undefined ? [1, 2, 3, 4] : [quarter];
  return quarters.filter((q) => cube.conversations(periodKey(q)) >= k);
}

export function renderReport(
  cube: AreaYear,
  request: { areaId: string; year: number; quarter?: number; k: number },
  quotes: { items: readonly ReportQuote[]; more: boolean; released: boolean },
): AggregatesReport {
  const period = periodKey(request.quarter);
  return {
    areaId: request.areaId,
    period: { year: request.year, quarter: request.quarter ?? null },
    k: request.k,
    conversations: cube.figure(period, DIMENSIONS.conversations),
    values: valueFigures(cube, period, (valueId) => [
      [DIMENSIONS.experienced, valueId],
      [DIMENSIONS.missing, valueId],
    ]),
    themes: cube.universe.themes.map((themeId) => ({
      themeId,
      conversations: cube.figure(period, DIMENSIONS.theme, themeId),
      values: valueFigures(cube, period, (valueId) => [
        [DIMENSIONS.themeExperienced, pairKey(themeId, valueId)],
        [DIMENSIONS.themeMissing, pairKey(themeId, valueId)],
      ]),
    })),
    obstacles: cube.universe.obstacles.map((themeId) => ({
      themeId,
      conversations: cube.figure(period, DIMENSIONS.obstacle, themeId),
    })),
    coverage: {
      guides: cube.universe.guides.map((guideId) => ({
        guideId,
        conversations: cube.figure(period, DIMENSIONS.guide, guideId),
      })),
      residentProfiles: CONVERSATION_PROFILES.map((residentProfile) => ({
        residentProfile,
        conversations: cube.figure(period, DIMENSIONS.profile, residentProfile),
      })),
    },
    quotes: {
      released: quotes.released,
      items: quotes.items.map(({ id, text, valueIds, themeIds }) => ({
        id,
        text,
        valueIds: [...valueIds],
        themeIds: [...themeIds],
      })),
      more: quotes.more,
    },
  };
}

type Cell = [Parameters<AreaYear['figure']>[1], string];

function valueFigures(
  cube: AreaYear,
  period: PeriodKey,
  cells: (valueId: ValueId) => [Cell, Cell],
): Record<ValueId, ValueFigures> {
  return Object.fromEntries(
    VALUE_IDS.map((valueId) => {
      const [[eDim, eKey], [mDim, mKey]] = cells(valueId);
      return [
        valueId,
        { experienced: cube.figure(period, eDim, eKey), missing: cube.figure(period, mDim, mKey) },
      ];
    }),
  ) as Record<ValueId, ValueFigures>;
}
