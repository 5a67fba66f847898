import type { ResidentProfile } from '../guides/profiles';
import type { Theme } from '../themes';
import type { PublishedGuideRef, Retention } from './layer';
import type { AreaConfiguration } from './merge';

/**
 * What a device would notice of a configuration change: the merged configuration before and after,
 * compared field by field. The console shows it before an administrator saves ("3 apparaten krijgen
 * 1 nieuw thema"), computed from the very change that would be stored, never guessed from the form.
 */
export interface ConfigurationDiff {
  themesAdded: string[];
  themesRenamed: string[];
  /** Description or position in the list changed. */
  themesReworded: string[];
  themesRetired: string[];
  themesRestored: string[];
  guidesAdded: PublishedGuideRef[];
  suppressionK: { from: number; to: number } | null;
  profilesAdded: ResidentProfile[];
  profilesRemoved: ResidentProfile[];
  retentionChanged: (keyof Retention)[];
}

export function configurationDiff(before: AreaConfiguration, after: AreaConfiguration): ConfigurationDiff {
  const old = new Map(before.codebook.themes.map((theme) => [theme.id, theme]));
  const position = (themes: readonly Theme[]) => new Map(themes.map((theme, index) => [theme.id, index]));
  const oldPosition = position(before.codebook.themes);
  const newPosition = position(after.codebook.themes);
  const diff: ConfigurationDiff = {
    themesAdded: [],
    themesRenamed: [],
    themesReworded: [],
    themesRetired: [],
    themesRestored: [],
    guidesAdded: after.guides.filter(
      (guide) => !before.guides.some((known) => known.id === guide.id && known.version === guide.version),
    ),
    suppressionK:
      before.suppressionK === after.suppressionK
        ? null
        : { from: before.suppressionK, to: after.suppressionK },
    profilesAdded: after.residentProfiles.filter((profile) => !before.residentProfiles.includes(profile)),
    profilesRemoved: before.residentProfiles.filter((profile) => !after.residentProfiles.includes(profile)),
    retentionChanged: (Object.keys(after.retention) as (keyof Retention)[]).filter(
      (name) => before.retention[name] !== after.retention[name],
    ),
  };
  for (const theme of after.codebook.themes) {
    const was = old.get(theme.id);
    if (was === undefined) {
      diff.themesAdded.push(theme.id);
      continue;
    }
    if (was.labels.nl !== theme.labels.nl || was.labels.en !== theme.labels.en)
      diff.themesRenamed.push(theme.id);
    const moved = relativeOrderChanged(theme.id, oldPosition, newPosition, before.codebook.themes);
    if (JSON.stringify(was.description ?? null) !== JSON.stringify(theme.description ?? null) || moved) {
      diff.themesReworded.push(theme.id);
    }
    if (!was.retired && theme.retired) diff.themesRetired.push(theme.id);
    if (was.retired && !theme.retired) diff.themesRestored.push(theme.id);
  }
  return diff;
}

/** A theme moved when a theme that was before it is now after it, or the other way round. */
function relativeOrderChanged(
  id: string,
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  themes: readonly Theme[],
): boolean {
  const was = before.get(id) ?? 0;
  const is = after.get(id) ?? 0;
  return themes.some((other) => {
    const otherWas = before.get(other.id);
    const otherIs = after.get(other.id);
    if (other.id === id || otherWas === undefined || otherIs === undefined) return false;
    return otherWas < was !== otherIs < is;
  });
}

export function isEmptyDiff(diff: ConfigurationDiff): boolean {
  return Object.values(diff).every((value) => (Array.isArray(value) ? value.length === 0 : value === null));
}

/** The diff of a change no device notices (a guide text in another language, a server-only setting). */
export function noChange(): ConfigurationDiff {
  return {
    themesAdded: [],
    themesRenamed: [],
    themesReworded: [],
    themesRetired: [],
    themesRestored: [],
    guidesAdded: [],
    suppressionK: null,
    profilesAdded: [],
    profilesRemoved: [],
    retentionChanged: [],
  };
}
