import { readSettings, writeSetting } from '../../db/settings';
import { useDevice, withDatabase } from '../device';
import { useMessages } from '../i18n/locale';
import { useLive } from '../use-live';

/**
 * Practice conversations stay out of backups unless the interviewer ticks this; the backup itself
 * reads the setting (src/db/backup.ts), so no other way of backing up can forget it.
 */
export function PracticeBackupChoice() {
  const t = useMessages();
  const device = useDevice();
  const settings = useLive(readSettings, []);
  if (!settings) return null;
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.backupIncludesPractice}
          aria-describedby="backup-practice-hint"
          onChange={(event) => {
            const value = event.currentTarget.checked;
            device.saves.save('setting:backupIncludesPractice', value, (saved) =>
              withDatabase(device, (database) => writeSetting(database, 'backupIncludesPractice', saved)),
            );
          }}
        />
        <span>{t.practice.backupInclude}</span>
      </label>
      <p id="backup-practice-hint" class="hint-line">
        {t.practice.backupIncludeHint}
      </p>
    </>
  );
}
