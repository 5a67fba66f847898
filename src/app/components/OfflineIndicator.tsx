import { online } from '../connection';
import { useMessages } from '../i18n/locale';

/**
 * A small mark in the header while there is no internet: always in the same place, taking no
 * room from the screen below it, so nothing moves when the connection comes and goes. The live
 * region is always there, so a screen reader hears the change; it reads the whole sentence.
 */
export function OfflineIndicator() {
  const t = useMessages();
  return (
    <span class="offline-indicator" role="status">
      {!online.value && (
        <>
          <span class="offline-mark" aria-hidden="true" title={t.connection.offline}>
            {t.connection.offlineShort}
          </span>
          <span class="visually-hidden">{t.connection.offline}</span>
        </>
      )}
    </span>
  );
}
