import type { GuideLanguage } from '../../domain/guides/guide';

/**
 * Where the guides screen is: the list at /leidraden, one guide at /leidraden?leidraad=…&taal=…
 * (and &versie=… for an older version, &bewerken=ja for the editor). Query state keeps all of it
 * inside the one route and one lazily loaded chunk; the words are Dutch, like the paths.
 */
export const GUIDES_PATH = '/leidraden';

export const GUIDE_QUERY = {
  id: 'leidraad',
  language: 'taal',
  version: 'versie',
  edit: 'bewerken',
} as const;

export interface GuideLink {
  id: string;
  language: GuideLanguage;
  version?: number;
  edit?: boolean;
}

export function guideHref({ id, language, version, edit }: GuideLink): string {
  const query = new URLSearchParams({ [GUIDE_QUERY.id]: id, [GUIDE_QUERY.language]: language });
  if (version !== undefined) query.set(GUIDE_QUERY.version, String(version));
  if (edit) query.set(GUIDE_QUERY.edit, 'ja');
  return `${GUIDES_PATH}?${query}`;
}

/** A confirmation shown on the page at `url` (the one the action led to), and only there. */
export interface GuideNotice {
  text: string;
  url: string;
}
