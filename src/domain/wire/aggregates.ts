import type { Figure } from '../suppression';
import type { ValueId } from '../values';

/**
 * The answer of `GET /api/areas/:areaId/aggregates`. Every count is a number of conversations, or
 * `{ "suppressed": true }` when it rests on too few of them (see docs/server.md). Categories are
 * listed when they occur in the year at all, with the same list for every quarter of that year.
 */
export interface ValueFigures {
  experienced: Figure;
  missing: Figure;
}

export interface ReportQuote {
  /**
   * The first 16 hex digits of the SHA-256 of the text: how the area team's pick names a quote
   * (see values-circle/quote-picks.ts). A quote withdrawn since is simply no longer listed.
   */
  id: string;
  text: string;
  /** The values tagged on the note the quote came from; `[]` when its summary named none. */
  valueIds: ValueId[];
  /** The themes of the conversation the quote came from, for the team's filter when picking. */
  themeIds: string[];
}

export interface AggregatesReport {
  areaId: string;
  period: { year: number; quarter: number | null };
  /** The threshold in force: figures below it are suppressed. */
  k: number;
  conversations: Figure;
  values: Record<ValueId, ValueFigures>;
  themes: { themeId: string; conversations: Figure; values: Record<ValueId, ValueFigures> }[];
  obstacles: { themeId: string; conversations: Figure }[];
  coverage: {
    guides: { guideId: string; conversations: Figure }[];
    residentProfiles: { residentProfile: string; conversations: Figure }[];
  };
  quotes: {
    /** False when the period has fewer than k conversations: no quotes at all then. */
    released: boolean;
    items: ReportQuote[];
    /** True when there are more quotes than listed. */
    more: boolean;
  };
}
