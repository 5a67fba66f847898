import type { ValueId } from '../../domain/values';
import { type TrendFigure, trendGeometry, trendScale, valueTrends } from '../../domain/values-circle/trend';
import type { AreaTrend } from '../../domain/wire/trend';
import type { PageLanguage } from './render';

/**
 * "Over de jaren" on the public page: per value a small chart of experienced and missing across
 * the years, as inline SVG (no script, no file), and beside it a table with the same figures for
 * screen readers. Black and white safe: experienced is a solid line with filled dots, missing a
 * dashed line with open squares. A year without a figure to show is a gap: no point, no line
 * through it, and in the table the reason in words, never a zero.
 */
const TEXT = {
  nl: {
    heading: 'Over de jaren',
    intro:
      'Per waarde en per jaar ziet u in hoeveel gesprekken bewoners die waarde merkten en misten. Gemerkt is de doorgetrokken lijn met dichte stippen. Gemist is de stippellijn met open vierkantjes. Een open plek in de lijn: dat jaar laten we geen getal zien.',
    year: 'Jaar',
    experienced: 'Gemerkt',
    missing: 'Gemist',
    fewer: (k: number) => `minder dan ${k}`,
    none: 'geen gesprekken',
  },
  en: {
    heading: 'Over the years',
    intro:
      'For each value and each year you see in how many conversations residents noticed it and missed it. Noticed is the solid line with filled dots. Missed is the dashed line with open squares. A gap in the line: that year we show no number.',
    year: 'Year',
    experienced: 'Noticed',
    missing: 'Missed',
    fewer: (k: number) => `fewer than ${k}`,
    none: 'no conversations',
  },
} as const;

const round = (n: number) => Math.round(n * 10) / 10;

function svgOf(geometry: ReturnType<typeof trendGeometry>): string {
  const { width, height, columns, series } = geometry;
  const base = height - 22;
  const line = (runs: { x: number; y: number }[][], dash: string) =>
    runs
      .filter((run) => run.length > 1)
      .map(
        (run) =>
          `<polyline points="${run.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" fill="none" stroke="#000" stroke-width="2"${dash}/>`,
      )
      .join('');
  const dots = series.experienced.runs
    .flat()
    .map((p) => `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="3.5"/>`)
    .join('');
  const squares = series.missing.runs
    .flat()
    .map(
      (p) =>
        `<rect x="${round(p.x - 3.5)}" y="${round(p.y - 3.5)}" width="7" height="7" fill="#fff" stroke="#000" stroke-width="1.5"/>`,
    )
    .join('');
  const years = columns
    .map(
      (c) => `<text x="${round(c.x)}" y="${height - 6}" text-anchor="middle" font-size="10">${c.year}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false"><line x1="0" x2="${width}" y1="${base}" y2="${base}" stroke="#777"/>${line(series.experienced.runs, '')}${line(series.missing.runs, ' stroke-dasharray="5 3"')}${dots}${squares}${years}</svg>`;
}

export function renderTrendSection(
  trend: AreaTrend,
  language: PageLanguage,
  valueName: (valueId: ValueId) => string,
): string {
  const t = TEXT[language];
  const trends = valueTrends(trend);
  const scale = trendScale(trends);
  const kOf = new Map(trend.years.map((year) => [year.year, year.k]));
  const cell = (figure: TrendFigure, year: number) =>
    figure.kind === 'shown'
      ? String(figure.conversations)
      : figure.why === 'suppressed'
        ? t.fewer(kOf.get(year) ?? 5)
        : t.none;
  const figures = trends
    .map(({ valueId, points }, index) => {
      const rows = points
        .map(
          (p) =>
            `<tr><th scope="row">${p.year}</th><td>${cell(p.experienced, p.year)}</td><td>${cell(p.missing, p.year)}</td></tr>`,
        )
        .join('');
      const id = `trend-${index}`;
      return `<figure class="trend" aria-labelledby="${id}"><figcaption id="${id}"><strong>${valueName(valueId)}</strong></figcaption>${svgOf(trendGeometry({ valueId, points }, scale))}<table><caption class="trend-caption">${valueName(valueId)}</caption><thead><tr><th scope="col">${t.year}</th><th scope="col">${t.experienced}</th><th scope="col">${t.missing}</th></tr></thead><tbody>${rows}</tbody></table></figure>`;
    })
    .join('');
  return `<section aria-labelledby="trend-heading"><h2 id="trend-heading">${t.heading}</h2><p>${t.intro}</p><style>.trend{margin:1rem 0}.trend svg{display:block;max-width:100%;height:auto}.trend th{white-space:nowrap}.trend-caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}</style>${figures}</section>`;
}
