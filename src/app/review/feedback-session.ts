import type { BuurtgesprekDatabase } from '../../db/database';
import { sharesToAsk } from '../../db/fetched-feedback';
import { pickUpFeedback } from '../../flows/pick-up-feedback';
import { FEEDBACK_SYNC_TAG } from '../../sync/background-sync';
import { online } from '../connection';
import { browserServer } from '../server-access';
import { dataKey } from '../session';
import { keepPeriodicSync, requestBackgroundSync } from '../worker-wake';

const EVERY_MS = 5 * 60_000;

let running: Promise<unknown> | null = null;

/**
 * Brings in coach feedback now, when unlocked: what the service worker fetched opens even
 * offline, and online the server is asked. One round at a time: opening the list and then a
 * conversation while a round runs joins that round.
 */
export function checkFeedbackNow(db: BuurtgesprekDatabase): Promise<unknown> {
  const key = dataKey.value;
  if (!key) return Promise.resolve();
  running ??= pickUpFeedback(db, key, browserServer())
    .then(() => wakeWorkerForFeedback(db))
    .catch((error) => console.warn(error))
    .finally(() => {
      running = null;
    });
  return running;
}

/**
 * While a review waits at the server, the worker asks for its feedback too: once the connection
 * is back, and now and then where the browser allows it, so the feedback is on the device at
 * the next unlock, with or without a connection then.
 */
async function wakeWorkerForFeedback(db: BuurtgesprekDatabase): Promise<void> {
  const waiting = (await sharesToAsk(db, Date.now())).length > 0;
  if (waiting && !online.value) await requestBackgroundSync(FEEDBACK_SYNC_TAG);
  await keepPeriodicSync(FEEDBACK_SYNC_TAG, waiting);
}

/**
 * Coach feedback is brought in while unlocked: on unlock, on reconnect, whenever the
 * conversation list or a shared conversation opens (screens call `checkFeedbackNow`), and every
 * few minutes.
 */
export function watchFeedback(db: BuurtgesprekDatabase): void {
  const run = () => void checkFeedbackNow(db);
  dataKey.subscribe(run);
  online.subscribe(run);
  setInterval(run, EVERY_MS);
}
