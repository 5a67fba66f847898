import { lastBackup } from '../../db/backup';
import { backupPruneDueSince, hasRecoveryCode } from '../../db/backup-slot';
import { conversationCount } from '../../db/conversations';
import type { BuurtgesprekDatabase } from '../../db/database';
import { readEnrolment } from '../../db/enrolment';
import { backUpToServer } from '../../flows/back-up';
import { online } from '../connection';
import { browserServer } from '../server-access';
import { backupPassphrase, dataKey } from '../session';

const DAY_MS = 86_400_000;
let runNow: (() => void) | null = null;

/**
 * Once a day, while unlocked and online, the device backs itself up to the server (once backups
 * are set up with a recovery code). Right after a withdrawal it does so at once, and the server
 * then deletes every older version, which still holds the erased conversation.
 */
export function watchBackups(db: BuurtgesprekDatabase): void {
  let running = false;
  const run = async () => {
    const key = dataKey.value;
    if (running || !key || !online.value) return;
    if (!(await hasRecoveryCode(db)) || !(await readEnrolment(db))) return;
    const pruneDue = (await backupPruneDueSince(db)) !== null;
    if (!pruneDue) {
      const last = await lastBackup(db);
      if (last && last.where === 'server' && Date.now() - last.at < DAY_MS) return;
      // A new device with nothing on it must not become the newest backup before it was restored.
      if ((await conversationCount(db)) === 0) return;
    }
    running = true;
    try {
      await backUpToServer(db, key, browserServer(), { passphrase: backupPassphrase() });
    } catch (error) {
      console.warn('backup failed', error);
    } finally {
      running = false;
    }
  };
  runNow = () => void run();
  dataKey.subscribe(() => void run());
  online.subscribe(() => void run());
  // Often enough that a device unlocked all day makes its daily backup soon after the first conversation.
  setInterval(() => void run(), 10 * 60_000);
}

/** After a withdrawal: back up now (when unlocked and online), so older versions go at once. */
export function backUpSoon(): void {
  runNow?.();
}
