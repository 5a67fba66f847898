import { useEffect } from 'preact/hooks';
import { useMessages } from '../i18n/locale';
import { applyUpdate, offlineReady, updateWaiting } from '../sw-bridge';

// Good news that asks nothing of the user: it goes by itself, so it never covers a note for long.
const OFFLINE_READY_SHOWN_MS = 8_000;

export function UpdateBanner() {
  const t = useMessages();
  const ready = offlineReady.value;
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      offlineReady.value = false;
    }, OFFLINE_READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  if (updateWaiting.value) {
    return (
      <div class="banner banner-update">
        <p>
          {t.update.available}
          {' — '}
          <button type="button" class="link-button" onClick={applyUpdate}>
            {t.update.reload}
          </button>
        </p>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="banner banner-info">
        <p>{t.update.offlineReady}</p>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            offlineReady.value = false;
          }}
        >
          {t.update.dismiss}
        </button>
      </div>
    );
  }
  return null;
}
