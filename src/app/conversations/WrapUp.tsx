import type { Ref } from 'preact';
import type { Conversation } from '../../domain/conversation';
import type { Note } from '../../domain/note';
import { useMessages } from '../i18n/locale';
import { ObstacleList } from './ObstacleList';
import { PeopleMentioned } from './PeopleMentioned';
import { SummaryView } from './SummaryView';

interface WrapUpProps {
  conversation: Conversation;
  notes: readonly Note[];
  onChange: (next: Conversation) => void;
  onComplete: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function WrapUp({ conversation, notes, onChange, onComplete, headingRef }: WrapUpProps) {
  const t = useMessages();
  return (
    <div class="wrap-up">
      <h2 tabIndex={-1} ref={headingRef}>
        {t.talk.wrapUpTitle}
      </h2>
      <ObstacleList
        obstacles={conversation.obstacles}
        onChange={(obstacles) => onChange({ ...conversation, obstacles })}
      />
      <div class="field">
        <label for="follow-up">{t.talk.followUp}</label>
        <textarea
          id="follow-up"
          rows={3}
          value={conversation.followUp}
          onInput={(event) => onChange({ ...conversation, followUp: event.currentTarget.value })}
        />
      </div>
      <PeopleMentioned
        names={conversation.peopleMentioned}
        onChange={(peopleMentioned) => onChange({ ...conversation, peopleMentioned })}
      />
      <SummaryView conversation={conversation} notes={notes} />
      {conversation.practice && (
        <p class="practice-note">
          <span class="badge badge-practice">{t.conversations.practiceBadge}</span> {t.practice.wrapUp}
        </p>
      )}
      <button type="button" class="button button-primary button-block" onClick={onComplete}>
        {t.summary.complete}
      </button>
    </div>
  );
}
