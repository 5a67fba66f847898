import type { ResidentProfile } from '../guides/profiles';
import { DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K } from '../suppression';
import type { Codebook, Theme } from '../themes';
import type { ConfigurationLayer, PublishedGuideRef, Retention } from './layer';

/** What a device of one area follows: the organisation's layer, its group's and its own, merged. */
export interface AreaConfiguration {
  codebook: Codebook;
  /** Every guide version a summary of this area may name, oldest first per guide. */
  guides: PublishedGuideRef[];
  residentProfiles: ResidentProfile[];
  suppressionK: number;
  retention: Retention;
}

/**
 * Merges layers from the organisation down (organisation → group → area). Themes merge by id, field
 * by field, so an area can reword or retire an organisation theme without redefining it; guide
 * versions accumulate; profiles, k and retention are replaced where a layer sets them.
 * Pure and deterministic: the same layers always give the same configuration, in the same order.
 */
export function mergeConfiguration(
  organisation: ConfigurationLayer,
  ...lower: readonly ConfigurationLayer[]
): AreaConfiguration {
  const layers = [organisation, ...lower];
  const themes = new Map<string, { theme: Theme; order: number; introduced: number }>();
  let introduced = 0;
  const guides = new Map<string, PublishedGuideRef>();
  let residentProfiles: ResidentProfile[] = [];
  let requestedK: number | undefined;
  const retention: Retention = { ...DEFAULT_RETENTION };

  for (const layer of layers) {
    for (const entry of layer.themes) {
      const current = themes.get(entry.id);
      const labels = entry.labels ?? current?.theme.labels;
      // A change to a theme no earlier layer introduced, without labels, has nothing to show.
      if (labels === undefined) continue;
      const retiredFrom = entry.retiredFrom === undefined ? current?.theme.retiredFrom : entry.retiredFrom;
      const description = entry.description ?? current?.theme.description;
      const theme: Theme = {
        id: entry.id,
        labels: { ...labels },
        retired: retiredFrom != null,
        ...(description === undefined ? {} : { description: { ...description } }),
        ...(retiredFrom == null ? {} : { retiredFrom: { ...retiredFrom } }),
      };
      themes.set(entry.id, {
        theme,
        order: entry.order ?? current?.order ?? Number.MAX_SAFE_INTEGER,
        introduced: current?.introduced ?? introduced++,
      });
    }
    for (const guide of layer.guides) guides.set(`${guide.id}/${guide.version}`, { ...guide });
    if (layer.residentProfiles !== undefined) residentProfiles = [...layer.residentProfiles];
    if (layer.suppressionK !== undefined) requestedK = layer.suppressionK;
    if (layer.retention?.shareDays !== undefined) retention.shareDays = layer.retention.shareDays;
    if (layer.retention?.backupDays !== undefined) retention.backupDays = layer.retention.backupDays;
  }

  return {
    codebook: {
      themes: [...themes.values()]
        .sort((a, b) => a.order - b.order || a.introduced - b.introduced)
        .map((entry) => entry.theme),
    },
    guides: [...guides.values()].sort((a, b) =>
      a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1,
    ),
    residentProfiles,
    // A stored value below the minimum (or none at all) never weakens the protection.
    suppressionK: Math.max(requestedK ?? DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K),
    retention,
  };
}

export const DEFAULT_RETENTION: Readonly<Retention> = { shareDays: 14, backupDays: 365 };
