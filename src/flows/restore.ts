import { restoreDevice } from '../db/backup';
import { storeRecoveryCode } from '../db/backup-slot';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { parseDeviceBackup, type RestoreReport } from '../domain/packages/backup';
import {
  backupLookupId,
  type Envelope,
  envelopeFromFile,
  openWithPassphrase,
  PackageError,
  type PackageProblem,
} from '../domain/packages/envelope';
import { backupSecret, backupSlotId, normaliseRecoveryCode } from '../domain/packages/recovery-code';
import { type BlobProblem, fetchBackup } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Restoring a backup: opened with the passphrase, merged by id and revision, encrypted with this
 * device's data key before anything is written. What is newer here stays; a conversation whose
 * resident withdrew consent never comes back (db/backup.ts).
 */

export type RestoreProblem = BlobProblem | PackageProblem | 'no-recovery-code';
export type RestoreResult = { ok: true; report: RestoreReport } | { ok: false; problem: RestoreProblem };

async function restoreEnvelope(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  envelope: () => Envelope,
): Promise<RestoreResult> {
  try {
    const backup = await openWithPassphrase('backup', envelope(), passphrase, parseDeviceBackup);
    return { ok: true, report: await restoreDevice(db, key, backup) };
  } catch (error) {
    if (error instanceof PackageError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * What finds and opens a server backup: the recovery code (every backup made since codes exist),
 * or, for a backup of the old scheme, the passphrase it was made with.
 */
export type ServerBackupSecret = { recoveryCode: string } | { passphrase: string };

/**
 * The newest server backup of this recovery code (or, old scheme, of this passphrase in this
 * device's area). Restoring with a code also keeps the code here: this device's next backups go to
 * the same slot, and become this device's.
 */
export async function restoreFromServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  secret: ServerBackupSecret,
  server: ServerAccess,
): Promise<RestoreResult> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  let lookupId: string;
  let opener: string;
  let code: string | null = null;
  if ('recoveryCode' in secret) {
    code = normaliseRecoveryCode(secret.recoveryCode);
    if (!code) return { ok: false, problem: 'unknown' };
    lookupId = await backupSlotId(code);
    opener = backupSecret(code);
  } else {
    lookupId = await backupLookupId(secret.passphrase, enrolment.area.id);
    opener = secret.passphrase;
  }
  const answer = await fetchBackup(server.client, enrolment.deviceToken, lookupId, server.isOnline);
  if (!answer.ok) return answer;
  const result = await restoreEnvelope(db, key, opener, () => answer.value.package);
  if (result.ok && code) await storeRecoveryCode(db, key, code);
  return result;
}

/** A backup file's text, as read from the file the interviewer picked. */
export async function restoreFromFile(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  fileText: string,
): Promise<RestoreResult> {
  return restoreEnvelope(db, key, passphrase, () => envelopeFromFile(fileText));
}
