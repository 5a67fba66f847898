import { useEffect, useState } from 'preact/hooks';
import type { ConversationRow } from '../../db/conversations';
import { readSettings, writeSetting } from '../../db/settings';
import { CONVERSATION_RETENTION_CHOICES_DAYS } from '../../domain/device-retention';
import { conversationsDueForErasure } from '../../flows/erase-old-conversations';
import { useDevice, withDatabase } from '../device';
import { useMessages } from '../i18n/locale';
import { RetentionReview } from './RetentionReview';

/**
 * How long completed conversations stay on this device. Nothing is erased behind the interviewer's
 * back: the conversations past the period are listed, and erased only when she confirms.
 */
export function RetentionSetting() {
  const t = useMessages().settings.retention;
  const device = useDevice();
  const db = device.db.value;
  const [days, setDays] = useState<number | null>(null);
  const [due, setDue] = useState<ConversationRow[]>([]);
  const [erased, setErased] = useState<number | null>(null);

  useEffect(() => {
    if (db) void readSettings(db).then((settings) => setDays(settings.conversationRetentionDays));
  }, [db]);
  useEffect(() => {
    if (db && days !== null) void conversationsDueForErasure(db, days).then(setDue);
  }, [db, days, erased]);

  const choose = (value: number) => {
    setDays(value);
    setErased(null);
    device.saves.save('setting:conversationRetentionDays', value, (saved) =>
      withDatabase(device, (database) => writeSetting(database, 'conversationRetentionDays', saved)),
    );
  };

  return (
    <section class="setting" aria-labelledby="setting-retention">
      <h2 id="setting-retention">{t.heading}</h2>
      <div class="field">
        <label for="setting-retention-days">{t.label}</label>
        <p class="field-hint" id="setting-retention-hint">
          {t.hint}
        </p>
        <select
          id="setting-retention-days"
          aria-describedby="setting-retention-hint"
          value={String(days ?? 0)}
          disabled={days === null}
          onChange={(event) => choose(Number(event.currentTarget.value))}
        >
          {CONVERSATION_RETENTION_CHOICES_DAYS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice === 0 ? t.off : t.days(choice)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {due.length > 0 && days !== null && (
          <div class="banner banner-problem" data-testid="retention-warning">
            <RetentionReview id="retention" days={days} due={due} erased={setErased} />
          </div>
        )}
        {erased !== null && <p>{t.erased(erased)}</p>}
      </div>
    </section>
  );
}
