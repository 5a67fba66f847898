import { type TrendFigure, trendGeometry, trendScale, valueTrends } from '../../domain/values-circle/trend';
import type { AreaTrend } from '../../domain/wire/trend';
import { useMessages } from '../i18n/locale';
import { useFigureText } from './figures';
import { TrendChart } from './TrendChart';

/** "Over de jaren" on the dashboard: per value the small chart and, beside it, its table. */
export function TrendSection({ trend }: { trend: AreaTrend | null }) {
  const t = useMessages();
  const text = t.circleTrend;
  const k = trend?.years.at(-1)?.k ?? 5;
  const figureText = useFigureText(k);
  if (!trend) {
    return (
      <section class="card" aria-labelledby="circle-trend">
        <h2 id="circle-trend">{text.heading}</h2>
        <p class="hint-line">{text.notYet}</p>
      </section>
    );
  }
  const trends = valueTrends(trend);
  const scale = trendScale(trends);
  const kOf = new Map(trend.years.map((year) => [year.year, year.k]));
  const cell = (figure: TrendFigure, year: number) =>
    figure.kind === 'shown'
      ? figureText(figure.conversations)
      : figure.why === 'suppressed'
        ? t.valuesCircle.fewer(kOf.get(year) ?? k)
        : text.noConversations;
  return (
    <section class="card" aria-labelledby="circle-trend">
      <h2 id="circle-trend">{text.heading}</h2>
      <p>{text.intro}</p>
      <div class="trend-grid">
        {trends.map(({ valueId, points }) => {
          const name = t.values[valueId].name;
          return (
            <figure class="trend" key={valueId}>
              <table class="trend-table">
                <caption>{text.caption(name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text.year}</th>
                    <th scope="col">{t.valuesCircle.experiencedColumn}</th>
                    <th scope="col">{t.valuesCircle.missingColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.year}>
                      <th scope="row">{p.year}</th>
                      <td>{cell(p.experienced, p.year)}</td>
                      <td>{cell(p.missing, p.year)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <TrendChart geometry={trendGeometry({ valueId, points }, scale)} />
            </figure>
          );
        })}
      </div>
    </section>
  );
}
