import { anonymise } from '../anonymiser';
import { CONVERSATION_PROFILES, type Conversation } from '../conversation';
import { periodOf } from '../period';
import { tallyValues } from '../tallies';
import type { ResidentProfileId, Summary, SummaryQuote } from '../wire/summary';
import { mayShare } from './status';

function isProfile(profile: string): profile is ResidentProfileId {
  return (CONVERSATION_PROFILES as readonly string[]).includes(profile);
}

/**
 * The summary of a conversation: counts, ids and the quotes the interviewer approved, nothing
 * else. Quotes go through the anonymiser once more here, so whatever the preview did, no quote
 * leaves without having passed it; without quote consent no quote leaves at all.
 */
export function encodeSummary(
  conversation: Conversation,
  summaryId: string,
  approvedQuotes: readonly SummaryQuote[],
): Summary {
  if (!mayShare(conversation)) throw new Error('This conversation may not be shared');
  const options = { peopleMentioned: conversation.peopleMentioned };
  const quotes = conversation.consent?.quotes
    ? approvedQuotes.flatMap(({ text, valueIds }) => {
        const anonymised = anonymise(text.trim(), options).text;
        if (anonymised === '') return [];
        return [
          valueIds?.length ? { text: anonymised, valueIds: [...new Set(valueIds)] } : { text: anonymised },
        ];
      })
    : [];
  return {
    id: summaryId,
    revision: conversation.revision,
    areaId: conversation.areaId,
    period: periodOf(conversation.date),
    guide: { id: conversation.guideId, version: conversation.guideVersion },
    // A profile this version does not know is sent as "anders" rather than refused or guessed.
    residentProfile: isProfile(conversation.residentProfile) ? conversation.residentProfile : 'anders',
    values: tallyValues(conversation.valueTags),
    themeIds: [...new Set(conversation.themeIds)],
    obstacleThemeIds: [
      ...new Set(conversation.obstacles.flatMap((obstacle) => (obstacle.themeId ? [obstacle.themeId] : []))),
    ],
    quotes,
  };
}
