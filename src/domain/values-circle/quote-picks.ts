import { VALUE_IDS, type ValueId } from '../values';
import type { ReportQuote } from '../wire/aggregates';

/**
 * Which quotes go on the handout and the public page: the area team picks them from the whole
 * year's quotes. Picks name quotes by id; a picked quote that is no longer listed (its resident
 * withdrew, or its quarter no longer releases quotes) is simply not shown.
 */

/** Before the team picks anything, the handout reads the first quotes per value, as it always did. */
export const DEFAULT_QUOTES_PER_VALUE = 3;

export interface QuoteFilter {
  valueId: ValueId | null;
  themeId: string | null;
}

export function filterQuotes(items: readonly ReportQuote[], filter: QuoteFilter): ReportQuote[] {
  return items.filter(
    (quote) =>
      (filter.valueId === null || quote.valueIds.includes(filter.valueId)) &&
      (filter.themeId === null || quote.themeIds.includes(filter.themeId)),
  );
}

/** The quotes to show, in the team's order; `picks` undefined: the default per value. */
export function shownQuotes(
  items: readonly ReportQuote[],
  picks: readonly string[] | undefined,
): ReportQuote[] {
  if (picks === undefined) {
    const chosen = new Set<ReportQuote>();
    for (const valueId of VALUE_IDS) {
      for (const quote of items
        .filter((q) => q.valueIds.includes(valueId))
        .slice(0, DEFAULT_QUOTES_PER_VALUE)) {
        chosen.add(quote);
      }
    }
    return items.filter((quote) => chosen.has(quote));
  }
  const byId = new Map(items.map((quote) => [quote.id, quote]));
  return picks.flatMap((id) => {
    const quote = byId.get(id);
    return quote ? [quote] : [];
  });
}

/** Shown quotes per value (a quote with two values under both) and those without a value. */
export function shownByValue(
  items: readonly ReportQuote[],
  picks: readonly string[] | undefined,
): { byValue: Record<ValueId, ReportQuote[]>; general: ReportQuote[] } {
  const shown = shownQuotes(items, picks);
  const byValue = Object.fromEntries(
    VALUE_IDS.map((valueId) => [valueId, shown.filter((q) => q.valueIds.includes(valueId))]),
  ) as Record<ValueId, ReportQuote[]>;
  return { byValue, general: shown.filter((q) => q.valueIds.length === 0) };
}

/**
 * Picking or unpicking one quote. The first pick starts from what the handout showed by default,
 * so picking one more quote never silently drops the defaults the team had seen.
 */
export function withPick(
  items: readonly ReportQuote[],
  picks: readonly string[] | undefined,
  id: string,
  picked: boolean,
  limit: number,
): string[] {
  const current = picks ?? shownQuotes(items, undefined).map((q) => q.id);
  const without = current.filter((other) => other !== id);
  return picked ? [...without, id].slice(0, limit) : without;
}

/**
 * Three-way merge of two members' picks: a quote unpicked on one side is gone, one picked on
 * either side is kept, in this device's order with the other's additions after.
 */
export function mergePicks(
  base: readonly string[] | undefined,
  mine: readonly string[] | undefined,
  theirs: readonly string[] | undefined,
  limit: number,
): string[] | undefined {
  if (mine === undefined) return theirs === undefined ? undefined : [...theirs];
  if (theirs === undefined) return [...mine];
  const before = new Set(base ?? []);
  const there = new Set(theirs);
  const here = new Set(mine);
  const kept = mine.filter((id) => there.has(id) || !before.has(id));
  const added = theirs.filter((id) => !here.has(id) && !before.has(id));
  return [...kept, ...added].slice(0, limit);
}
