import { exportDevice, recordBackup } from '../db/backup';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import {
  backupLookupId,
  type Envelope,
  envelopeToFile,
  sealWithPassphrase,
} from '../domain/packages/envelope';
import { type BlobProblem, uploadBackup } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Backing up: everything on this device, decrypted and sealed again under a key derived from the
 * passphrase, to the server (which stores ciphertext under an id derived from the passphrase and
 * the area) or to a file. The passphrase never leaves the device.
 */

async function sealedBackup(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  now: number,
): Promise<Envelope> {
  return sealWithPassphrase('backup', await exportDevice(db, key, now), passphrase);
}

export async function backUpToServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  server: ServerAccess,
  now: number = Date.now(),
): Promise<{ ok: true } | { ok: false; problem: BlobProblem }> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const [envelope, lookupId] = await Promise.all([
    sealedBackup(db, key, passphrase, now),
    backupLookupId(passphrase, enrolment.area.id),
  ]);
  const answer = await uploadBackup(
    server.client,
    enrolment.deviceToken,
    lookupId,
    envelope,
    server.isOnline,
  );
  if (!answer.ok) return answer;
  await recordBackup(db, 'server', now);
  return { ok: true };
}

/** The backup as a file to save; it counts as made once the file is handed over. */
export async function backUpToFile(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  now: number = Date.now(),
): Promise<{ fileName: string; content: string }> {
  const envelope = await sealedBackup(db, key, passphrase, now);
  const day = new Date(now).toISOString().slice(0, 10);
  await recordBackup(db, 'file', now);
  return { fileName: `buurtgesprek-reservekopie-${day}.buurtgesprek`, content: envelopeToFile(envelope) };
}
