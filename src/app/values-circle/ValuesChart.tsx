import { type Figure, isSuppressed } from '../../domain/suppression';
import type { ValueRow } from '../../domain/values-circle/dashboard';
import { useMessages } from '../i18n/locale';

/**
 * Two bars per value, experienced and missing, scaled to the largest shown figure. A suppressed
 * figure is drawn as a hatched stub with "minder dan k", never as a length that would give the
 * number away. The table beside it carries the same figures for screen readers and for print.
 */
export function ValuesChart({
  rows,
  figureText,
}: {
  rows: ValueRow[];
  figureText: (figure: Figure) => string;
}) {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const shown = rows
    .flatMap((row) => [row.experienced, row.missing])
    .filter((f): f is number => !isSuppressed(f));
  const largest = Math.max(1, ...shown);
  const bar = (figure: Figure, kind: 'experienced' | 'missing') => {
    const suppressed = isSuppressed(figure);
    const width = suppressed ? 0 : (figure / largest) * 100;
    return (
      <div class={`bar-row bar-${kind}`}>
        <span
          class={suppressed ? 'bar bar-suppressed' : 'bar'}
          style={suppressed ? undefined : { width: `${width}%` }}
        />
        <span class="bar-figure">{figureText(figure)}</span>
      </div>
    );
  };
  return (
    <figure class="values-chart" aria-hidden="true">
      <div class="chart-legend">
        <span class="legend legend-experienced">{circleText.experiencedColumn}</span>
        <span class="legend legend-missing">{circleText.missingColumn}</span>
      </div>
      {rows.map((row) => (
        <div class="chart-value" key={row.valueId}>
          <span class="chart-name">{t.values[row.valueId].name}</span>
          {bar(row.experienced, 'experienced')}
          {bar(row.missing, 'missing')}
        </div>
      ))}
    </figure>
  );
}
