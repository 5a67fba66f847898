import type { BuurtgesprekDatabase } from './database';
import { type Sealed, seal, unseal } from './sealed-box';

/**
 * Where this device's server backup lives: the recovery code (sealed with the data key, so a
 * stolen, locked device does not give it away), and whether older backup versions must go at the
 * next backup because a resident withdrew consent since. Neither travels in a backup.
 */

const RECOVERY_CODE = 'backupRecoveryCode';
const PRUNE_DUE = 'backupPruneDueSince';

export async function storeRecoveryCode(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  normalisedCode: string,
): Promise<void> {
  await db.settings.put({
    key: RECOVERY_CODE,
    value: await seal(dataKey, normalisedCode, 'settings', RECOVERY_CODE),
  });
}

export async function readRecoveryCode(db: BuurtgesprekDatabase, dataKey: CryptoKey): Promise<string | null> {
  const sealed = (await db.settings.get(RECOVERY_CODE))?.value as Sealed | undefined;
  return sealed ? unseal<string>(dataKey, sealed, 'settings', RECOVERY_CODE) : null;
}

/** Whether backups are set up here; needs no unlock. */
export async function hasRecoveryCode(db: BuurtgesprekDatabase): Promise<boolean> {
  return (await db.settings.get(RECOVERY_CODE)) !== undefined;
}

/** Since when older backup versions must be deleted, or null when none must. */
export async function backupPruneDueSince(db: BuurtgesprekDatabase): Promise<number | null> {
  const value = (await db.settings.get(PRUNE_DUE))?.value;
  return typeof value === 'number' ? value : null;
}

/** A backup made from the state at `madeAt` pruned the older versions; a withdrawal after it stays due. */
export async function backupPruned(db: BuurtgesprekDatabase, madeAt: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const since = await backupPruneDueSince(db);
    if (since !== null && since <= madeAt) await db.settings.delete(PRUNE_DUE);
  });
}

export const BACKUP_PRUNE_DUE_KEY = PRUNE_DUE;
