import { readAgenda } from '../../db/values-circle';
import { VALUE_IDS } from '../../domain/values';
import { valueRows } from '../../domain/values-circle/dashboard';
import { shownByValue } from '../../domain/values-circle/quote-picks';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { useMessages } from '../i18n/locale';
import { useLive } from '../use-live';
import { useFigureText } from './figures';
import { ValuesChart } from './ValuesChart';

/**
 * The A4 handout for the circle, shown only in print (styles.css, @media print): what the figures
 * rest on, per value the bars and the team's questions, quotes, how the figures were anonymised,
 * and what was done with residents' input. Black and white friendly: bars are outlined and hatched.
 */
export function Handout({ report, areaName }: { report: AggregatesReport; areaName: string }) {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const h = circleText.handout;
  const figureText = useFigureText(report.k);
  const record = useLive(
    (db) => readAgenda(db, report.areaId, report.period.year),
    [report.areaId, report.period.year],
  );
  const agenda = record?.agenda;
  // The team's picks; before any, the first three per value (enough to read aloud).
  const quotes = shownByValue(report.quotes.released ? report.quotes.items : [], agenda?.pickedQuotes);
  const rows = valueRows(report);
  const general = agenda?.questions.filter((q) => q.valueId === null) ?? [];

  return (
    <article class="handout" aria-hidden="true">
      {/* Not an h1: the screen has its own, and this article exists only on paper. */}
      <p class="handout-title">
        {h.title(areaName, circleText.periodName(report.period.year, report.period.quarter))}
      </p>
      <p>{h.basis(figureText(report.conversations))}</p>
      <ValuesChart rows={rows} figureText={figureText} />
      {VALUE_IDS.map((valueId) => {
        const row = rows.find((r) => r.valueId === valueId);
        const questions = agenda?.questions.filter((q) => q.valueId === valueId) ?? [];
        const said = quotes.byValue[valueId];
        return (
          <section class="handout-value" key={valueId}>
            <h2>{t.values[valueId].name}</h2>
            <p>
              {circleText.experiencedColumn}: {row ? figureText(row.experienced) : ''} ·{' '}
              {circleText.missingColumn}: {row ? figureText(row.missing) : ''}
            </p>
            {questions.length > 0 && (
              <>
                <h3>{h.questions}</h3>
                <ul>
                  {questions.map((q) => (
                    <li key={q.id}>{q.text}</li>
                  ))}
                </ul>
              </>
            )}
            {said.length > 0 && (
              <>
                <h3>{h.quotes}</h3>
                <ul class="handout-quotes">
                  {said.map((quote) => (
                    <li key={quote.id}>
                      <q>{quote.text}</q>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      {general.length > 0 && (
        <section class="handout-value">
          <h2>{h.questions}</h2>
          <ul>
            {general.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </section>
      )}
      {quotes.general.length > 0 && (
        <section class="handout-value">
          <h2>{h.quotes}</h2>
          <ul class="handout-quotes">
            {quotes.general.map((quote) => (
              <li key={quote.id}>
                <q>{quote.text}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="handout-value">
        <h2>{h.participation}</h2>
        <p class="handout-participation">{agenda?.participation.trim() || h.participationEmpty}</p>
      </section>
      <p class="handout-note">{h.anonymised}</p>
    </article>
  );
}
