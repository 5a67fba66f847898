import type { GuideLanguage } from './guides/guide';
import type { Period } from './period';

/**
 * The theme codebook: what a note is about. Ids are stable and travel in summaries, so a rename
 * keeps the id, and a theme is never deleted, only retired: old conversations keep their tags, and
 * because every id ever issued stays in the list, an id is never handed out twice.
 */
export type ThemeLabels = Record<GuideLanguage, string>;

export interface Theme {
  id: string;
  labels: ThemeLabels;
  /** Hidden when tagging new notes; still shown on the notes that carry it. */
  retired: boolean;
  /** A short explanation, to help interviewers tag alike (set by the organisation's codebook). */
  description?: ThemeLabels;
  /**
   * The first period in which a retired theme is no longer accepted in summaries. Earlier periods
   * still accept it, so conversations held while it was in use keep counting under its label.
   */
  retiredFrom?: Period;
}

export interface Codebook {
  themes: readonly Theme[];
}

const DEFAULT_LABELS: readonly ThemeLabels[] = [
  { nl: 'Wonen', en: 'Housing' },
  { nl: 'Geldzorgen en schulden', en: 'Money worries and debt' },
  { nl: 'Werk en inkomen', en: 'Work and income' },
  { nl: 'Zorg en gezondheid', en: 'Care and health' },
  { nl: 'Mantelzorg', en: 'Informal care' },
  { nl: 'Eenzaamheid', en: 'Loneliness' },
  { nl: 'Opvoeding', en: 'Parenting' },
  { nl: 'Onderwijs', en: 'Education' },
  { nl: 'Veiligheid', en: 'Safety' },
  { nl: 'Taal', en: 'Language' },
  { nl: 'Toegang tot hulp', en: 'Access to help' },
  { nl: 'Regels en bureaucratie', en: 'Rules and red tape' },
  { nl: 'Digitaal meedoen', en: 'Getting by online' },
  { nl: 'Vervoer en bereikbaarheid', en: 'Transport and getting around' },
  { nl: 'Buurt en ontmoeting', en: 'Neighbourhood and meeting people' },
];

export const THEME_LABEL_MAX_LENGTH = 60;

export type ThemeLabelProblem = 'empty' | 'too-long' | 'duplicate';

export type ThemeResult =
  | { ok: true; codebook: Codebook; theme: Theme }
  /** `clashId`: the theme that already has the label; if it is retired, the UI can offer to restore it. */
  | { ok: false; problem: ThemeLabelProblem; clashId?: string }
  | { ok: false; problem: 'unknown-theme' };

export function normaliseThemeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** A readable id from a label ("Geldzorgen en schulden" → "geldzorgen-en-schulden"), never one in `takenIds`. */
export function themeIdFor(label: string, takenIds: ReadonlySet<string>): string {
  const base =
    normaliseThemeLabel(label)
      .toLocaleLowerCase('nl')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'thema';
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function defaultCodebook(): Codebook {
  const taken = new Set<string>();
  const themes = DEFAULT_LABELS.map((labels) => {
    const id = themeIdFor(labels.nl, taken);
    taken.add(id);
    return { id, labels: { ...labels }, retired: false };
  });
  return { themes };
}

/** Themes offered when tagging a new note. */
export function activeThemes(codebook: Codebook): Theme[] {
  return codebook.themes.filter((theme) => !theme.retired);
}

/** Whether a summary of `period` may name the theme: always, unless retired from that period on. */
export function themeAcceptedIn(theme: Theme, period: Period): boolean {
  const from = theme.retiredFrom;
  if (!theme.retired || from === undefined) return !theme.retired;
  return period.year < from.year || (period.year === from.year && period.quarter < from.quarter);
}

export function findTheme(codebook: Codebook, id: string): Theme | undefined {
  return codebook.themes.find((theme) => theme.id === id);
}

/**
 * Why a label cannot be used, or null. Labels are compared across both languages and with retired
 * themes too: two themes both called "Wonen" would split one topic in the tallies.
 */
export function themeLabelProblem(
  label: string,
  codebook: Codebook,
  ownId?: string,
): { problem: ThemeLabelProblem; clashId?: string } | null {
  const normalised = normaliseThemeLabel(label);
  if (normalised === '') return { problem: 'empty' };
  if (normalised.length > THEME_LABEL_MAX_LENGTH) return { problem: 'too-long' };
  const lower = normalised.toLocaleLowerCase('nl');
  const clash = codebook.themes.find(
    (theme) =>
      theme.id !== ownId &&
      Object.values(theme.labels).some((other) => other.toLocaleLowerCase('nl') === lower),
  );
  return clash ? { problem: 'duplicate', clashId: clash.id } : null;
}

/**
 * Adds a theme from a label in one or both languages; a missing language borrows the other's label
 * until someone translates it. The id comes from the Dutch label when there is one.
 */
export function addTheme(codebook: Codebook, labels: Partial<ThemeLabels>): ThemeResult {
  const nl = normaliseThemeLabel(labels.nl ?? '') || normaliseThemeLabel(labels.en ?? '');
  const en = normaliseThemeLabel(labels.en ?? '') || nl;
  for (const label of new Set([nl, en])) {
    const problem = themeLabelProblem(label, codebook);
    if (problem) return { ok: false, ...problem };
  }
  const id = themeIdFor(nl, new Set(codebook.themes.map((theme) => theme.id)));
  const theme: Theme = { id, labels: { nl, en }, retired: false };
  return { ok: true, codebook: { themes: [...codebook.themes, theme] }, theme };
}

/** New label(s) under the same id: tags already given follow the new wording. */
export function renameTheme(codebook: Codebook, id: string, labels: Partial<ThemeLabels>): ThemeResult {
  const current = findTheme(codebook, id);
  if (!current) return { ok: false, problem: 'unknown-theme' };
  const next: ThemeLabels = {
    nl: labels.nl === undefined ? current.labels.nl : normaliseThemeLabel(labels.nl),
    en: labels.en === undefined ? current.labels.en : normaliseThemeLabel(labels.en),
  };
  for (const label of new Set([next.nl, next.en])) {
    const problem = themeLabelProblem(label, codebook, id);
    if (problem) return { ok: false, ...problem };
  }
  const theme: Theme = { ...current, labels: next };
  return { ok: true, codebook: { themes: codebook.themes.map((t) => (t.id === id ? theme : t)) }, theme };
}

/** Hides a theme for new tagging; the notes that carry it keep it. Unknown ids change nothing. */
export function retireTheme(codebook: Codebook, id: string): Codebook {
  return withRetired(codebook, id, true);
}

export function restoreTheme(codebook: Codebook, id: string): Codebook {
  return withRetired(codebook, id, false);
}

export function themeLabel(theme: Theme, language: GuideLanguage): string {
  return theme.labels[language];
}

function withRetired(codebook: Codebook, id: string, retired: boolean): Codebook {
  return { themes: codebook.themes.map((theme) => (theme.id === id ? { ...theme, retired } : theme)) };
}
