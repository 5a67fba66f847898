import { VALUE_IDS } from '../../domain/values';
import type { Summary } from '../../domain/wire/summary';

/**
 * The counters a summary adds one to: every figure of the aggregates is "in how many conversations
 * of an area-quarter does this occur", so each summary contributes 1 to each of its cells and a
 * correction takes its old cells back before adding the new ones.
 */
export const DIMENSIONS = {
  conversations: 'n',
  experienced: 'e',
  missing: 'm',
  theme: 't',
  obstacle: 'o',
  themeExperienced: 'te',
  themeMissing: 'tm',
  guide: 'g',
  profile: 'p',
} as const;

export type Dimension = (typeof DIMENSIONS)[keyof typeof DIMENSIONS];

/** What of a summary the counters depend on (quotes and ids are not counted). */
export type CountedSummary = Pick<
  Summary,
  'areaId' | 'period' | 'guide' | 'residentProfile' | 'values' | 'themeIds' | 'obstacleThemeIds'
>;

export interface CounterCell {
  areaId: string;
  year: number;
  quarter: number;
  dimension: Dimension;
  /** '' for conversations; a value id; a theme id; `theme/value` for co-occurrence; a guide id; a profile. */
  key: string;
}

export function pairKey(themeId: string, valueId: string): string {
  return `${themeId}/${valueId}`;
}

export function cellsOf(summary: CountedSummary): CounterCell[] {
  const { areaId, period } = summary;
  const cell = (dimension: Dimension, key: string): CounterCell => ({
    areaId,
    year: period.year,
    quarter: period.quarter,
    dimension,
    key,
  });
  const experienced = VALUE_IDS.filter((id) => summary.values[id].experienced > 0);
  const missing = VALUE_IDS.filter((id) => summary.values[id].missing > 0);
  return [
    cell(DIMENSIONS.conversations, ''),
    cell(DIMENSIONS.guide, summary.guide.id),
    cell(DIMENSIONS.profile, summary.residentProfile),
    ...experienced.map((id) => cell(DIMENSIONS.experienced, id)),
    ...missing.map((id) => cell(DIMENSIONS.missing, id)),
    ...summary.themeIds.flatMap((themeId) => [
      cell(DIMENSIONS.theme, themeId),
      ...experienced.map((id) => cell(DIMENSIONS.themeExperienced, pairKey(themeId, id))),
      ...missing.map((id) => cell(DIMENSIONS.themeMissing, pairKey(themeId, id))),
    ]),
    ...summary.obstacleThemeIds.map((themeId) => cell(DIMENSIONS.obstacle, themeId)),
  ];
}

export interface CounterDelta extends CounterCell {
  delta: number;
}

/**
 * The net change of a set of additions and removals, one entry per cell and in one fixed order:
 * concurrent transactions then lock counter rows in the same order and cannot deadlock.
 */
export function counterDeltas(
  added: readonly CountedSummary[],
  removed: readonly CountedSummary[],
): CounterDelta[] {
  const deltas = new Map<string, CounterDelta>();
  const apply = (summaries: readonly CountedSummary[], sign: number) => {
    for (const summary of summaries) {
      for (const cell of cellsOf(summary)) {
        const id = [cell.areaId, cell.year, cell.quarter, cell.dimension, cell.key].join('\u0000');
        const entry = deltas.get(id) ?? { ...cell, delta: 0 };
        entry.delta += sign;
        deltas.set(id, entry);
      }
    }
  };
  apply(added, 1);
  apply(removed, -1);
  return [...deltas.entries()]
    .filter(([, entry]) => entry.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
}
