import type { ResidentProfile } from '../guides/profiles';
import type { Period } from '../period';
import { MIN_SUPPRESSION_K } from '../suppression';
import {
  findTheme,
  normaliseThemeLabel,
  type Theme,
  type ThemeLabelProblem,
  type ThemeLabels,
  themeIdFor,
  themeLabelProblem,
} from '../themes';
import { CONFIGURATION_LIMITS } from '../wire/configuration';
import type { ConfigurationLayer, PublishedGuideRef, ThemeEntry } from './layer';
import type { AreaConfiguration } from './merge';

/**
 * Administrators' changes to one layer. Each takes the layer and what is visible at its scope (the
 * merge of it with the layers above), checks the change there, and returns the new layer or why
 * not. Nothing is ever deleted: a theme is retired from a period on, a guide version stays
 * published, so figures already counted keep their labels.
 */
export type EditProblem =
  | ThemeLabelProblem
  | 'unknown-theme'
  | 'already-retired'
  | 'not-retired'
  | 'guide-published'
  | 'k-too-low'
  | 'no-profiles'
  | 'retention-out-of-range'
  | 'organisation-only'
  | 'cannot-move';

export type EditResult =
  | { ok: true; layer: ConfigurationLayer }
  | { ok: false; problem: EditProblem; clashId?: string };

export type ThemeAdded =
  | { ok: true; layer: ConfigurationLayer; theme: Theme }
  | { ok: false; problem: EditProblem; clashId?: string };

/**
 * A new theme with an id made from its Dutch label. `takenIds` are every theme id in the whole
 * organisation (all layers), so two areas never give one id two meanings.
 */
export function addThemeTo(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  takenIds: ReadonlySet<string>,
  labels: ThemeLabels,
  description?: ThemeLabels,
): ThemeAdded {
  const nl = normaliseThemeLabel(labels.nl);
  const en = normaliseThemeLabel(labels.en) || nl;
  for (const label of new Set([nl, en])) {
    const problem = themeLabelProblem(label, visible.codebook);
    if (problem) return { ok: false, ...problem };
  }
  // Optional on add: both halves left empty means no description, not an empty one.
  const described =
    description === undefined || (description.nl.trim() === '' && description.en.trim() === '')
      ? undefined
      : descriptionOf(description);
  if (described !== undefined && !described.ok) return described;
  const id = themeIdFor(nl, new Set([...takenIds, ...visible.codebook.themes.map((t) => t.id)]));
  // After everything visible, not only after this layer's own themes: an area's first theme would
  // otherwise sort between the organisation's (whose orders run 10, 20, …).
  const last = Math.max(
    visible.codebook.themes.length * 10,
    ...layer.themes.map((entry) => entry.order ?? 0),
  );
  const entry: ThemeEntry = {
    id,
    labels: { nl, en },
    order: last + 10,
    ...(described ? { description: described.description } : {}),
  };
  return { ok: true, layer: withEntry(layer, entry), theme: { id, labels: { nl, en }, retired: false } };
}

/** New wording under the same id: figures already counted follow the new label. */
export function renameThemeIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  id: string,
  labels: Partial<ThemeLabels>,
): EditResult {
  const current = findTheme(visible.codebook, id);
  if (current === undefined) return { ok: false, problem: 'unknown-theme' };
  const next: ThemeLabels = {
    nl: normaliseThemeLabel(labels.nl ?? current.labels.nl),
    en: normaliseThemeLabel(labels.en ?? current.labels.en),
  };
  for (const label of new Set([next.nl, next.en])) {
    const problem = themeLabelProblem(label, visible.codebook, id);
    if (problem) return { ok: false, ...problem };
  }
  return { ok: true, layer: withEntry(layer, { id, labels: next }) };
}

/** Retired from `from` on: summaries of earlier periods still name it, later ones may not. */
export function retireThemeIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  id: string,
  from: Period,
): EditResult {
  const current = findTheme(visible.codebook, id);
  if (current === undefined) return { ok: false, problem: 'unknown-theme' };
  if (current.retired) return { ok: false, problem: 'already-retired' };
  return { ok: true, layer: withEntry(layer, { id, retiredFrom: { ...from } }) };
}

