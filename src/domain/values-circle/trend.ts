import { type Figure, isSuppressed } from '../suppression';
import { VALUE_IDS, type ValueId } from '../values';
import type { AreaTrend } from '../wire/trend';

/**
 * A value's figures across years, as the trend chart and its table read them. A year whose figure
 * is suppressed, or that has no conversations, is a gap: never drawn as zero, never joined across.
 */
export type TrendGap = 'suppressed' | 'no-conversations';

export type TrendFigure = { kind: 'shown'; conversations: number } | { kind: 'gap'; why: TrendGap };

export interface TrendPoint {
  year: number;
  experienced: TrendFigure;
  missing: TrendFigure;
}

export interface ValueTrend {
  valueId: ValueId;
  points: TrendPoint[];
}

function pointOf(figure: Figure, conversations: Figure): TrendFigure {
  if (!isSuppressed(conversations) && conversations === 0) return { kind: 'gap', why: 'no-conversations' };
  return isSuppressed(figure) ? { kind: 'gap', why: 'suppressed' } : { kind: 'shown', conversations: figure };
}

export function valueTrends(trend: AreaTrend): ValueTrend[] {
  return VALUE_IDS.map((valueId) => ({
    valueId,
    points: trend.years.map(({ year, conversations, values }) => ({
      year,
      experienced: pointOf(values[valueId].experienced, conversations),
      missing: pointOf(values[valueId].missing, conversations),
    })),
  }));
}

/** The largest shown figure over all values: one scale, so the small charts compare. */
export function trendScale(trends: readonly ValueTrend[]): number {
  const shown = trends.flatMap(({ points }) =>
    points
      .flatMap((p) => [p.experienced, p.missing])
      .flatMap((f) => (f.kind === 'shown' ? [f.conversations] : [])),
  );
  return Math.max(1, ...shown);
}

export interface TrendGeometry {
  width: number;
  height: number;
  /** x of each year's column, in the order of the points. */
  columns: { year: number; x: number }[];
  /** Per series: runs of consecutive shown years (a gap ends a run), and every shown point. */
  series: Record<'experienced' | 'missing', { runs: { x: number; y: number }[][]; gaps: number[] }>;
}

const WIDTH = 220;
const HEIGHT = 90;
const PAD = { left: 12, right: 12, top: 8, bottom: 22 };

/** Where a small chart puts its lines and markers; both the app and the public page draw from this. */
export function trendGeometry(trend: ValueTrend, scale: number): TrendGeometry {
  const n = trend.points.length;
  const inner = WIDTH - PAD.left - PAD.right;
  const x = (index: number) => PAD.left + (n <= 1 ? inner / 2 : (index * inner) / (n - 1));
  const y = (value: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - value / scale);
  const seriesOf = (key: 'experienced' | 'missing') => {
    const runs: { x: number; y: number }[][] = [];
    const gaps: number[] = [];
    let run: { x: number; y: number }[] = [];
    trend.points.forEach((point, index) => {
      const figure = point[key];
      if (figure.kind === 'shown') run.push({ x: x(index), y: y(figure.conversations) });
      else {
        gaps.push(x(index));
        if (run.length > 0) runs.push(run);
        run = [];
      }
    });
    if (run.length > 0) runs.push(run);
    return { runs, gaps };
  };
  return {
    width: WIDTH,
    height: HEIGHT,
    columns: trend.points.map((point, index) => ({ year: point.year, x: x(index) })),
    series: { experienced: seriesOf('experienced'), missing: seriesOf('missing') },
  };
}
