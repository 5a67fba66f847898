import type { BuurtgesprekDatabase } from '../../db/database';
import { pickUpFeedback } from '../../flows/pick-up-feedback';
import { online } from '../connection';
import { browserServer } from '../server-access';
import { dataKey } from '../session';

const EVERY_MS = 5 * 60_000;

let running: Promise<unknown> | null = null;

/**
 * Asks the server for coach feedback now, when unlocked and online. One request round at a time:
 * opening the list and then a conversation while a round runs joins that round.
 */
export function checkFeedbackNow(db: BuurtgesprekDatabase): Promise<unknown> {
  const key = dataKey.value;
  if (!key || !online.value) return Promise.resolve();
  running ??= pickUpFeedback(db, key, browserServer())
    .catch((error) => console.warn(error))
    .finally(() => {
      running = null;
    });
  return running;
}

/**
 * Coach feedback is picked up while unlocked and online: on unlock, on reconnect, whenever the
 * conversation list or a shared conversation opens (screens call `checkFeedbackNow`), and every
 * few minutes.
 */
export function watchFeedback(db: BuurtgesprekDatabase): void {
  const run = () => void checkFeedbackNow(db);
  dataKey.subscribe(run);
  online.subscribe(run);
  setInterval(run, EVERY_MS);
}
