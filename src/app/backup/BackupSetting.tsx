import { useState } from 'preact/hooks';
import { lastBackup, unbackedUpChanges } from '../../db/backup';
import { readEnrolment } from '../../db/enrolment';
import type { RestoreReport } from '../../domain/packages/backup';
import { TextField } from '../components/TextField';
import { online } from '../connection';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { forgetSearchIndex } from '../search-session';
import { backupPassphrase, dataKey } from '../session';
import { useLive } from '../use-live';
import {
  type BackupProblem,
  type BackupWork,
  backUpToFile,
  backUpToServer,
  restoreFromFile,
  restoreFromServer,
} from './backup-session';

const WEEK_MS = 7 * 86_400_000;

/** Settings → Reservekopie: when the last backup was made, making one now, and restoring. */
export function BackupSetting() {
  const t = useMessages();
  const backupText = t.backup;
  const db = useDevice().db.value;
  const key = dataKey.value;
  const last = useLive(lastBackup, []);
  const enrolment = useLive(readEnrolment, []);
  const changes = useLive(
    async (database) => unbackedUpChanges(database, (await lastBackup(database))?.at ?? 0),
    [],
  );
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<BackupProblem | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);

  if (!db || last === undefined || changes === undefined) return null;
  const stale = (last === null || Date.now() - last.at > WEEK_MS) && changes > 0;
  const own = backupPassphrase();

  const run = async (kind: 'backup' | 'restore', work: BackupWork) => {
    setBusy(kind);
    setMessage(null);
    setProblem(null);
    const outcome = await work();
    setBusy(null);
    if (outcome.startsWith('ok:')) setMessage(outcome.slice(3));
    else setProblem(outcome as BackupProblem);
  };
  const reported = (report: RestoreReport) => {
    // Restored notes must be findable at once: the in-memory index is rebuilt on the next search.
    forgetSearchIndex();
    return `ok:${backupText.restored(
      report.added.conversations + report.updated.conversations,
      report.added.notes + report.updated.notes,
      report.keptNewerHere.conversations + report.keptNewerHere.notes,
    )}`;
  };

  return (
    <section class="card setting" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{backupText.heading}</h2>
      <p>{backupText.intro}</p>
      <p>
        {last
          ? backupText.last(formatMoment(last.at, language.value), backupText.where[last.where])
          : backupText.never}
      </p>
      {stale && <p class="warning">{last ? backupText.old(changes) : backupText.none(changes)}</p>}
      <p class="hint-line">{enrolment ? backupText.automatic : backupText.needsEnrolment}</p>
      {key && own && (
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            disabled={busy !== null || !enrolment || !online.value}
            onClick={() =>
              void run('backup', async () => {
                const outcome = await backUpToServer(db, key, own);
                return outcome.ok ? `ok:${backupText.made}` : outcome.problem;
              })
            }
          >
            {busy === 'backup' ? backupText.making : backupText.toServer}
          </button>
          <button
            type="button"
            class="button"
            disabled={busy !== null}
            onClick={() =>
              void run('backup', async () => {
                await backUpToFile(db, key, own);
                return `ok:${backupText.made}`;
              })
            }
          >
            {backupText.toFile}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {message && <p class="notice-line">{message}</p>}
        {problem && (
          <p class="warning" role="alert">
            {backupText.problems[problem]}
          </p>
        )}
      </div>
      {key && (
        <>
          <h3>{backupText.restoreHeading}</h3>
          <p>{backupText.restoreIntro}</p>
          <TextField
            id="restore-passphrase"
            type="password"
            autocomplete="off"
            label={backupText.restorePassphrase}
            value={passphrase}
            onValue={setPassphrase}
          />
          <div class="actions">
            <button
              type="button"
              class="button"
              disabled={busy !== null || passphrase === '' || !enrolment || !online.value}
              onClick={() =>
                void run('restore', async () => {
                  const outcome = await restoreFromServer(db, key, passphrase);
                  return outcome.ok ? reported(outcome.value) : outcome.problem;
                })
              }
            >
              {busy === 'restore' ? backupText.restoring : backupText.restoreFromServer}
            </button>
          </div>
          <div class="field">
            <label for="restore-file">{backupText.restoreFile}</label>
            <input
              id="restore-file"
              type="file"
              accept=".buurtgesprek,application/json"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <button
            type="button"
            class="button"
            disabled={busy !== null || passphrase === '' || !file}
            onClick={() =>
              void run('restore', async () => {
                if (!file) return 'malformed';
                const outcome = await restoreFromFile(db, key, passphrase, file);
                return outcome.ok ? reported(outcome.value) : outcome.problem;
              })
            }
          >
            {backupText.restoreFromFile}
          </button>
        </>
      )}
    </section>
  );
}
