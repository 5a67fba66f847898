import type { BuurtgesprekDatabase } from '../db/database';
import { storeFileFeedback } from '../db/reviews';
import {
  envelopeFromFile,
  openWithPassphrase,
  PackageError,
  type PackageProblem,
} from '../domain/packages/envelope';
import { parseReviewFeedback } from '../domain/packages/review';

/**
 * The interviewer reads in a coach's feedback file on the conversation it is about. It opens only
 * with the password the review file was made with, and only on the conversation that review came
 * from; then it is kept sealed with the data key and shown like feedback that came through the
 * server. Nothing of a file that is refused is stored.
 */

export type ImportFeedbackProblem = PackageProblem | 'wrong-conversation';

export type ImportFeedbackResult =
  /** `stored` false: this file, or a newer one for the same review, was read in before. */
  { ok: true; stored: boolean } | { ok: false; problem: ImportFeedbackProblem };

export async function importFeedbackFile(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  conversationId: string,
  fileText: string,
  password: string,
): Promise<ImportFeedbackResult> {
  try {
    const feedback = await openWithPassphrase(
      'feedback',
      envelopeFromFile(fileText),
      password,
      parseReviewFeedback,
    );
    // Feedback sent through the server names no review: it cannot have come as a file.
    if (!feedback.review) return { ok: false, problem: 'malformed' };
    if (feedback.review.conversationId !== conversationId) {
      return { ok: false, problem: 'wrong-conversation' };
    }
    const kept = await storeFileFeedback(db, dataKey, feedback.review, feedback);
    if (kept === 'no-conversation') return { ok: false, problem: 'wrong-conversation' };
    return { ok: true, stored: kept === 'stored' };
  } catch (error) {
    if (error instanceof PackageError) return { ok: false, problem: error.problem };
    throw error;
  }
}
