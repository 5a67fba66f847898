import { circleDay } from '../../domain/values-circle/circle-day';
import { isUpcoming } from '../../domain/wire/next-circle';
import type { PageLanguage } from './render';

/**
 * The public page's line about the next values circle: the date the area team set, or plainly that
 * it is not known yet. A date already past is not "the next" one and is said the same way.
 */
const TEXT = {
  nl: {
    heading: 'De volgende waardenkring',
    on: (date: string) => `De volgende waardenkring is op ${date}.`,
    unknown: 'De datum van de volgende waardenkring is nog niet bekend.',
    what: 'In een waardenkring praten bewoners, hulpverleners en de gemeente samen over de buurt.',
  },
  en: {
    heading: 'The next values circle',
    on: (date: string) => `The next values circle is on ${date}.`,
    unknown: 'The date of the next values circle is not known yet.',
    what: 'In a values circle, residents, care workers and the municipality talk together about the neighbourhood.',
  },
} satisfies Record<PageLanguage, unknown>;

/** The date to show, or null when none is set or it has passed. */
export function upcomingCircle(date: string | null, today: string): string | null {
  return date !== null && isUpcoming(date, today) ? date : null;
}

export function nextCircleSection(date: string | null, language: PageLanguage): string {
  return `<h2>${nextCircleHeading(language)}</h2><p class="next-circle">${nextCircleLine(date, language)}</p><p>${TEXT[language].what}</p>`;
}

export function nextCircleHeading(language: PageLanguage): string {
  return TEXT[language].heading;
}

export function nextCircleLine(date: string | null, language: PageLanguage): string {
  const t = TEXT[language];
  return date === null ? t.unknown : t.on(circleDay(date, language));
}
