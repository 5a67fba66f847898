import type { Ref } from 'preact';
import { useMessages } from '../i18n/locale';
import type { PracticeScenario } from '../i18n/practice-scenarios';

/** The made-up resident's story, read before the practice conversation and again during it. */
export function PracticeStory({
  scenario,
  headingRef,
  level = 2,
}: {
  scenario: PracticeScenario;
  headingRef?: Ref<HTMLHeadingElement>;
  level?: 2 | 3;
}) {
  const t = useMessages();
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <div class="practice-story">
      <Heading tabIndex={-1} ref={headingRef}>
        {scenario.title}
      </Heading>
      {scenario.story.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <Sub>{t.practice.lookFor}</Sub>
      <ul>
        {scenario.lookFor.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
