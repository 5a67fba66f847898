import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listAreas } from '../../db/areas';
import { saveConversation } from '../../db/conversations';
import { guidesToStartWith } from '../../db/guides';
import type { Area } from '../../domain/areas';
import { CONVERSATION_PROFILES, profileForGuide, startConversation } from '../../domain/conversation';
import type { Guide } from '../../domain/guides/guide';
import { conversationSaveKey } from '../../flows/pending-writes';
import { Screen } from '../components/Screen';
import { SelectField } from '../components/SelectField';
import { useDevice, withDatabase } from '../device';
import { todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { PassphraseGate } from '../lock/PassphraseGate';
import { dataKey } from '../session';

export function NewConversationScreen() {
  const t = useMessages();
  return (
    <Screen title={t.start.title}>
      <p>{t.start.intro}</p>
      <PassphraseGate>
        <NewConversationForm />
      </PassphraseGate>
    </Screen>
  );
}

function NewConversationForm() {
  const t = useMessages();
  const device = useDevice();
  const db = device.db.value;
  const { route } = useLocation();
  const [areas, setAreas] = useState<Area[]>([]);
  const [guides, setGuides] = useState<Guide[]>([]);
  const [areaId, setAreaId] = useState('');
  const [guideId, setGuideId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [profile, setProfile] = useState<string>('anders');
  // The profile follows the chosen guide until the interviewer picks one herself.
  const [profileChosen, setProfileChosen] = useState(false);
  const [dateMissing, setDateMissing] = useState(false);

  useEffect(() => {
    if (!db) return;
    void Promise.all([listAreas(db), guidesToStartWith(db, language.value)]).then(
      ([foundAreas, foundGuides]) => {
        setAreas(foundAreas);
        setGuides(foundGuides);
        setAreaId((current) => current || foundAreas[0]?.id || '');
        const first = foundGuides[0];
        if (first) chooseGuide(first.id, foundGuides);
      },
    );
  }, [db]);

  function chooseGuide(id: string, among: readonly Guide[] = guides): void {
    setGuideId(id);
    const guide = among.find((candidate) => candidate.id === id);
    if (guide && !profileChosen) setProfile(profileForGuide(guide));
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const key = dataKey.value;
    const guide = guides.find((candidate) => candidate.id === guideId);
    setDateMissing(date === '');
    if (!key || !guide || date === '' || !areaId) return;
    const conversation = startConversation(
      {
        areaId,
        guideId: guide.id,
        guideVersion: guide.version,
        guideLanguage: guide.language,
        date,
        residentProfile: profile,
      },
      crypto.randomUUID(),
      Date.now(),
    );
    device.saves.save(conversationSaveKey(conversation.id), conversation, (value) =>
      withDatabase(device, (database) => saveConversation(database, key, value)),
    );
    // Stored before moving on, so a reload on the next screen finds it.
    await device.saves.flush();
    route(`/gesprekken/${conversation.id}`);
  };

  return (
    <form class="card" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        id="start-area"
        label={t.start.area}
        value={areaId}
        onValue={setAreaId}
        options={areas.map((area) => ({ value: area.id, label: area.name }))}
      />
      <div class="field">
        <label for="start-date">{t.start.date}</label>
        <input
          id="start-date"
          type="date"
          value={date}
          max={todayIso()}
          aria-invalid={dateMissing ? 'true' : undefined}
          aria-describedby={dateMissing ? 'start-date-error' : undefined}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        {dateMissing && (
          <p id="start-date-error" class="field-error" role="alert">
            {t.start.missingDate}
          </p>
        )}
      </div>
      <SelectField
        id="start-guide"
        label={t.start.guide}
        value={guideId}
        onValue={(id) => chooseGuide(id)}
        options={guides.map((guide) => ({ value: guide.id, label: guide.title }))}
      />
      <SelectField
        id="start-profile"
        label={t.start.profile}
        value={profile}
        onValue={(chosen) => {
          setProfile(chosen);
          setProfileChosen(true);
        }}
        options={CONVERSATION_PROFILES.map((id) => ({ value: id, label: t.profiles[id] }))}
      />
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t.start.submit}
        </button>
        <a class="button" href="/gesprekken">
          {t.start.cancel}
        </a>
      </div>
    </form>
  );
}
