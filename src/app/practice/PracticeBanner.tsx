import type { Conversation } from '../../domain/conversation';
import { language, useMessages } from '../i18n/locale';
import { practiceScenario } from '../i18n/practice-scenarios';
import { PracticeStory } from './PracticeStory';

/** At the top of a practice conversation, whatever step it is at: what it is, and the story to read again. */
/** The coach's view says it in the coach's words (`text`). */
export function PracticeBanner({
  practice,
  text,
}: {
  practice: NonNullable<Conversation['practice']>;
  text?: string;
}) {
  const t = useMessages();
  const scenario = practiceScenario(language.value, practice.scenarioId);
  return (
    <section class="card practice-banner" aria-label={t.conversations.practiceBadge}>
      <p>
        <span class="badge badge-practice">{t.conversations.practiceBadge}</span> {text ?? t.practice.banner}
      </p>
      {scenario && (
        <details>
          <summary>{t.practice.story}</summary>
          <PracticeStory scenario={scenario} />
        </details>
      )}
    </section>
  );
}
