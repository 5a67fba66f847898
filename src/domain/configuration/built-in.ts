import { CONVERSATION_PROFILES } from '../conversation';
import { BUILT_IN_GUIDES } from '../guides/built-in';
import { DEFAULT_SUPPRESSION_K } from '../suppression';
import { defaultCodebook } from '../themes';
import type { ConfigurationLayer, PublishedGuideRef } from './layer';
import { DEFAULT_RETENTION } from './merge';

/**
 * The organisation's starting set: the codebook, guides and profiles the app ships with. An
 * installation whose administrators never changed anything follows exactly this, so a device
 * enrolled before the configuration existed keeps sending summaries the server accepts.
 */
export function builtInOrganisationLayer(): ConfigurationLayer {
  return {
    themes: defaultCodebook().themes.map((theme, index) => ({
      id: theme.id,
      labels: { ...theme.labels },
      order: (index + 1) * 10,
    })),
    guides: builtInGuideRefs(),
    residentProfiles: [...CONVERSATION_PROFILES],
    suppressionK: DEFAULT_SUPPRESSION_K,
    retention: { ...DEFAULT_RETENTION },
  };
}

/** Each built-in guide version once, whatever languages it ships in. */
function builtInGuideRefs(): PublishedGuideRef[] {
  const seen = new Map<string, PublishedGuideRef>();
  for (const guide of BUILT_IN_GUIDES) {
    seen.set(`${guide.id}/${guide.version}`, { id: guide.id, version: guide.version });
  }
  return [...seen.values()];
}
