import type { BuurtgesprekDatabase } from '../db/database';
import { dueShareWithdrawals, shareWithdrawalDone, shareWithdrawalFailed } from '../db/share-withdrawals';
import type { SyncProblem } from '../domain/sharing/status';
import { REQUEST_TIMEOUT_MS, readApiError, refusalProblem, type ServerClient } from './api';

/**
 * Deletes, at the server, the shares of conversations whose resident withdrew consent: the device
 * that made a share proves it with its token. Each id leaves the queue once the server deleted the
 * share (204) or never knew it (404: purged long ago). A share this device may not withdraw (403)
 * waits and is tried again later; trouble with the device or the connection stops the run.
 */
export async function sendShareWithdrawals(options: {
  db: BuurtgesprekDatabase;
  client: ServerClient;
  deviceToken: string;
  now: () => number;
  random: () => number;
  isOnline: () => boolean;
}): Promise<SyncProblem | null> {
  const { db, client, deviceToken, now, random, isOnline } = options;
  for (const { shareId } of await dueShareWithdrawals(db, now())) {
    let problem: SyncProblem;
    try {
      const response = await client.fetch(
        `${client.baseUrl}/api/shares/${encodeURIComponent(shareId)}/withdrawal`,
        {
          method: 'PUT',
          headers: { authorization: `Bearer ${deviceToken}` },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        },
      );
      if (response.ok || response.status === 404) {
        await shareWithdrawalDone(db, shareId);
        continue;
      }
      problem = refusalProblem(response, (await readApiError(response)).code);
    } catch {
      problem = isOnline() ? 'server-unreachable' : 'offline';
    }
    await shareWithdrawalFailed(db, shareId, problem, now(), random);
    if (problem !== 'wrong-area') return problem;
  }
  return null;
}
