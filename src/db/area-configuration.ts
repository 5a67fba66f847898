import { builtInConfiguration, unseenThemes } from '../domain/configuration/followed';
import type { AreaConfiguration } from '../domain/configuration/merge';
import type { Theme } from '../domain/themes';
import { type ConfigurationResponse, parseConfigurationResponse } from '../domain/wire/configuration';
import type { BuurtgesprekDatabase } from './database';

/**
 * The configuration of the area the device is enrolled in, as last fetched, kept for offline use.
 * It is a published, non-secret document, so it is stored in the clear like the enrolment.
 */
export interface StoredAreaConfiguration {
  response: ConfigurationResponse;
  /** The server's ETag, sent back as If-None-Match so an unchanged configuration costs a 304. */
  etag: string | null;
  fetchedAt: number;
  /** Theme ids the interviewer has been shown; the others are announced as new. */
  seenThemeIds: string[];
}

const KEY = 'area-configuration';

export async function readAreaConfiguration(
  db: BuurtgesprekDatabase,
): Promise<StoredAreaConfiguration | null> {
  const value = (await db.settings.get(KEY))?.value as Partial<StoredAreaConfiguration> | undefined;
  // Checked like an answer from the server: a copy written by an older version may differ.
  const response = parseConfigurationResponse(value?.response);
  if (value === undefined || response === undefined || !Array.isArray(value.seenThemeIds)) return null;
  return {
    response,
    etag: typeof value.etag === 'string' ? value.etag : null,
    fetchedAt: typeof value.fetchedAt === 'number' ? value.fetchedAt : 0,
    seenThemeIds: value.seenThemeIds.filter((id): id is string => typeof id === 'string'),
  };
}

/**
 * Keeps a newly fetched configuration. The themes already known stay "seen"; on the first fetch
 * those are the built-in ones the interviewer has been using all along.
 */
export async function storeAreaConfiguration(
  db: BuurtgesprekDatabase,
  response: ConfigurationResponse,
  etag: string | null,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const previous = await readAreaConfiguration(db);
    const seenThemeIds =
      previous === null || previous.response.areaId !== response.areaId
        ? builtInConfiguration().codebook.themes.map((theme) => theme.id)
        : previous.seenThemeIds;
    await db.settings.put({ key: KEY, value: { response, etag, fetchedAt: now, seenThemeIds } });
  });
}

/** What the device follows now: the fetched configuration when enrolled, else the built-in one. */
export async function followedConfiguration(db: BuurtgesprekDatabase): Promise<AreaConfiguration> {
  return (await readAreaConfiguration(db))?.response.configuration ?? builtInConfiguration();
}

/** Themes the area team added that the interviewer has not been shown yet. */
export async function newThemesFromAreaTeam(db: BuurtgesprekDatabase): Promise<Theme[]> {
  const stored = await readAreaConfiguration(db);
  return stored === null ? [] : unseenThemes(stored.response.configuration, new Set(stored.seenThemeIds));
}

/** The interviewer has seen the notice: its themes are no longer new. */
export async function markThemesSeen(db: BuurtgesprekDatabase): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const stored = await readAreaConfiguration(db);
    if (stored === null) return;
    const seenThemeIds = [
      ...new Set([...stored.seenThemeIds, ...stored.response.configuration.codebook.themes.map((t) => t.id)]),
    ];
    await db.settings.put({ key: KEY, value: { ...stored, seenThemeIds } });
  });
}
