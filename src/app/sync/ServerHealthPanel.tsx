import { useEffect, useState } from 'preact/hooks';
import { fetchServerHealth, type ServerHealth } from '../../sync/server-health';
import { online } from '../connection';
import { useMessages } from '../i18n/locale';

export function ServerHealthPanel() {
  const t = useMessages();
  const [health, setHealth] = useState<ServerHealth | 'checking'>('checking');
  const isOnline = online.value;

  const check = () => {
    setHealth('checking');
    void fetchServerHealth().then(setHealth);
  };
  useEffect(check, [isOnline]);

  return (
    <section class="card" aria-labelledby="server-heading">
      <h2 id="server-heading">{t.sync.serverHeading}</h2>
      <div aria-live="polite" class="server-health">
        {!isOnline ? (
          <p>{t.sync.offline}</p>
        ) : health === 'checking' ? (
          <p>{t.sync.checking}</p>
        ) : health.kind === 'unreachable' ? (
          <p>{t.sync.unreachable}</p>
        ) : (
          <>
            <p>{t.sync.reachable(health.report.version)}</p>
            <p>{health.report.database.status === 'ok' ? t.sync.databaseOk : t.sync.databaseError}</p>
          </>
        )}
      </div>
      <button type="button" class="button" onClick={check} disabled={!isOnline || health === 'checking'}>
        {t.sync.checkAgain}
      </button>
    </section>
  );
}
