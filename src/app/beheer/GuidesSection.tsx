import { useState } from 'preact/hooks';
import type { ConfigurationEdit, ConsoleConfiguration } from '../../domain/wire/beheer-configuration';
import { language } from '../i18n/locale';
import { useConsoleMessages } from './messages';

/** Published guide versions, and publishing the next from a guide file exported from the app. */
export function GuidesSection({
  guides,
  propose,
}: {
  guides: ConsoleConfiguration['guides'];
  propose: (edit: ConfigurationEdit) => void;
}) {
  const t = useConsoleMessages();
  const g = t.configuration.guides;
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const publish = async (event: Event) => {
    event.preventDefault();
    if (file === null) return setProblem(g.noFile);
    setProblem(null);
    propose({ kind: 'publish-guide', file: await file.text() });
  };
  const title = (titles: Partial<Record<'nl' | 'en', string>>) =>
    titles[language.value] ?? titles.nl ?? titles.en ?? '';
  return (
    <section class="card" aria-labelledby="guides-heading">
      <h2 id="guides-heading">{g.heading}</h2>
      <p>{g.intro}</p>
      <ul class="console-list">
        {guides.map((guide) => (
          <li key={`${guide.id}/${guide.version}`}>
            <span>
              <strong>{title(guide.titles)}</strong>
              <span class="audit-soft">{g.version(guide.id, guide.version)}</span>
            </span>
          </li>
        ))}
      </ul>
      <form class="console-grant" onSubmit={(event) => void publish(event)} aria-label={g.publish}>
        <div class="field">
          <label for="guide-file">{g.file}</label>
          <input
            id="guide-file"
            type="file"
            accept="application/json,.json"
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'guide-file-error' : undefined}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          {problem && (
            <p id="guide-file-error" class="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <button type="submit" class="button">
          {g.publish}
        </button>
      </form>
    </section>
  );
}
