import { isSuppressed } from '../../domain/suppression';
import { findTheme, themeLabel } from '../../domain/themes';
import { VALUE_IDS } from '../../domain/values';
import {
  coOccurringThemes,
  coverageOf,
  quotesByValue,
  suppressedCount,
  topObstacles,
  topThemes,
  valueRows,
} from '../../domain/values-circle/dashboard';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { language, useMessages } from '../i18n/locale';
import { useCircleCodebook } from '../use-codebook';
import { formatChange, listOf, useFigureText } from './figures';
import { ValuesChart } from './ValuesChart';

export interface DashboardProps {
  report: AggregatesReport;
  previous: AggregatesReport | null;
  guideName: (guideId: string) => string;
  /** Quotes are an area-team matter: the device's own view has none. */
  showQuotes: boolean;
}

/** The figures of one area and period, value by value, with what suppression hides made plain. */
export function Dashboard({ report, previous, guideName, showQuotes }: DashboardProps) {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const lang = language.value;
  const codebook = useCircleCodebook(report.areaId);
  const figureText = useFigureText(report.k);
  if (!codebook) return null;
  const themeName = (id: string) => {
    const theme = findTheme(codebook, id);
    return theme ? themeLabel(theme, lang) : id;
  };
  const comparable =
    previous && !isSuppressed(previous.conversations) && previous.conversations > 0 ? previous : null;
  const rows = valueRows(report, comparable);
  const themes = topThemes(report);
  const obstacles = topObstacles(report);
  const quotes = quotesByValue(report);
  const coverage = coverageOf(report);
  const change = (value: number | null) => (value === null ? circleText.noChange : formatChange(value, lang));

  return (
    <>
      <p class="circle-basis">{circleText.basis(figureText(report.conversations))}</p>

      <section class="card" aria-labelledby="circle-values">
        <h2 id="circle-values">{circleText.valuesSectionHeading}</h2>
        <ValuesChart rows={rows} figureText={figureText} />
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it sideways (WCAG 2.1.1, axe scrollable-region-focusable). */}
        <section class="table-scroll" aria-labelledby="circle-table-caption" tabIndex={0}>
          <table class="circle-table">
            <caption id="circle-table-caption">{circleText.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{circleText.valueColumn}</th>
                <th scope="col">{circleText.experiencedColumn}</th>
                <th scope="col">{circleText.missingColumn}</th>
                <th scope="col">{circleText.changeColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.valueId}>
                  <th scope="row">{t.values[row.valueId].name}</th>
                  <td>{figureText(row.experienced)}</td>
                  <td>{figureText(row.missing)}</td>
                  <td>
                    {row.change.experienced === null && row.change.missing === null
                      ? circleText.noChange
                      : circleText.changeValue(change(row.change.experienced), change(row.change.missing))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <details class="suppression-note">
          <summary>{circleText.suppressionHeading.replace('5', String(report.k))}</summary>
          <p>{circleText.suppressionText(report.k)}</p>
        </details>
      </section>

      <section class="card" aria-labelledby="circle-themes">
        <h2 id="circle-themes">{circleText.themesHeading}</h2>
        <h3>{circleText.topThemes}</h3>
        {themes.length === 0 ? (
          <p>{circleText.noThemes}</p>
        ) : (
          <ol class="ranked">
            {themes.map((theme) => (
              <li key={theme.themeId}>
                {themeName(theme.themeId)}{' '}
                <span class="ranked-figure">{circleText.conversationsFigure(theme.conversations)}</span>
              </li>
            ))}
          </ol>
        )}
        {suppressedCount(report.themes) > 0 && (
          <p class="hint-line">{circleText.hiddenThemes(suppressedCount(report.themes))}</p>
        )}
        <ul class="co-occurrence">
          {VALUE_IDS.flatMap((valueId) => {
            const name = t.values[valueId].name.toLocaleLowerCase(lang);
            return (['missing', 'experienced'] as const).flatMap((polarity) => {
              const alongside = coOccurringThemes(report, valueId, polarity);
              if (alongside.length === 0) return [];
              const names = listOf(
                alongside.map((theme) => themeName(theme.themeId).toLocaleLowerCase(lang)),
                circleText.and,
              );
              const text =
                polarity === 'missing'
                  ? circleText.whereMissed(name, names)
                  : circleText.whereExperienced(name, names);
              return [<li key={`${valueId}-${polarity}`}>{text}</li>];
            });
          })}
        </ul>
      </section>

      <section class="card" aria-labelledby="circle-obstacles">
        <h2 id="circle-obstacles">{circleText.obstaclesHeading}</h2>
        {obstacles.length === 0 ? (
          <p>{circleText.noObstacles}</p>
        ) : (
          <ol class="ranked">
            {obstacles.map((obstacle) => (
              <li key={obstacle.themeId}>
                {themeName(obstacle.themeId)}{' '}
                <span class="ranked-figure">{circleText.conversationsFigure(obstacle.conversations)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {showQuotes && (
        <section class="card" aria-labelledby="circle-quotes">
          <h2 id="circle-quotes">{circleText.quotesHeading}</h2>
          {!report.quotes.released ? (
            <p>{circleText.quotesNotReleased(report.k)}</p>
          ) : report.quotes.items.length === 0 ? (
            <p>{circleText.noQuotes}</p>
          ) : (
            <>
              {VALUE_IDS.filter((id) => quotes.byValue[id].length > 0).map((id) => (
                <div key={id}>
                  <h3>{t.values[id].name}</h3>
                  <ul class="circle-quotes">
                    {quotes.byValue[id].map((text, index) => (
                      <li key={index}>
                        <q>{text}</q>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {quotes.general.length > 0 && (
                <div>
                  <h3>{circleText.generalQuotes}</h3>
                  <ul class="circle-quotes">
                    {quotes.general.map((text, index) => (
                      <li key={index}>
                        <q>{text}</q>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {report.quotes.more && <p class="hint-line">{circleText.moreQuotes}</p>}
            </>
          )}
        </section>
      )}

      <section class="card" aria-labelledby="circle-coverage">
        <h2 id="circle-coverage">{circleText.coverageHeading}</h2>
        <h3>{circleText.coverageProfiles}</h3>
        <ul class="plain-figures">
          {coverage.profiles.map((row) => (
            <li key={row.residentProfile}>
              {t.profiles[row.residentProfile as keyof typeof t.profiles] ?? row.residentProfile}:{' '}
              {figureText(row.conversations)}
            </li>
          ))}
        </ul>
        {coverage.faint.length > 0 && (
          <p class="notice-line">
            {circleText.faint(
              listOf(
                coverage.faint.map((id) =>
                  (t.profiles[id as keyof typeof t.profiles] ?? id).toLocaleLowerCase(lang),
                ),
                circleText.and,
              ),
              report.k,
            )}
          </p>
        )}
        <h3>{circleText.coverageGuides}</h3>
        <ul class="plain-figures">
          {coverage.guides.map((row) => (
            <li key={row.guideId}>
              {guideName(row.guideId)}: {figureText(row.conversations)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
