import { restoreDevice } from '../db/backup';
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
import { type BlobProblem, fetchBackup } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Restoring a backup: opened with the passphrase, merged by id and revision, encrypted with this
 * device's data key before anything is written. What is newer here stays; a conversation whose
 * resident withdrew consent never comes back (db/backup.ts).
 */

export type RestoreProblem = BlobProblem | PackageProblem;
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

/** The newest server backup made with this passphrase in this device's area. */
export async function restoreFromServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  server: ServerAccess,
): Promise<RestoreResult> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const lookupId = await backupLookupId(passphrase, enrolment.area.id);
  const answer = await fetchBackup(server.client, enrolment.deviceToken, lookupId, server.isOnline);
  if (!answer.ok) return answer;
  return restoreEnvelope(db, key, passphrase, () => answer.value.package);
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
