import type { Guide } from '../../domain/guides/guide';
import { language, useMessages } from '../i18n/locale';

/**
 * A proposed guide as it leaves the device (and as the administrators read it): every text she
 * wrote, after the anonymiser, in reading order, compact enough to read through before deciding.
 */
export function SentGuide({ guide }: { guide: Guide }) {
  const t = useMessages().guides.propose;
  const lang = guide.language === language.value ? undefined : guide.language;
  return (
    <div class="sent-guide" lang={lang}>
      <p>
        <strong>{guide.title}</strong>
      </p>
      {guide.description && <p>{guide.description}</p>}
      {guide.sections.map((section) => (
        <div key={section.phase}>
          <p>
            <strong>{section.title}</strong>
          </p>
          {section.intro && <p>{section.intro}</p>}
          <ul>
            {section.prompts.map((prompt) => (
              <li key={prompt.id}>
                {prompt.question}
                {prompt.probes.length > 0 && ` ${t.probes} ${prompt.probes.join(' · ')}`}
                {prompt.hint && ` ${t.hint} ${prompt.hint}`}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
