import type { Theme } from '../themes';
import { builtInOrganisationLayer } from './built-in';
import { type AreaConfiguration, mergeConfiguration } from './merge';

/**
 * What a device follows: its area's configuration once it has fetched one, the built-in set
 * before enrolment (a device used on its own), as today.
 */
export function builtInConfiguration(): AreaConfiguration {
  return mergeConfiguration(builtInOrganisationLayer());
}

/**
 * Themes the interviewer has not been told about yet ("Nieuwe thema's van het gebiedsteam"): in
 * use in the area, and not among the ids she has seen. Retired themes are never news.
 */
export function unseenThemes(configuration: AreaConfiguration, seenIds: ReadonlySet<string>): Theme[] {
  return configuration.codebook.themes.filter((theme) => !theme.retired && !seenIds.has(theme.id));
}
