import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { startPracticeConversation } from '../../flows/start-practice';
import { Screen } from '../components/Screen';
import { useFocusOnChange } from '../components/use-focus-on-change';
import { useDevice } from '../device';
import { todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { practiceScenarios } from '../i18n/practice-scenarios';
import { PassphraseGate } from '../lock/PassphraseGate';
import { dataKey } from '../session';
import { PracticeStory } from './PracticeStory';

/** Choosing a made-up resident, reading her story, and starting the practice conversation. */
export function PracticeScreen() {
  const t = useMessages();
  return (
    <Screen title={t.practice.title}>
      <p>{t.practice.intro}</p>
      <p class="practice-rules">{t.practice.rules}</p>
      <PassphraseGate>
        <PracticeChooser />
      </PassphraseGate>
    </Screen>
  );
}

function PracticeChooser() {
  const t = useMessages();
  const device = useDevice();
  const { route } = useLocation();
  const scenarios = practiceScenarios(language.value);
  const [picked, setPicked] = useState(scenarios[0]?.id ?? '');
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState(false);
  const focusRef = useRef<HTMLElement>(null);
  useFocusOnChange(reading ?? 'choose', focusRef);
  const scenario = scenarios.find((candidate) => candidate.id === reading);

  const begin = async () => {
    const db = device.db.value;
    const key = dataKey.value;
    if (!db || !key || !scenario) return;
    const started = await startPracticeConversation(
      db,
      key,
      { scenarioId: scenario.id, guideId: scenario.guideId, residentProfile: scenario.residentProfile },
      language.value,
      todayIso(),
    );
    if (!started) {
      setProblem(true);
      return;
    }
    route(`/gesprekken/${started.id}`);
  };

  if (scenario) {
    return (
      <div class="card">
        <PracticeStory scenario={scenario} headingRef={focusRef as Ref<HTMLHeadingElement>} />
        {problem && (
          <p class="field-error" role="alert">
            {t.practice.noGuide}
          </p>
        )}
        <div class="actions">
          <button type="button" class="button button-primary" onClick={() => void begin()}>
            {t.practice.begin}
          </button>
          <button type="button" class="button" onClick={() => setReading(null)}>
            {t.practice.other}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        setReading(picked);
      }}
    >
      <fieldset class="practice-choices">
        <legend tabIndex={-1} ref={focusRef as Ref<HTMLLegendElement>}>
          {t.practice.choose}
        </legend>
        {scenarios.map((candidate) => (
          <label key={candidate.id} class="practice-choice">
            <input
              type="radio"
              name="practice-scenario"
              value={candidate.id}
              checked={picked === candidate.id}
              onChange={() => setPicked(candidate.id)}
            />
            <span>
              <strong>{candidate.title}</strong>
              <span class="practice-summary">{candidate.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t.practice.read}
        </button>
        <a class="button" href="/gesprekken">
          {t.practice.back}
        </a>
      </div>
    </form>
  );
}
