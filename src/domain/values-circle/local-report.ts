import { CONVERSATION_PROFILES } from '../conversation';
import { tallyValues } from '../tallies';
import { VALUE_IDS, type ValueId } from '../values';
import type { AggregatesReport, ValueFigures } from '../wire/aggregates';
import type { Summary } from '../wire/summary';

/**
 * The same report the server gives an area team, built on the device from its own conversations,
 * for an interviewer who is not on an area team. Nothing leaves the device and every figure is the
 * interviewer's own, so nothing is suppressed (k = 1).
 */
export interface LocalConversation {
  areaId: string;
  period: Summary['period'];
  guideId: string;
  residentProfile: string;
  valueTags: Parameters<typeof tallyValues>[0];
  themeIds: readonly string[];
}

function countConversations(conversations: readonly LocalConversation[]) {
  const values = Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }])) as Record<
    ValueId,
    { experienced: number; missing: number }
  >;
  const themes = new Map<
    string,
    { conversations: number; values: Record<ValueId, { experienced: number; missing: number }> }
  >();
  const guides = new Map<string, number>();
  const profiles = new Map<string, number>();
  for (const conversation of conversations) {
    const tally = tallyValues(conversation.valueTags);
    const present = VALUE_IDS.filter((id) => tally[id].experienced > 0 || tally[id].missing > 0);
    // Counts of conversations, as on the server: a value tagged twice in one conversation counts once.
    for (const id of present) {
      if (tally[id].experienced > 0) values[id].experienced += 1;
      if (tally[id].missing > 0) values[id].missing += 1;
    }
    for (const themeId of new Set(conversation.themeIds)) {
      const theme = themes.get(themeId) ?? {
        conversations: 0,
        values: Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }])) as Record<
          ValueId,
          { experienced: number; missing: number }
        >,
      };
      theme.conversations += 1;
      for (const id of present) {
        if (tally[id].experienced > 0) theme.values[id].experienced += 1;
        if (tally[id].missing > 0) theme.values[id].missing += 1;
      }
      themes.set(themeId, theme);
    }
    guides.set(conversation.guideId, (guides.get(conversation.guideId) ?? 0) + 1);
    profiles.set(conversation.residentProfile, (profiles.get(conversation.residentProfile) ?? 0) + 1);
  }
  return { values, themes, guides, profiles };
}

export function localReport(
  conversations: readonly LocalConversation[],
  request: { areaId: string; year: number; quarter: number | null },
): AggregatesReport {
  const chosen = conversations.filter(
    (c) =>
      c.areaId === request.areaId &&
      c.period.year === request.year &&
      (request.quarter === null || c.period.quarter === request.quarter),
  );
  const { values, themes, guides, profiles } = countConversations(chosen);
  return {
    areaId: request.areaId,
    period: { year: request.year, quarter: request.quarter },
    k: 1,
    conversations: chosen.length,
    values: values as Record<ValueId, ValueFigures>,
    themes: [...themes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([themeId, theme]) => ({ themeId, ...theme })),
    obstacles: [],
    coverage: {
      guides: [...guides].map(([guideId, count]) => ({ guideId, conversations: count })),
      residentProfiles: CONVERSATION_PROFILES.map((residentProfile) => ({
        residentProfile,
        conversations: profiles.get(residentProfile) ?? 0,
      })),
    },
    quotes: { released: false, items: [], more: false },
  };
}
