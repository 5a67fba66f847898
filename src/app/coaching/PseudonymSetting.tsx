import { useEffect, useState } from 'preact/hooks';
import { readSettings, writeSetting } from '../../db/settings';
import { PSEUDONYM_MAX } from '../../domain/coaching/pseudonym';
import { useDevice, withDatabase } from '../device';
import { useCoachingMessages } from './messages';

/**
 * The interviewer's name for coaching: what a coach sees in each review she shares, so a coach
 * with an account can follow her technique over time. Also the way to her own trend.
 */
export function PseudonymSetting() {
  const t = useCoachingMessages().pseudonym;
  const device = useDevice();
  const db = device.db.value;
  const [value, setValue] = useState<string | null>(null);

  useEffect(() => {
    if (db) void readSettings(db).then((settings) => setValue(settings.reviewPseudonym));
  }, [db]);

  const change = (typed: string) => {
    const next = typed.slice(0, PSEUDONYM_MAX);
    setValue(next);
    device.saves.save('setting:reviewPseudonym', next, (saved) =>
      withDatabase(device, (database) => writeSetting(database, 'reviewPseudonym', saved)),
    );
  };

  return (
    <section class="setting" aria-labelledby="setting-pseudonym">
      <h2 id="setting-pseudonym">{t.heading}</h2>
      <div class="field">
        <label for="setting-pseudonym-name">{t.label}</label>
        <p class="field-hint" id="setting-pseudonym-hint">
          {t.hint}
        </p>
        <input
          id="setting-pseudonym-name"
          type="text"
          autocomplete="nickname"
          maxLength={PSEUDONYM_MAX}
          aria-describedby="setting-pseudonym-hint"
          value={value ?? ''}
          disabled={value === null}
          onInput={(event) => change(event.currentTarget.value)}
        />
      </div>
      <p>
        <a href="/mijn-ontwikkeling">{t.trendLink}</a>
      </p>
    </section>
  );
}
