import { useState } from 'preact/hooks';
import type { Theme } from '../../domain/themes';
import type { ConfigurationEdit } from '../../domain/wire/beheer-configuration';
import { TextField } from '../components/TextField';
import { useConsoleMessages } from './messages';
import { ThemeRow } from './ThemeRow';

export function CodebookSection({
  themes,
  propose,
}: {
  themes: readonly Theme[];
  propose: (edit: ConfigurationEdit) => void;
}) {
  const t = useConsoleMessages();
  const c = t.configuration.codebook;
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const [descriptionNl, setDescriptionNl] = useState('');
  const [descriptionEn, setDescriptionEn] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const described = descriptionNl.trim() !== '' || descriptionEn.trim() !== '';
    propose({
      kind: 'add-theme',
      labels: { nl, en },
      ...(described ? { description: { nl: descriptionNl, en: descriptionEn } } : {}),
    });
  };
  return (
    <section class="card" aria-labelledby="codebook-heading">
      <h2 id="codebook-heading">{c.heading}</h2>
      <p>{c.intro}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it sideways (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <section class="table-scroll" aria-label={c.table} tabIndex={0}>
        <table class="console-table">
          <thead>
            <tr>
              <th scope="col">{c.labelNl}</th>
              <th scope="col">{c.description}</th>
              <th scope="col">{c.status}</th>
              <th scope="col">{c.actions}</th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme, index) => (
              <ThemeRow
                key={theme.id}
                theme={theme}
                first={index === 0}
                last={index === themes.length - 1}
                propose={propose}
              />
            ))}
          </tbody>
        </table>
      </section>
      <form class="console-grant" aria-labelledby="add-theme-heading" onSubmit={add}>
        <h3 id="add-theme-heading" class="visually-hidden">
          {c.add}
        </h3>
        <TextField id="new-theme-nl" label={c.labelNl} value={nl} onValue={setNl} autocomplete="off" />
        <TextField id="new-theme-en" label={c.labelEn} value={en} onValue={setEn} autocomplete="off" />
        <TextField
          id="new-theme-dnl"
          label={c.descriptionNlOptional}
          value={descriptionNl}
          onValue={setDescriptionNl}
          autocomplete="off"
        />
        <TextField
          id="new-theme-den"
          label={c.descriptionEnOptional}
          value={descriptionEn}
          onValue={setDescriptionEn}
          autocomplete="off"
        />
        <button type="submit" class="button">
          {c.add}
        </button>
      </form>
    </section>
  );
}
