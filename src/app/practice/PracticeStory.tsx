import type { Ref } from 'preact';
import { useMessages } from '../i18n/locale';
import type { PracticeScenario } from '../i18n/practice-scenarios';

/** The made-up resident's story, read before the practice conversation and again during it. */
export function PracticeStory({
  scenario,
  headingRef,
}: {
  scenario: PracticeScenario;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const t = useMessages();
  return (
    <div class="practice-story">
      <h2 tabIndex={-1} ref={headingRef}>
        {scenario.title}
      </h2>
      {scenario.story.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{t.practice.lookFor}</h3>
      <ul>
        {scenario.lookFor.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
