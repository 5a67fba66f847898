import { shownQuotes } from '../../domain/values-circle/quote-picks';
import type { ReportQuote } from '../../domain/wire/aggregates';
import { escapeHtml } from './html';
import type { PageLanguage } from './render';

/**
 * The quotes the area team picked for the public page: only picked ones (never a default), only
 * those the year's report still releases (a withdrawn quote is no longer among them).
 */
const HEADING = { nl: 'Wat bewoners zeiden', en: 'What residents said' } as const;

export function renderQuotesSection(
  released: readonly ReportQuote[],
  picks: readonly string[] | undefined,
  language: PageLanguage,
): string {
  if (picks === undefined) return '';
  const quotes = shownQuotes(released, picks);
  if (quotes.length === 0) return '';
  const items = quotes.map((q) => `<li><q>${escapeHtml(q.text)}</q></li>`).join('');
  return `<section aria-labelledby="quotes-heading"><h2 id="quotes-heading">${HEADING[language]}</h2><ul>${items}</ul></section>`;
}
