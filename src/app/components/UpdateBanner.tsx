import { useMessages } from '../i18n/locale';
import { applyUpdate, offlineReady, updateWaiting } from '../sw-bridge';

export function UpdateBanner() {
  const t = useMessages();
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
