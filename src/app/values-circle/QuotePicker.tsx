import { useState } from 'preact/hooks';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { filterQuotes, shownQuotes, withPick } from '../../domain/values-circle/quote-picks';
import { AGENDA_LIMITS, type Agenda } from '../../domain/wire/agenda';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { SelectField } from '../components/SelectField';
import { useMessages } from '../i18n/locale';

interface QuotePickerProps {
  /** The whole year's report: its quotes are the ones to pick from. */
  report: AggregatesReport;
  agenda: Agenda;
  themeName: (themeId: string) => string;
  onChange: (next: Agenda) => void;
}

/**
 * The area team picks the quotes for the handout and the public page, from the whole year's
 * quotes, filtered by value and theme. The picks are part of the agenda, so they are kept on this
 * device at once and shared and merged with the team as the agenda is.
 */
export function QuotePicker({ report, agenda, themeName, onChange }: QuotePickerProps) {
  const t = useMessages();
  const text = t.quotePicks;
  const [valueId, setValueId] = useState<ValueId | null>(null);
  const [themeId, setThemeId] = useState<string | null>(null);
  const items = report.quotes.items;
  const picks = agenda.pickedQuotes;
  const shown = new Set(shownQuotes(items, picks).map((q) => q.id));
  const listed = filterQuotes(items, { valueId, themeId });
  const quoteThemes = [...new Set(items.flatMap((q) => q.themeIds))]
    .map((id) => ({ id, label: themeName(id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const full = shown.size >= AGENDA_LIMITS.pickedQuotes;

  return (
    <section class="card" aria-labelledby="quote-picks">
      <h2 id="quote-picks">{text.heading}</h2>
      <p>{text.intro}</p>
      {!report.quotes.released ? (
        <p>{text.notReleased(report.k)}</p>
      ) : (
        <>
          <div class="field-pair">
            <SelectField
              id="quote-value"
              label={text.valueFilter}
              value={valueId ?? ''}
              options={[
                { value: '', label: text.anyValue },
                ...VALUE_IDS.map((id) => ({ value: id, label: t.values[id].name })),
              ]}
              onValue={(value) => setValueId((value || null) as ValueId | null)}
            />
            <SelectField
              id="quote-theme"
              label={text.themeFilter}
              value={themeId ?? ''}
              options={[
                { value: '', label: text.anyTheme },
                ...quoteThemes.map((theme) => ({ value: theme.id, label: theme.label })),
              ]}
              onValue={(value) => setThemeId(value || null)}
            />
          </div>
          <p class="hint-line" aria-live="polite">
            {text.shown(listed.length, items.length)} ·{' '}
            {picks === undefined ? text.defaults : text.picked(shown.size)}
          </p>
          {full && <p class="hint-line">{text.full(AGENDA_LIMITS.pickedQuotes)}</p>}
          {listed.length === 0 ? (
            <p>{text.none}</p>
          ) : (
            <ul class="quote-picks">
              {listed.map((quote) => (
                <li key={quote.id}>
                  <label class="check-row">
                    <input
                      type="checkbox"
                      checked={shown.has(quote.id)}
                      disabled={full && !shown.has(quote.id)}
                      onChange={(event) =>
                        onChange({
                          ...agenda,
                          pickedQuotes: withPick(
                            items,
                            picks,
                            quote.id,
                            event.currentTarget.checked,
                            AGENDA_LIMITS.pickedQuotes,
                          ),
                        })
                      }
                    />
                    <span>
                      <q>{quote.text}</q>
                      {quote.valueIds.length > 0 && (
                        <span class="quote-values">
                          {' '}
                          ({quote.valueIds.map((id) => t.values[id].name).join(', ')})
                        </span>
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
