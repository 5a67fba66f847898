import { currentFeedback, type ReviewFeedback } from '../domain/packages/feedback';
import type { BuurtgesprekDatabase } from './database';
import { unseal } from './sealed-box';

// Apart from reviews.ts, which the first download holds for the feedback badge: only the
// interviewer's trend screen reads this.
/**
 * All feedback received on this device, each with when it came, for the interviewer's own trend.
 * Only what is answered counts there, but the feedback is opened whole: it is sealed as one.
 */
export async function receivedFeedback(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
): Promise<{ at: number; feedback: ReviewFeedback }[]> {
  const records = await db.shares.filter((record) => record.feedback !== null).toArray();
  const received = records.flatMap((record) =>
    record.feedback ? [{ record, sealed: record.feedback }] : [],
  );
  return Promise.all(
    received.map(async ({ record, sealed }) => {
      const feedback = currentFeedback(
        await unseal<ReviewFeedback>(dataKey, sealed, 'shares.feedback', record.shareId),
      );
      return { at: record.feedbackAt ?? feedback.sentAt, feedback };
    }),
  );
}
