import { useState } from 'preact/hooks';
import { lastBackup, unbackedUpChanges } from '../../db/backup';
import { hasRecoveryCode } from '../../db/backup-slot';
import { readEnrolment } from '../../db/enrolment';
import { backUpToFile, backUpToServer } from '../../flows/back-up';
import type { RestoreProblem } from '../../flows/restore';
import { online } from '../connection';
import { useDevice } from '../device';
import { download } from '../download';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { backupPassphrase, dataKey } from '../session';
import { useLive } from '../use-live';
import type { BackupWork } from './backup-work';
import { PracticeBackupChoice } from './PracticeBackupChoice';
import { RecoveryCodeSetup } from './RecoveryCodeSetup';
import { RestoreBackup } from './RestoreBackup';

const WEEK_MS = 7 * 86_400_000;

/** Settings → Reservekopie: when the last backup was made, making one now, and restoring. */
export function BackupSetting() {
  const t = useMessages();
  const backupText = t.backup;
  const db = useDevice().db.value;
  const key = dataKey.value;
  const last = useLive(lastBackup, []);
  const enrolment = useLive(readEnrolment, []);
  const hasCode = useLive(hasRecoveryCode, []);
  const changes = useLive(
    async (database) => unbackedUpChanges(database, (await lastBackup(database))?.at ?? 0),
    [],
  );
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<RestoreProblem | null>(null);

  if (!db || last === undefined || changes === undefined) return null;
  const stale = (last === null || Date.now() - last.at > WEEK_MS) && changes > 0;
  const own = backupPassphrase();

  const run = async (kind: 'backup' | 'restore', work: BackupWork) => {
    setBusy(kind);
    setMessage(null);
    setProblem(null);
    const outcome = await work();
    setBusy(null);
    if (outcome.ok) setMessage(outcome.message);
    else setProblem(outcome.problem);
  };
  const made = { ok: true as const, message: backupText.made };

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
      {key && !own && <p class="hint-line">{backupText.waitsForPassphrase}</p>}
      {key && enrolment && <RecoveryCodeSetup db={db} dataKey={key} hasCode={!!hasCode} />}
      <PracticeBackupChoice />
      {key && (
        <div class="actions">
          {hasCode && (
            <button
              type="button"
              class="button button-primary"
              disabled={busy !== null || !enrolment || !online.value}
              onClick={() =>
                void run('backup', async () => {
                  const outcome = await backUpToServer(db, key, browserServer(), { passphrase: own });
                  return outcome.ok ? made : outcome;
                })
              }
            >
              {busy === 'backup' ? backupText.making : backupText.toServer}
            </button>
          )}
          {own && (
            <button
              type="button"
              class="button"
              disabled={busy !== null}
              onClick={() =>
                void run('backup', async () => {
                  const file = await backUpToFile(db, key, own);
                  download(file.fileName, 'application/json', file.content);
                  return made;
                })
              }
            >
              {backupText.toFile}
            </button>
          )}
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
        <RestoreBackup
          db={db}
          dataKey={key}
          enrolled={!!enrolment}
          busy={busy}
          run={(kind, work) => void run(kind, work)}
        />
      )}
    </section>
  );
}
