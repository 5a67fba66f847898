import type { Conversation } from '../../domain/conversation';
import { useMessages } from '../i18n/locale';

/** After a conversation: the interviewer's own reflection, private and sealed like notes. */
export function ReflectionCard({
  conversation,
  onChange,
}: {
  conversation: Conversation;
  onChange: (next: Conversation) => void;
}) {
  const text = useMessages().reflection;
  return (
    <section class="card" aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">{text.heading}</h2>
      <div class="field">
        <label for="reflection">{text.label}</label>
        <p class="hint" id="reflection-hint">
          {text.hint}
        </p>
        <textarea
          id="reflection"
          rows={4}
          aria-describedby="reflection-hint"
          value={conversation.reflection ?? ''}
          onInput={(event) => onChange({ ...conversation, reflection: event.currentTarget.value })}
        />
      </div>
    </section>
  );
}
