import { fileReviewId } from '../domain/packages/review';
import type { BuurtgesprekDatabase } from './database';

/**
 * Whether a conversation waits for a coach's feedback, read from the clear fields of `shares` only,
 * so showing "waiting" decrypts nothing. Two kinds of review wait: one shared through the server,
 * until its feedback comes or the server no longer keeps it; and one handed over as a file, kept
 * as a share row without secrets, so nothing ever asks the server about it or withdraws it there.
 */

export interface AwaitingFeedback {
  /** Shares the server keeps that have no feedback yet. */
  online: number;
  /** Review files handed over whose feedback file was not read in yet. */
  file: number;
}

export async function reviewsAwaitingFeedback(
  db: BuurtgesprekDatabase,
  conversationId: string,
  now: number,
): Promise<AwaitingFeedback> {
  const open = await db.shares
    .where('conversationId')
    .equals(conversationId)
    .filter((record) => record.feedback === null)
    .toArray();
  return {
    online: open.filter((record) => record.secrets !== null && record.expiresAt > now).length,
    file: open.filter((record) => record.secrets === null).length,
  };
}

/**
 * A review was handed over as a file: its conversation waits for the feedback file. The row has
 * the id the feedback file will name (`fileReviewId`), so reading that file in fills it and the wait
 * ends; it expired at once, like feedback read in from a file, so no pick-up ever asks the server.
 * Nothing is kept for a conversation no longer here.
 */
export async function awaitFeedbackFile(
  db: BuurtgesprekDatabase,
  review: { conversationId: string; sharedAt: number },
): Promise<void> {
  await db.transaction('rw', db.shares, db.conversations, async () => {
    if (!(await db.conversations.get(review.conversationId))) return;
    await db.shares.put({
      shareId: fileReviewId(review),
      conversationId: review.conversationId,
      createdAt: review.sharedAt,
      expiresAt: 0,
      secrets: null,
      feedback: null,
      feedbackAt: null,
      feedbackSeenAt: null,
    });
  });
}

/** The interviewer stops waiting for a feedback file: the conversation no longer shows it. */
export async function stopAwaitingFeedbackFiles(
  db: BuurtgesprekDatabase,
  conversationId: string,
): Promise<void> {
  await db.shares
    .where('conversationId')
    .equals(conversationId)
    .filter((record) => record.secrets === null && record.feedback === null)
    .delete();
}
