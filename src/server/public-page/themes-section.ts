import { type Codebook, findTheme } from '../../domain/themes';
import { nameableThemes } from '../../domain/values-circle/dashboard';
import type { AggregatesReport } from '../../domain/wire/aggregates';
import { escapeHtml } from './html';
import type { PageLanguage } from './render';

/**
 * "Waar bewoners het meest over praatten" on the public page: the year's top themes, named with the
 * area's codebook, each with its number of conversations. Only themes whose figure is shown and
 * rests on at least k conversations (the paragraaf's rule, `nameableThemes`). Unlike a value, a
 * suppressed theme is left out rather than said as "fewer than k": the six values are always
 * listed, but a theme from a long codebook being listed at all would tell that someone raised it.
 * The sentence under the heading says so in plain words, whether or not one was left out.
 */
const TEXT = {
  nl: {
    heading: 'Waar bewoners het meest over praatten',
    intro: (k: number) =>
      `Deze onderwerpen kwamen het vaakst terug. We noemen alleen onderwerpen uit ${k} of meer gesprekken, zodat niemand herkend wordt.`,
    none: (k: number) =>
      `We noemen alleen onderwerpen uit ${k} of meer gesprekken, zodat niemand herkend wordt. Er is nog geen onderwerp dat we kunnen noemen.`,
    theme: 'Onderwerp',
    conversations: 'Aantal gesprekken',
  },
  en: {
    heading: 'What residents talked about most',
    intro: (k: number) =>
      `These topics came up most often. We only name topics from ${k} or more conversations, so that no one can be recognised.`,
    none: (k: number) =>
      `We only name topics from ${k} or more conversations, so that no one can be recognised. There is no topic we can name yet.`,
    theme: 'Topic',
    conversations: 'Number of conversations',
  },
} as const;

export function renderThemesSection(
  report: AggregatesReport,
  codebook: Codebook | undefined,
  language: PageLanguage,
): string {
  const t = TEXT[language];
  const themes = nameableThemes(report);
  const heading = `<h2 id="themes-heading">${t.heading}</h2>`;
  if (themes.length === 0) {
    return `<section aria-labelledby="themes-heading">${heading}<p>${t.none(report.k)}</p></section>`;
  }
  // A theme the codebook no longer names (it cannot, ids are never deleted) falls back to its id.
  const label = (id: string) => (codebook && findTheme(codebook, id)?.labels[language]) || id;
  const rows = themes
    .map(
      ({ themeId, conversations }) =>
        `<tr><th scope="row">${escapeHtml(label(themeId))}</th><td>${conversations}</td></tr>`,
    )
    .join('');
  return (
    `<section aria-labelledby="themes-heading">${heading}<p>${t.intro(report.k)}</p>` +
    `<table><thead><tr><th scope="col">${t.theme}</th><th scope="col">${t.conversations}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  );
}
