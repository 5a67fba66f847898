import type { ConversationStatus } from './conversation';
import type { ValuePolarity } from './tallies';
import type { ValueId } from './values';

/** What the interviewer can narrow the conversation list by; every field optional. */
export interface ConversationFilter {
  areaId?: string;
  status?: ConversationStatus;
  guideId?: string;
  value?: { valueId: ValueId; polarity: ValuePolarity };
  themeId?: string;
  /** ISO days, both inclusive. */
  from?: string;
  until?: string;
  /** Only conversations with a resident, or only practice conversations. */
  kind?: ConversationKind;
}

export const CONVERSATION_KINDS = ['real', 'practice'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** The fields a filter reads: all stored in the clear, so filtering never decrypts. */
export interface FilterableConversation {
  areaId: string;
  status: ConversationStatus;
  guideId: string;
  date: string;
  valueTags: readonly { valueId: ValueId; polarity: ValuePolarity }[];
  themeIds: readonly string[];
  practice?: unknown;
}

export function matchesFilter(conversation: FilterableConversation, filter: ConversationFilter): boolean {
  const { value } = filter;
  return (
    (!filter.areaId || conversation.areaId === filter.areaId) &&
    (!filter.status || conversation.status === filter.status) &&
    (!filter.guideId || conversation.guideId === filter.guideId) &&
    (!filter.themeId || conversation.themeIds.includes(filter.themeId)) &&
    (!filter.from || conversation.date >= filter.from) &&
    (!filter.until || conversation.date <= filter.until) &&
    (!filter.kind || (filter.kind === 'practice') === (conversation.practice !== undefined)) &&
    (!value ||
      conversation.valueTags.some((tag) => tag.valueId === value.valueId && tag.polarity === value.polarity))
  );
}

export function isEmptyFilter(filter: ConversationFilter): boolean {
  return Object.values(filter).every((field) => field === undefined || field === '');
}
