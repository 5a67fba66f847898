import { exportDevice, lastBackup, recordBackup, restoreDevice } from '../../db/backup';
import { conversationCount } from '../../db/conversations';
import type { BuurtgesprekDatabase } from '../../db/database';
import { readEnrolment } from '../../db/enrolment';
import { parseDeviceBackup, type RestoreReport } from '../../domain/packages/backup';
import {
  backupLookupId,
  type Envelope,
  envelopeFromFile,
  envelopeToFile,
  openWithPassphrase,
  PackageError,
  type PackageProblem,
  sealWithPassphrase,
} from '../../domain/packages/envelope';
import { sameOrigin } from '../../sync/api';
import { type BlobProblem, fetchBackup, uploadBackup } from '../../sync/blobs';
import { online } from '../connection';
import { download } from '../download';
import { backupPassphrase, dataKey } from '../session';

export type BackupProblem = BlobProblem | PackageProblem;
export type BackupOutcome<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

const DAY_MS = 86_400_000;

/** What a backup or restore button does: a message to show (prefixed "ok:") or the problem that stopped it. */
export type BackupWork = () => Promise<string>;

function problemOf(error: unknown): BackupProblem {
  if (error instanceof PackageError) return error.problem;
  throw error;
}

async function sealedBackup(db: BuurtgesprekDatabase, key: CryptoKey, passphrase: string): Promise<Envelope> {
  return sealWithPassphrase('backup', await exportDevice(db, key, Date.now()), passphrase);
}

/** Everything on this device, encrypted with the passphrase, to the server (ciphertext only). */
export async function backUpToServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
): Promise<BackupOutcome<null>> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const [envelope, lookupId] = await Promise.all([
    sealedBackup(db, key, passphrase),
    backupLookupId(passphrase, enrolment.area.id),
  ]);
  const answer = await uploadBackup(
    sameOrigin(),
    enrolment.deviceToken,
    lookupId,
    envelope,
    () => navigator.onLine,
  );
  if (!answer.ok) return answer;
  await recordBackup(db, 'server', Date.now());
  return { ok: true, value: null };
}

export async function backUpToFile(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
): Promise<void> {
  const envelope = await sealedBackup(db, key, passphrase);
  const day = new Date().toISOString().slice(0, 10);
  download(`buurtgesprek-reservekopie-${day}.buurtgesprek`, 'application/json', envelopeToFile(envelope));
  await recordBackup(db, 'file', Date.now());
}

/** Restores the newest server backup made with this passphrase in this device's area. */
export async function restoreFromServer(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
): Promise<BackupOutcome<RestoreReport>> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const lookupId = await backupLookupId(passphrase, enrolment.area.id);
  const answer = await fetchBackup(sameOrigin(), enrolment.deviceToken, lookupId, () => navigator.onLine);
  if (!answer.ok) return answer;
  try {
    const backup = await openWithPassphrase('backup', answer.value.package, passphrase, parseDeviceBackup);
    return { ok: true, value: await restoreDevice(db, key, backup) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

export async function restoreFromFile(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  passphrase: string,
  file: File,
): Promise<BackupOutcome<RestoreReport>> {
  try {
    const envelope = envelopeFromFile(await file.text());
    const backup = await openWithPassphrase('backup', envelope, passphrase, parseDeviceBackup);
    return { ok: true, value: await restoreDevice(db, key, backup) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

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
      await backUpToServer(db, key, passphrase);
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
