import type { BuurtgesprekDatabase } from '../db/database';
import { keepFetchedFeedback, sharesToAsk } from '../db/fetched-feedback';
import type { ServerClient } from './api';
import { fetchShare } from './blobs';

export interface FeedbackFetched {
  /** How many shares brought feedback newer than this device had. */
  kept: number;
  /** Some share could not be asked for want of a network or a working server: worth another try. */
  waitsForNetwork: boolean;
}

/**
 * Asks the server about each share it still keeps and keeps newer feedback as it came: sealed
 * with the link key, which only the unlocked page can unseal. It needs no data key, so the service
 * worker runs it too, while the notes are locked; the page opens what it kept (flows/pick-up-feedback).
 */
export async function fetchFeedback(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  isOnline: () => boolean = () => true,
  now: number = Date.now(),
): Promise<FeedbackFetched> {
  let kept = 0;
  let waitsForNetwork = false;
  for (const share of await sharesToAsk(db, now)) {
    const answer = await fetchShare(client, share.shareId, isOnline);
    if (!answer.ok) {
      const { problem } = answer;
      if (problem === 'offline' || problem === 'server-unreachable' || problem === 'server-error')
        waitsForNetwork = true;
      continue;
    }
    const { feedback } = answer.value;
    if (!feedback) continue;
    const feedbackAt = Date.parse(answer.value.feedbackAt ?? '') || now;
    if (share.knownAt !== null && share.knownAt >= feedbackAt) continue;
    if (await keepFetchedFeedback(db, share.shareId, feedback, feedbackAt)) kept++;
  }
  return { kept, waitsForNetwork };
}
