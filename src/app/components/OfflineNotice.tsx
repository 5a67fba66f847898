import { online } from '../connection';
import { useMessages } from '../i18n/locale';

export function OfflineNotice() {
  const t = useMessages();
  if (online.value) return null;
  return <p class="offline-notice">{t.connection.offline}</p>;
}
