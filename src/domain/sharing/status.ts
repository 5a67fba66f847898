import type { Conversation } from '../conversation';

/**
 * Sharing a completed conversation with the area team: what the interviewer decided about its
 * summary, and the status they see per conversation. The encoder is in ./encode.ts, apart, because
 * it carries the anonymiser and its word lists, which screens showing a status do not need.
 */

/** Why the outbox could not deliver, as codes the UI puts in plain words. */
export const SYNC_PROBLEMS = [
  'offline',
  'server-unreachable',
  'server-error',
  'busy',
  'not-enrolled',
  'device-unknown',
  'device-revoked',
  'wrong-area',
  'rejected',
  // The summary names a guide of this device that the area has not published (yet): it waits,
  // and goes once a proposal of that guide is published under the same id and version.
  'guide-not-published',
] as const;

export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

export function isSyncProblem(candidate: unknown): candidate is SyncProblem {
  return (SYNC_PROBLEMS as readonly unknown[]).includes(candidate);
}

/** The interviewer's decision about a conversation's summary, kept per conversation. */
export interface SharingDecision {
  conversationId: string;
  /** Random UUID (v4) made at the first decision and kept: a correction sends the same id, a new revision. */
  summaryId: string;
  /** The conversation revision the decision is about. */
  revision: number;
  decision: 'approved' | 'held-back';
  decidedAt: number;
  /** The highest revision the server acknowledged; 0 before the first. */
  sentRevision: number;
  sentAt: number | null;
}

/**
 * Only a completed conversation whose resident agreed to anonymised use ever gets a summary; a
 * practice conversation never does, whatever else it holds.
 */
export function mayShare(conversation: Pick<Conversation, 'status' | 'consent' | 'practice'>): boolean {
  return (
    conversation.status === 'completed' &&
    conversation.consent?.themesAndValues === true &&
    conversation.practice === undefined
  );
}

/** Where a conversation's summary stands, as the interviewer sees it. */
export type SharingStatus =
  /** Not completed, or the resident did not agree: nothing is shared. */
  | { kind: 'not-shared' }
  /** Completed; the interviewer has not yet looked at what would be sent. */
  | { kind: 'to-check' }
  | { kind: 'held-back' }
  | { kind: 'waiting' }
  /** Still in the outbox and tried again later; there is no last try. */
  | { kind: 'failed'; problem: SyncProblem; nextTryAt: number }
  | { kind: 'sent'; sentAt: number | null; revision: number };

export interface WaitingEntry {
  lastError: string | null;
  nextAttemptAt: number;
}

export function sharingStatus(
  conversation: Pick<Conversation, 'status' | 'consent' | 'revision' | 'practice'>,
  decision: SharingDecision | undefined,
  waiting: WaitingEntry | undefined,
): SharingStatus {
  if (waiting) {
    return waiting.lastError === null
      ? { kind: 'waiting' }
      : {
          kind: 'failed',
          problem: isSyncProblem(waiting.lastError) ? waiting.lastError : 'server-error',
          nextTryAt: waiting.nextAttemptAt,
        };
  }
  const sent = decision && decision.sentRevision > 0;
  if (!mayShare(conversation)) {
    // Being corrected after it was sent: what the area team has is the last revision sent.
    return sent
      ? { kind: 'sent', sentAt: decision.sentAt, revision: decision.sentRevision }
      : { kind: 'not-shared' };
  }
  if (!decision || decision.revision < conversation.revision) return { kind: 'to-check' };
  if (decision.decision === 'held-back') return { kind: 'held-back' };
  if (sent && decision.sentRevision >= decision.revision) {
    return { kind: 'sent', sentAt: decision.sentAt, revision: decision.sentRevision };
  }
  // Approved and no longer in the outbox, yet not acknowledged: only when the outbox was lost.
  return { kind: 'to-check' };
}
