import { builtInConfiguration, unseenThemes } from '../domain/configuration/followed';
import type { AreaConfiguration } from '../domain/configuration/merge';
import type { Codebook, Theme } from '../domain/themes';
import { type ConfigurationResponse, parseConfigurationResponse } from '../domain/wire/configuration';
import { readCodebook } from './codebook';
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

/**
 * The codebook to tag and read with. Before enrolment (no configuration fetched): the device's own,
 * as today. Once enrolled: the area's, because only its ids are accepted in summaries; the
 * device's own themes that the area lacks stay readable on the conversations that carry them
 * (as retired themes are), but are no longer offered, so nothing she tagged is lost or re-tagged.
 */
export async function codebookInUse(db: BuurtgesprekDatabase): Promise<Codebook> {
  const own = await readCodebook(db);
  const stored = await readAreaConfiguration(db);
  if (stored === null) return own;
  const area = stored.response.configuration.codebook;
  const known = new Set(area.themes.map((theme) => theme.id));
  const ownOnly = own.themes
    .filter((theme) => !known.has(theme.id))
    .map((theme) => ({ ...theme, retired: true }));
  return { themes: [...area.themes, ...ownOnly] };
}

const CIRCLE_KEY = 'circle-configuration';

/**
 * The configuration of the area an area-team session reads, kept for the values circle (offline
 * too): its theme labels, retired themes included, name the figures. Published, not secret.
 */
export async function storeCircleConfiguration(
  db: BuurtgesprekDatabase,
  response: ConfigurationResponse,
): Promise<void> {
  await db.settings.put({ key: `${CIRCLE_KEY}:${response.areaId}`, value: response });
}

/**
 * The codebook the values circle names themes with: the server's configuration of that area
 * (fetched by the area team, or the device's own area's), then whatever else this device knows, so
 * an id is shown as a bare id only when nothing here has ever heard of it.
 */
export async function codebookForCircle(db: BuurtgesprekDatabase, areaId: string): Promise<Codebook> {
  const device = await codebookInUse(db);
  const stored = parseConfigurationResponse((await db.settings.get(`${CIRCLE_KEY}:${areaId}`))?.value);
  if (stored === undefined || stored.areaId !== areaId) return device;
  const known = new Set(stored.configuration.codebook.themes.map((theme) => theme.id));
  return {
    themes: [
      ...stored.configuration.codebook.themes,
      ...device.themes.filter((theme) => !known.has(theme.id)),
    ],
  };
}
