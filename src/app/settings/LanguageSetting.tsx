import { writeSetting } from '../../db/settings';
import { useDevice, withDatabase } from '../device';
import { type Language, language, setLanguage, useMessages } from '../i18n/locale';

const LANGUAGES: readonly Language[] = ['nl', 'en'];

export function LanguageSetting() {
  const t = useMessages();
  const device = useDevice();

  const choose = (next: Language) => {
    void setLanguage(next);
    device.saves.save('setting:language', next, (value) =>
      withDatabase(device, (db) => writeSetting(db, 'language', value)),
    );
  };

  return (
    <section class="setting" aria-labelledby="setting-language">
      <h2 id="setting-language">{t.settings.language.heading}</h2>
      <fieldset class="choice-group">
        <legend>{t.settings.language.label}</legend>
        {LANGUAGES.map((option) => (
          <label key={option} class="choice" lang={option}>
            <input
              type="radio"
              name="language"
              value={option}
              checked={language.value === option}
              onChange={() => choose(option)}
            />
            {t.settings.language[option]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
