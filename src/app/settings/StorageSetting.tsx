import { useEffect, useState } from 'preact/hooks';
import {
  currentPersistence,
  type Persistence,
  requestPersistence,
  type StorageEstimateFigures,
  storageEstimate,
} from '../../db/device-storage';
import { formatBytes } from '../format';
import { language, useMessages } from '../i18n/locale';

const PERSISTENCE_KEY = {
  persisted: 'persisted',
  'best-effort': 'bestEffort',
  unknown: 'unknown',
} as const satisfies Record<Persistence, string>;

export function StorageSetting() {
  const t = useMessages();
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateFigures | null | undefined>(undefined);

  useEffect(() => {
    void currentPersistence().then(setPersistence);
    void storageEstimate().then(setEstimate);
  }, []);

  const askAgain = async () => {
    setPersistence(await requestPersistence());
    setEstimate(await storageEstimate());
  };

  return (
    <section class="setting" aria-labelledby="setting-storage">
      <h2 id="setting-storage">{t.settings.storage.heading}</h2>
      <div aria-live="polite">
        {persistence && (
          <p class={`persistence persistence-${persistence}`} data-persistence={persistence}>
            {t.settings.storage[PERSISTENCE_KEY[persistence]]}
          </p>
        )}
        {estimate === null && <p>{t.settings.storage.usageUnknown}</p>}
        {estimate && (
          <p data-testid="storage-usage">
            {t.settings.storage.usage(
              formatBytes(estimate.usage, language.value),
              formatBytes(estimate.quota, language.value),
            )}
          </p>
        )}
      </div>
      {persistence !== 'persisted' && (
        <button type="button" class="button" onClick={() => void askAgain()}>
          {t.settings.storage.askAgain}
        </button>
      )}
    </section>
  );
}
