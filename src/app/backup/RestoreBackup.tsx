import { useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../../db/database';
import { type RestoreResult, restoreFromFile, restoreFromServer } from '../../flows/restore';
import { TextField } from '../components/TextField';
import { online } from '../connection';
import { useMessages } from '../i18n/locale';
import { forgetSearchIndex } from '../search-session';
import { browserServer } from '../server-access';
import type { BackupWork } from './backup-work';

/**
 * Restoring from the server (found by the recovery code; an older backup by passphrase and area)
 * or from a file (opened with the passphrase it was made with).
 */
export function RestoreBackup({
  db,
  dataKey,
  enrolled,
  busy,
  run,
}: {
  db: BuurtgesprekDatabase;
  dataKey: CryptoKey;
  enrolled: boolean;
  busy: 'backup' | 'restore' | null;
  run: (kind: 'restore', work: BackupWork) => void;
}) {
  const backupText = useMessages().backup;
  const [recoveryCode, setRecoveryCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const reported = (result: RestoreResult) => {
    if (!result.ok) return result;
    // Restored notes must be findable at once: the in-memory index is rebuilt on the next search.
    forgetSearchIndex();
    const { added, updated, keptNewerHere } = result.report;
    return {
      ok: true as const,
      message: backupText.restored(
        added.conversations + updated.conversations,
        added.notes + updated.notes,
        keptNewerHere.conversations + keptNewerHere.notes,
      ),
    };
  };

  return (
    <>
      <h3>{backupText.restoreHeading}</h3>
      <p>{backupText.restoreIntro}</p>
      <TextField
        id="restore-code"
        autocomplete="off"
        label={backupText.restoreCode}
        value={recoveryCode}
        onValue={setRecoveryCode}
      />
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={busy !== null || recoveryCode.trim() === '' || !enrolled || !online.value}
          onClick={() =>
            run('restore', async () =>
              reported(await restoreFromServer(db, dataKey, { recoveryCode }, browserServer())),
            )
          }
        >
          {busy === 'restore' ? backupText.restoring : backupText.restoreFromServer}
        </button>
      </div>
      <p class="hint-line">{backupText.restoreOlder}</p>
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
          disabled={busy !== null || passphrase === '' || !enrolled || !online.value}
          onClick={() =>
            run('restore', async () =>
              reported(await restoreFromServer(db, dataKey, { passphrase }, browserServer())),
            )
          }
        >
          {backupText.restoreOlderFromServer}
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
          run('restore', async () =>
            file
              ? reported(await restoreFromFile(db, dataKey, passphrase, await file.text()))
              : { ok: false, problem: 'malformed' },
          )
        }
      >
        {backupText.restoreFromFile}
      </button>
    </>
  );
}
