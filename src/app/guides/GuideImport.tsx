import { useEffect, useRef, useState } from 'preact/hooks';
import { storeGuide } from '../../db/guides';
import type { Guide } from '../../domain/guides/guide';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { checkGuideFile, copyOf, type FileCheck, type GuideToStore } from './import-guide-file';
import { problemText } from './problem-text';
import { guidesChanged } from './use-all-guides';

const MESSAGE_ID = 'guide-import-message';

type Outcome = Exclude<FileCheck, { kind: 'ok' }> | { kind: 'failed' } | null;

/** A guide file from a colleague: checked in full first; a file with any problem changes nothing. */
export function GuideImport() {
  const t = useMessages();
  const device = useDevice();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [done, setDone] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

  // A refusal takes the focus, so a screen reader reads it at once; success stays on the input.
  useEffect(() => {
    if (outcome) document.getElementById(MESSAGE_ID)?.focus();
  }, [outcome]);

  const store = async (make: GuideToStore) => {
    // One import at a time: a second tap on "as a copy" would collide with the first.
    if (busy.current) return;
    busy.current = true;
    let guide: Guide;
    try {
      guide = await make();
      const db = device.db.value;
      if (!db) throw new Error('The database is not open.');
      await storeGuide(db, guide);
    } catch {
      setOutcome({ kind: 'failed' });
      return;
    } finally {
      busy.current = false;
    }
    guidesChanged();
    setOutcome(null);
    setDone(t.guides.import.imported(guide.title, guide.version));
    input.current?.focus();
  };

  const choose = async (event: Event) => {
    const field = event.currentTarget as HTMLInputElement;
    const file = field.files?.[0];
    setDone('');
    setOutcome(null);
    if (!file) return;
    const checked = await checkGuideFile(file, device);
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    field.value = '';
    if (checked.kind === 'ok') await store(async () => checked.guide);
    else setOutcome(checked);
  };

  const importCopy = (guide: Guide) =>
    store(() => copyOf(guide, t.guides.actions.copyTitle(guide.title), device));

  return (
    <section class="guide-import" aria-labelledby="guide-import-heading">
      <h2 id="guide-import-heading">{t.guides.import.heading}</h2>
      <p id="guide-import-intro">{t.guides.import.intro}</p>
      <div class="field">
        <label for="guide-import-file">{t.guides.import.file}</label>
        <input
          id="guide-import-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-describedby="guide-import-intro"
          onChange={(event) => void choose(event)}
        />
      </div>
      <p class="guide-done" role="status">
        {done}
      </p>
      {outcome?.kind === 'refused' && (
        <div class="guide-problems">
          <h3 id={MESSAGE_ID} tabIndex={-1}>
            {t.guides.import.refused}
          </h3>
          <ul>
            {outcome.problems.map((problem, index) => (
              <li key={index}>{problemText(t, problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'unreadable' && (
        <div class="guide-problems">
          <h3 id={MESSAGE_ID} tabIndex={-1}>
            {t.guides.import.refused}
          </h3>
          <p>{t.guides.import.unreadable}</p>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <p class="guide-problems" id={MESSAGE_ID} tabIndex={-1}>
          {t.guides.actions.failed}
        </p>
      )}
      {outcome?.kind === 'conflict' && (
        <div class="guide-conflict">
          <p id={MESSAGE_ID} tabIndex={-1}>
            {outcome.problem === 'version-exists'
              ? t.guides.import.versionExists(outcome.guide.title, outcome.guide.version)
              : t.guides.import.builtInId(outcome.guide.title)}
          </p>
          <button type="button" class="button" onClick={() => void importCopy(outcome.guide)}>
            {t.guides.import.asCopy}
          </button>
        </div>
      )}
    </section>
  );
}
