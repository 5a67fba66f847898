import { useMessages } from '../i18n/locale';
import { dataKey, lock } from '../session';

/** Locks the notes at once, e.g. before handing the tablet over or leaving the table. */
export function LockButton() {
  const t = useMessages();
  if (!dataKey.value) return null;
  return (
    <button type="button" class="header-button" onClick={lock}>
      {/* Shown instead of the word where the header has no room for both it and "Offline". */}
      <svg class="lock-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path d="M7 10V7a5 5 0 0 1 10 0v3M5 10h14v11H5z" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span class="lock-label">{t.lock.lockNow}</span>
    </button>
  );
}
