import { changeCoachConsent } from '../domain/conversation';
import { isFileReviewId } from '../domain/packages/review';
import type { BuurtgesprekDatabase } from './database';
import { queueShareWithdrawals } from './share-withdrawals';

/** What withdrawing consent point (d) did to the reviews of the conversation. */
export interface CoachConsentWithdrawn {
  /** Shares the server will delete at the next drain; the coach's app then erases its copy. */
  withdrawn: number;
  /**
   * Reviews of it handed over as a file (waiting for feedback or answered): no app can call a file
   * back, so the interviewer is told to ask the coach.
   */
  files: number;
}

/**
 * The resident withdraws consent point (d), in one transaction: the conversation stores
 * `coachReview: false` (a clear field: nothing is sealed again), every share the server was given
 * is queued for deletion there, and no share row is left that a pick-up would ask the server about
 * or that shows the conversation as waiting. Feedback that already came back stays, as feedback
 * read in from a file does (no secrets, never asked for again): it is the interviewer's, about her
 * technique. Open what the service worker fetched before (`openFetched`): a fetched package only
 * the link key opens, and the kept row no longer has it. Returns null when the conversation is gone or has no consent to change (practice).
 */
export async function withdrawCoachConsentHere(
  db: BuurtgesprekDatabase,
  conversationId: string,
  now: number,
): Promise<CoachConsentWithdrawn | null> {
  return db.transaction('rw', [db.conversations, db.shares, db.shareWithdrawals], async () => {
    const record = await db.conversations.get(conversationId);
    if (!record?.consent) return null;
    await db.conversations.put(changeCoachConsent(record, false, now));
    const withdrawn = await queueShareWithdrawals(db, conversationId, now);
    let files = 0;
    for (const share of await db.shares.where('conversationId').equals(conversationId).toArray()) {
      // Not every row without secrets is a file: a share (d) withdrew before keeps its feedback so.
      if (!share.secrets && isFileReviewId(share.shareId)) files++;
      if (!share.feedback) await db.shares.delete(share.shareId);
      else if (share.secrets) await db.shares.put({ ...share, secrets: null, expiresAt: 0, fetched: null });
    }
    return { withdrawn: withdrawn.length, files };
  });
}
