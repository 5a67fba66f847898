import type { BuurtgesprekDatabase } from '../../db/database';
import { pickUpFeedback } from '../../flows/pick-up-feedback';
import { online } from '../connection';
import { browserServer } from '../server-access';
import { dataKey } from '../session';

const EVERY_MS = 5 * 60_000;

/** Coach feedback is picked up while unlocked and online: on unlock, on reconnect, and every few minutes. */
export function watchFeedback(db: BuurtgesprekDatabase): void {
  const run = () => {
    const key = dataKey.value;
    if (key && online.value) {
      void pickUpFeedback(db, key, browserServer()).catch((error) => console.warn(error));
    }
  };
  dataKey.subscribe(run);
  online.subscribe(run);
  setInterval(run, EVERY_MS);
}
