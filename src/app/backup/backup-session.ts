import { lastBackup } from '../../db/backup';
import { conversationCount } from '../../db/conversations';
import type { BuurtgesprekDatabase } from '../../db/database';
import { readEnrolment } from '../../db/enrolment';
import { backUpToServer } from '../../flows/back-up';
import { online } from '../connection';
import { browserServer } from '../server-access';
import { backupPassphrase, dataKey } from '../session';

const DAY_MS = 86_400_000;

/** Once a day, while unlocked and online, the device backs itself up to the server. */
export function watchBackups(db: BuurtgesprekDatabase): void {
  let running = false;
  const run = async () => {
    const key = dataKey.value;
    const passphrase = backupPassphrase();
    if (running || !key || !passphrase || !online.value) return;
    const last = await lastBackup(db);
    if (last && last.where === 'server' && Date.now() - last.at < DAY_MS) return;
    if (!(await readEnrolment(db))) return;
    // A new device with nothing on it must not become the newest backup before it was restored.
    if ((await conversationCount(db)) === 0) return;
    running = true;
    try {
      await backUpToServer(db, key, passphrase, browserServer());
    } catch (error) {
      console.warn('daily backup failed', error);
    } finally {
      running = false;
    }
  };
  dataKey.subscribe(() => void run());
  online.subscribe(() => void run());
  // Often enough that a device unlocked all day makes its daily backup soon after the first conversation.
  setInterval(() => void run(), 10 * 60_000);
}
