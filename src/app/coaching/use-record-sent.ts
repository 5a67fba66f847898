import { useState } from 'preact/hooks';
import type { CoachReviewRecord } from '../../db/reviews';
import { type RecordOutcome, recordSentReview } from '../../flows/coach-records';
import { useDevice } from '../device';
import { browserServer } from '../server-access';

/**
 * After the coach sent feedback (link) or made its file: record it for her account, if she signed
 * in here. The outcome is for `RecordedLine`; the review comes back with its record id to keep.
 */
export function useRecordSent(dataKey: CryptoKey) {
  const device = useDevice();
  const [outcome, setOutcome] = useState<RecordOutcome | null>(null);
  const record = async (review: CoachReviewRecord): Promise<CoachReviewRecord> => {
    const db = device.db.value;
    if (!db) return review;
    const result = await recordSentReview(db, dataKey, browserServer(), review);
    setOutcome(result.outcome);
    return result.review;
  };
  return { outcome, record };
}
