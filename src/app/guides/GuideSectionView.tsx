import type { GuideSection } from '../../domain/guides/guide';
import { useMessages } from '../i18n/locale';

interface GuideSectionViewProps {
  section: GuideSection;
  index: number;
  /** The guide's language where it differs from the app's, so a screen reader pronounces it right. */
  lang: string | undefined;
}

export function GuideSectionView({ section, index, lang }: GuideSectionViewProps) {
  const t = useMessages();
  const headingId = `guide-section-${index}`;
  return (
    <section class="guide-section" aria-labelledby={headingId}>
      <p class="phase">{t.talk.phase[section.phase]}</p>
      <h2 id={headingId} lang={lang}>
        {section.title}
      </h2>
      {section.intro && (
        <p class="guide-intro" lang={lang}>
          {section.intro}
        </p>
      )}
      <ol class="guide-prompts">
        {section.prompts.map((prompt) => (
          <li key={prompt.id}>
            <h3 class="guide-question" lang={lang}>
              {prompt.question}
            </h3>
            {prompt.probes.length > 0 && (
              <>
                <p class="guide-label">{t.guides.read.probes}</p>
                <ul class="guide-probes" lang={lang}>
                  {prompt.probes.map((probe, at) => (
                    <li key={at}>{probe}</li>
                  ))}
                </ul>
              </>
            )}
            {prompt.hint && (
              <p class="guide-hint">
                <strong>{t.guides.read.hint}</strong> <span lang={lang}>{prompt.hint}</span>
              </p>
            )}
            {prompt.values.length > 0 && (
              <p class="guide-values">
                <strong>{t.guides.read.values}</strong>{' '}
                {prompt.values.map((value) => t.values[value].name).join(', ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
