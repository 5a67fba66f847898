import { useMessages } from '../i18n/locale';

export function AboutSetting() {
  const t = useMessages();
  return (
    <section class="setting" aria-labelledby="setting-about">
      <h2 id="setting-about">{t.settings.about.heading}</h2>
      <p>{t.settings.about.version(__APP_VERSION__)}</p>
    </section>
  );
}
