import { exportDevice, recordBackup } from '../db/backup';
import { backupPruneDueSince, backupPruned, readRecoveryCode, storeRecoveryCode } from '../db/backup-slot';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { backupLookupId, envelopeToFile, sealWithPassphrase } from '../domain/packages/envelope';
import {
  backupSecret,
  backupSlotId,
  newRecoveryCode,
  normaliseRecoveryCode,
} from '../domain/packages/recovery-code';
import { type BlobProblem, deleteBackup, uploadBackup } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Backing up: everything on this device, decrypted and sealed again, to the server or to a file.
 *
 * On the server a backup lives in a slot found by the recovery code (domain/packages/recovery-code),
 * never by anything guessable; it is sealed with a key from that code, which is kept here only
 * sealed with the data key. After a resident withdrew consent, the next backup asks the server to
 * delete every older version (of the slot, and any this device wrote elsewhere), so none still
 * holds the erased conversation; and the slot of the old scheme (derived from the passphrase and
 * the area) is deleted whenever the passphrase is at hand.
 */

export type BackupProblem = BlobProblem | 'no-recovery-code';

/**
 * Sets up server backups: a fresh recovery code, kept here sealed, returned once for the
 * interviewer to write down or print. A code made before is replaced (its slot is then left to
 * the pruning after a withdrawal, or deleted by an administrator).
 */
export async function setUpServerBackup(db: BuurtgesprekDatabase, key: CryptoKey): Promise<string> {
  const code = newRecoveryCode();
  await storeRecoveryCode(db, key, normaliseRecoveryCode(code) ?? '');
  return code;
}

export async function backUpToServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  server: ServerAccess,
  options: { now?: number; passphrase?: string | null } = {},
): Promise<{ ok: true } | { ok: false; problem: BackupProblem }> {
  const now = options.now ?? Date.now();
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const code = await readRecoveryCode(db, key);
  if (!code) return { ok: false, problem: 'no-recovery-code' };
  const pruneSince = await backupPruneDueSince(db);
  const [envelope, slotId] = await Promise.all([
    exportDevice(db, key, now).then((backup) => sealWithPassphrase('backup', backup, backupSecret(code))),
    backupSlotId(code),
  ]);
  const answer = await uploadBackup(
    server.client,
    enrolment.deviceToken,
    slotId,
    envelope,
    server.isOnline,
    pruneSince !== null,
  );
  if (!answer.ok) return answer;
  await recordBackup(db, 'server', now);
  if (pruneSince !== null) await backupPruned(db, now);
  if (options.passphrase) {
    // Best effort: the old slot is one a guessed passphrase would find; a failure is retried next time.
    const legacy = await backupLookupId(options.passphrase, enrolment.area.id);
    await deleteBackup(server.client, enrolment.deviceToken, legacy, server.isOnline);
  }
  return { ok: true };
}

/** The backup as a file to save (sealed with the passphrase); it counts as made once handed over. */
export async function backUpToFile(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  now: number = Date.now(),
): Promise<{ fileName: string; content: string }> {
  const envelope = await sealWithPassphrase('backup', await exportDevice(db, key, now), passphrase);
  const day = new Date(now).toISOString().slice(0, 10);
  await recordBackup(db, 'file', now);
  return { fileName: `buurtgesprek-reservekopie-${day}.buurtgesprek`, content: envelopeToFile(envelope) };
}
