/**
 * "vrijdag 12 maart 2027" / "Friday 12 March 2027": the day of a values circle as residents see it
 * on the card, the public page and the poster, with the weekday because that is what goes into a
 * diary. Built from the parts, not the locale's whole pattern: browsers' and Node's ICU versions
 * differ in commas ("Friday, 12 March"), and a card printed on the device must read like the page
 * the server renders. The date is a calendar day in no time zone, so it is read as UTC.
 */
export type CircleDayLanguage = 'nl' | 'en';

export function circleDay(date: string, language: CircleDayLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const parts = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(y, m - 1, d)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
