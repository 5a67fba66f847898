import { useMessages } from '../i18n/locale';
import { installed, installPrompt, isIos, promptInstall } from '../install-prompt';

export function InstallSetting() {
  const t = useMessages();
  const ios = isIos();
  return (
    <section class="setting" aria-labelledby="setting-install">
      <h2 id="setting-install">{t.settings.install.heading}</h2>
      {installed.value ? (
        <p>{t.settings.install.installed}</p>
      ) : (
        <>
          <p>{t.settings.install.why}</p>
          {installPrompt.value && (
            <button type="button" class="button button-primary" onClick={() => void promptInstall()}>
              {t.settings.install.button}
            </button>
          )}
          <details open={ios}>
            <summary>{t.settings.install.iosHeading}</summary>
            <ol>
              {t.settings.install.iosSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </details>
          {!installPrompt.value && !ios && (
            <details>
              <summary>{t.settings.install.otherHeading}</summary>
              <p>{t.settings.install.otherSteps}</p>
            </details>
          )}
        </>
      )}
    </section>
  );
}
