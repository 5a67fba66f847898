import type { TrendGeometry } from '../../domain/values-circle/trend';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One value's small chart across the years (geometry from domain/values-circle/trend.ts, the same
 * the public page draws). Black and white safe: experienced is a solid line with filled dots,
 * missing a dashed line with open squares; a year without a figure is left empty. Hidden from
 * screen readers: the table beside it carries the same figures.
 */
export function TrendChart({ geometry }: { geometry: TrendGeometry }) {
  const { width, height, columns, series } = geometry;
  const base = height - 22;
  const lines = (runs: TrendGeometry['series']['experienced']['runs'], dashed: boolean) =>
    runs
      .filter((run) => run.length > 1)
      .map((run) => (
        <polyline
          key={run.map((p) => p.x).join()}
          points={run.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-dasharray={dashed ? '5 3' : undefined}
        />
      ));
  return (
    <svg
      class="trend-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <line x1="0" x2={width} y1={base} y2={base} stroke="#777" />
      {lines(series.experienced.runs, false)}
      {lines(series.missing.runs, true)}
      {series.experienced.runs.flat().map((p) => (
        <circle key={`e${p.x}`} cx={round(p.x)} cy={round(p.y)} r="3.5" fill="currentColor" />
      ))}
      {series.missing.runs.flat().map((p) => (
        <rect
          key={`m${p.x}`}
          x={round(p.x - 3.5)}
          y={round(p.y - 3.5)}
          width="7"
          height="7"
          fill="#fff"
          stroke="currentColor"
          stroke-width="1.5"
        />
      ))}
      {columns.map((c) => (
        <text
          key={c.year}
          x={round(c.x)}
          y={height - 6}
          text-anchor="middle"
          font-size="10"
          fill="currentColor"
        >
          {c.year}
        </text>
      ))}
    </svg>
  );
}
