import { useState } from 'preact/hooks';
import { type Period, quarterOfMonth } from '../../domain/period';
import type { Theme } from '../../domain/themes';
import type { ConfigurationEdit } from '../../domain/wire/beheer-configuration';
import { TextField } from '../components/TextField';
import { language } from '../i18n/locale';
import { useConsoleMessages } from './messages';

/**
 * One theme of the codebook with what can be done to it. Retiring takes effect from the next
 * quarter: summaries of conversations already held this quarter still count under it.
 */
export function ThemeRow({
  theme,
  first,
  last,
  propose,
}: {
  theme: Theme;
  first: boolean;
  last: boolean;
  propose: (edit: ConfigurationEdit) => void;
}) {
  const t = useConsoleMessages();
  const c = t.configuration.codebook;
  const [editing, setEditing] = useState(false);
  const [nl, setNl] = useState(theme.labels.nl);
  const [en, setEn] = useState(theme.labels.en);
  const [descriptionNl, setDescriptionNl] = useState(theme.description?.nl ?? '');
  const [descriptionEn, setDescriptionEn] = useState(theme.description?.en ?? '');
  const label = language.value === 'en' ? theme.labels.en : theme.labels.nl;
  const description = language.value === 'en' ? theme.description?.en : theme.description?.nl;

  const save = (event: Event) => {
    event.preventDefault();
    setEditing(false);
    if (nl !== theme.labels.nl || en !== theme.labels.en) {
      propose({ kind: 'rename-theme', id: theme.id, labels: { nl, en } });
    } else if (
      descriptionNl !== (theme.description?.nl ?? '') ||
      descriptionEn !== (theme.description?.en ?? '')
    ) {
      propose({
        kind: 'describe-theme',
        id: theme.id,
        description: { nl: descriptionNl, en: descriptionEn },
      });
    }
  };

  return (
    <tr>
      <th scope="row">
        {theme.labels.nl}
        <span class="audit-soft" lang="en">
          {theme.labels.en}
        </span>
      </th>
      <td>{description ?? ''}</td>
      <td>
        {theme.retiredFrom
          ? c.retiredFrom(`${theme.retiredFrom.year}-K${theme.retiredFrom.quarter}`)
          : c.inUse}
      </td>
      <td>
        {editing ? (
          <form onSubmit={save} aria-label={c.editHeading(label)} class="theme-edit">
            <TextField id={`theme-${theme.id}-nl`} label={c.labelNl} value={nl} onValue={setNl} />
            <TextField id={`theme-${theme.id}-en`} label={c.labelEn} value={en} onValue={setEn} />
            <TextField
              id={`theme-${theme.id}-dnl`}
              label={c.descriptionNl}
              value={descriptionNl}
              onValue={setDescriptionNl}
            />
            <TextField
              id={`theme-${theme.id}-den`}
              label={c.descriptionEn}
              value={descriptionEn}
              onValue={setDescriptionEn}
            />
            <div class="actions">
              <button type="submit" class="button button-primary button-small">
                {c.save}
              </button>
              <button type="button" class="button button-small" onClick={() => setEditing(false)}>
                {c.cancel}
              </button>
            </div>
          </form>
        ) : (
          <div class="theme-actions">
            <button
              type="button"
              class="button button-small"
              aria-label={c.editLabel(label)}
              onClick={() => setEditing(true)}
            >
              {c.edit}
            </button>
            <button
              type="button"
              class="button button-small"
              aria-label={c.upLabel(label)}
              disabled={first}
              onClick={() => propose({ kind: 'move-theme', id: theme.id, direction: 'up' })}
            >
              {c.up}
            </button>
            <button
              type="button"
              class="button button-small"
              aria-label={c.downLabel(label)}
              disabled={last}
              onClick={() => propose({ kind: 'move-theme', id: theme.id, direction: 'down' })}
            >
              {c.down}
            </button>
            {theme.retired ? (
              <button
                type="button"
                class="button button-small"
                aria-label={c.restoreLabel(label)}
                onClick={() => propose({ kind: 'restore-theme', id: theme.id })}
              >
                {c.restore}
              </button>
            ) : (
              <button
                type="button"
                class="button button-small"
                aria-label={c.retireLabel(label)}
                onClick={() => propose({ kind: 'retire-theme', id: theme.id, from: nextQuarter(new Date()) })}
              >
                {c.retire}
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function nextQuarter(today: Date): Period {
  const quarter = quarterOfMonth(today.getMonth() + 1);
  return quarter === 4
    ? { year: today.getFullYear() + 1, quarter: 1 }
    : { year: today.getFullYear(), quarter: (quarter + 1) as Period['quarter'] };
}
