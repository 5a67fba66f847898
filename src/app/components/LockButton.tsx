import { useMessages } from '../i18n/locale';
import { dataKey, lock } from '../session';

/** Locks the notes at once, e.g. before handing the tablet over or leaving the table. */
export function LockButton() {
  const t = useMessages();
  if (!dataKey.value) return null;
  return (
    <button type="button" class="header-button" onClick={lock}>
      {t.lock.lockNow}
    </button>
  );
}
