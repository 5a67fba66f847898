import type { Conversation } from './conversation';

/**
 * How long completed conversations stay on the interviewer's device (issue 13): municipalities ask
 * that raw notes do not linger once the summary has gone to the area team. Off by default, because
 * an interviewer may need to correct a conversation months later. The summary already sent stays at
 * the server: only this device's copy (notes, revisions, search text, review shares) is erased.
 */
export const CONVERSATION_RETENTION_CHOICES_DAYS = [0, 30, 60, 90, 180, 365] as const;
/** 0: completed conversations are kept until the interviewer erases them. */
export const CONVERSATION_RETENTION_DEFAULT_DAYS = 0;

const DAY_MS = 86_400_000;

export type RetainedConversation = Pick<
  Conversation,
  'id' | 'status' | 'updatedAt' | 'date' | 'residentProfile'
>;

/**
 * The completed conversations not changed for `days` days, oldest first. One whose summary is not
 * sent yet (`unsent`: waiting in the outbox, or never checked by the interviewer) is not due:
 * erasing it would lose the summary too.
 */
export function dueForErasure<T extends RetainedConversation>(
  conversations: readonly T[],
  days: number,
  now: number,
  unsent: ReadonlySet<string> = new Set(),
): T[] {
  if (days <= 0) return [];
  const before = now - days * DAY_MS;
  return conversations
    .filter((c) => c.status === 'completed' && c.updatedAt <= before && !unsent.has(c.id))
    .sort((a, b) => a.updatedAt - b.updatedAt);
}