export function restoreThemeIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  id: string,
): EditResult {
  const current = findTheme(visible.codebook, id);
  if (current === undefined) return { ok: false, problem: 'unknown-theme' };
  if (!current.retired) return { ok: false, problem: 'not-retired' };
  return { ok: true, layer: withEntry(layer, { id, retiredFrom: null }) };
}

/** A version once published stays published: conversations that followed it keep counting. */
export function publishGuideIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  ref: PublishedGuideRef,
): EditResult {
  if (visible.guides.some((guide) => guide.id === ref.id && guide.version === ref.version)) {
    return { ok: false, problem: 'guide-published' };
  }
  return { ok: true, layer: { ...layer, guides: [...layer.guides, { id: ref.id, version: ref.version }] } };
}

export function setSuppressionKIn(layer: ConfigurationLayer, k: number): EditResult {
  if (!Number.isSafeInteger(k) || k < MIN_SUPPRESSION_K) return { ok: false, problem: 'k-too-low' };
  return { ok: true, layer: { ...layer, suppressionK: k } };
}

export function setResidentProfilesIn(
  layer: ConfigurationLayer,
  profiles: readonly ResidentProfile[],
): EditResult {
  if (profiles.length === 0) return { ok: false, problem: 'no-profiles' };
  return { ok: true, layer: { ...layer, residentProfiles: [...new Set(profiles)] } };
}

/** One entry per id in a layer: a later change to the same theme is folded into it. */
function withEntry(layer: ConfigurationLayer, entry: ThemeEntry): ConfigurationLayer {
  const index = layer.themes.findIndex((existing) => existing.id === entry.id);
  if (index === -1) return { ...layer, themes: [...layer.themes, entry] };
  const themes = layer.themes.map((existing, i) => (i === index ? { ...existing, ...entry } : existing));
  return { ...layer, themes };
}

/** A short explanation for interviewers, in both languages (English defaults to the Dutch). */
export function describeThemeIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  id: string,
  description: ThemeLabels,
): EditResult {
  if (findTheme(visible.codebook, id) === undefined) return { ok: false, problem: 'unknown-theme' };
  const described = descriptionOf(description);
  if (!described.ok) return described;
  return { ok: true, layer: withEntry(layer, { id, description: described.description }) };
}

/** One rule for a description, on add and on change: Dutch required, English falls back to it. */
function descriptionOf(
  description: ThemeLabels,
): { ok: true; description: ThemeLabels } | { ok: false; problem: EditProblem } {
  const nl = description.nl.trim();
  const en = description.en.trim() || nl;
  if (nl === '') return { ok: false, problem: 'empty' };
  if (Math.max(nl.length, en.length) > CONFIGURATION_LIMITS.descriptionLength) {
    return { ok: false, problem: 'too-long' };
  }
  return { ok: true, description: { nl, en } };
}

/**
 * One place up or down in the list. Every theme visible here gets its position in this layer, so
 * the order holds whatever the layers above later add between them.
 */
export function moveThemeIn(
  layer: ConfigurationLayer,
  visible: AreaConfiguration,
  id: string,
  direction: 'up' | 'down',
): EditResult {
  const themes = [...visible.codebook.themes];
  const index = themes.findIndex((theme) => theme.id === id);
  if (index === -1) return { ok: false, problem: 'unknown-theme' };
  const other = direction === 'up' ? index - 1 : index + 1;
  const swapped = themes[other];
  const moving = themes[index];
  if (swapped === undefined || moving === undefined) return { ok: false, problem: 'cannot-move' };
  themes[other] = moving;
  themes[index] = swapped;
  let next = layer;
  themes.forEach((theme, position) => {
    next = withEntry(next, { id: theme.id, order: (position + 1) * 10 });
  });
  return { ok: true, layer: next };
}
