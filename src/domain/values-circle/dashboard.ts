import { CONVERSATION_PROFILES } from '../conversation';
import { type Figure, isSuppressed } from '../suppression';
import type { ValuePolarity } from '../tallies';
import { VALUE_IDS, type ValueId } from '../values';
import type { AggregatesReport } from '../wire/aggregates';

/**
 * What the area team reads from one aggregates report, value by value: pure functions over the
 * report as the server sent it (or as the device built it from its own conversations). A
 * suppressed figure stays suppressed all the way: it is never compared, ranked or subtracted.
 */

export interface ValueRow {
  valueId: ValueId;
  experienced: Figure;
  missing: Figure;
  /** Change since the same period a year earlier; null where either year's figure is suppressed or missing. */
  change: { experienced: number | null; missing: number | null };
}

function difference(now: Figure, before: Figure | undefined): number | null {
  if (before === undefined || isSuppressed(now) || isSuppressed(before)) return null;
  return now - before;
}

export function valueRows(report: AggregatesReport, previous: AggregatesReport | null = null): ValueRow[] {
  return VALUE_IDS.map((valueId) => {
    const { experienced, missing } = report.values[valueId];
    const before = previous?.values[valueId];
    return {
      valueId,
      experienced,
      missing,
      change: {
        experienced: difference(experienced, before?.experienced),
        missing: difference(missing, before?.missing),
      },
    };
  });
}

export interface RankedTheme {
  themeId: string;
  conversations: number;
}

/** Shown figures, largest first; ties by id so the order never wobbles between renders. */
function ranked(items: readonly { themeId: string; figure: Figure }[], limit: number): RankedTheme[] {
  return items
    .flatMap(({ themeId, figure }) =>
      isSuppressed(figure) || figure === 0 ? [] : [{ themeId, conversations: figure }],
    )
    .sort((a, b) => b.conversations - a.conversations || (a.themeId < b.themeId ? -1 : 1))
    .slice(0, limit);
}

export function topThemes(report: AggregatesReport, limit = 10): RankedTheme[] {
  return ranked(
    report.themes.map(({ themeId, conversations }) => ({ themeId, figure: conversations })),
    limit,
  );
}

/**
 * The top themes that may be named outside the area team (the paragraaf, the public page): shown
 * figures of at least k conversations only. A suppressed theme is left out, not listed as "fewer
 * than k": in a codebook of many themes, that a theme appears at all says someone raised it.
 */
export function nameableThemes(report: AggregatesReport, limit = 5): RankedTheme[] {
  return topThemes(report, limit).filter((theme) => theme.conversations >= report.k);
}

/** "Where betrokkenheid was missed, residents mostly talked about …": the themes most often alongside. */
export function coOccurringThemes(
  report: AggregatesReport,
  valueId: ValueId,
  polarity: ValuePolarity,
  limit = 3,
): RankedTheme[] {
  return ranked(
    report.themes.map(({ themeId, values }) => ({ themeId, figure: values[valueId][polarity] })),
    limit,
  );
}

export function topObstacles(report: AggregatesReport, limit = 10): RankedTheme[] {
  return ranked(
    report.obstacles.map(({ themeId, conversations }) => ({ themeId, figure: conversations })),
    limit,
  );
}

/** How many themes or obstacles the list leaves out because their figure is suppressed. */
export function suppressedCount(figures: readonly { conversations: Figure }[]): number {
  return figures.filter(({ conversations }) => isSuppressed(conversations)).length;
}

/** Quotes to read aloud, per value; a quote tagged with two values appears under both. */
export function quotesByValue(report: AggregatesReport): {
  byValue: Record<ValueId, string[]>;
  general: string[];
} {
  const byValue = Object.fromEntries(VALUE_IDS.map((id) => [id, [] as string[]])) as Record<
    ValueId,
    string[]
  >;
  const general: string[] = [];
  for (const { text, valueIds } of report.quotes.items) {
    const known = (valueIds ?? []).filter((id) => id in byValue);
    if (known.length === 0) general.push(text);
    for (const id of known) byValue[id].push(text);
  }
  return { byValue, general };
}

export interface Coverage {
  conversations: Figure;
  guides: { guideId: string; conversations: Figure }[];
  profiles: { residentProfile: string; conversations: Figure }[];
  /** Profiles heard by fewer than k conversations, or none: whose voice is (nearly) missing. */
  faint: string[];
}

export function coverageOf(report: AggregatesReport): Coverage {
  const profiles = CONVERSATION_PROFILES.map(
    (residentProfile) =>
      report.coverage.residentProfiles.find((row) => row.residentProfile === residentProfile) ?? {
        residentProfile,
        conversations: 0,
      },
  );
  return {
    conversations: report.conversations,
    guides: report.coverage.guides,
    profiles,
    faint: profiles
      .filter(
        ({ residentProfile, conversations }) =>
          residentProfile !== 'anders' && (isSuppressed(conversations) || conversations === 0),
      )
      .map(({ residentProfile }) => residentProfile),
  };
}
