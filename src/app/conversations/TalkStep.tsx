import type { Ref } from 'preact';
import { type Conversation, mayMarkQuotes } from '../../domain/conversation';
import type { GuidePrompt } from '../../domain/guides/guide';
import type { Note } from '../../domain/note';
import { useMessages } from '../i18n/locale';
import { MethodHelp } from '../method/MethodHelp';
import { NoteEditor } from './NoteEditor';
import { useProbesOpen } from './prompt-help';
import { ThemeTagger } from './ThemeTagger';
import { ValueTagger } from './ValueTagger';

interface TalkStepProps {
  conversation: Conversation;
  prompt: GuidePrompt | null;
  note: Note;
  onNote: (next: Note) => void;
  onConversation: (next: Conversation) => void;
  /** The question, where focus goes when the step changes. */
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * One question of the guide (or the free note). The notepad sits right under the question, so it
 * shows on a phone without scrolling; follow-up questions and the tip fold away below it.
 */
export function TalkStep({ conversation, prompt, note, onNote, onConversation, headingRef }: TalkStepProps) {
  const t = useMessages();
  const [helpOpen, setHelpOpen] = useProbesOpen();
  return (
    <div class="talk-step">
      <h2 class="prompt-question" tabIndex={-1} ref={headingRef}>
        {prompt ? prompt.question : t.talk.freeNote}
      </h2>
      <NoteEditor
        id={`note-${prompt?.id ?? 'free'}`}
        label={prompt ? t.talk.note : t.talk.freeNote}
        hint={prompt ? undefined : t.talk.freeNoteHint}
        note={note}
        quotesAllowed={mayMarkQuotes(conversation)}
        onChange={onNote}
      />
      {prompt && (prompt.probes.length > 0 || prompt.hint) && (
        <details
          class="prompt-help"
          open={helpOpen}
          onToggle={(event) => setHelpOpen(event.currentTarget.open)}
        >
          <summary>{t.talk.probesAndTip}</summary>
          {prompt.probes.length > 0 && (
            <div class="probes">
              <h3>{t.talk.probes}</h3>
              <ul>
                {prompt.probes.map((probe) => (
                  <li key={probe}>{probe}</li>
                ))}
              </ul>
            </div>
          )}
          {prompt.hint && (
            <div class="hint">
              <h3>{t.talk.hint}</h3>
              <p>{prompt.hint}</p>
            </div>
          )}
        </details>
      )}
      <ValueTagger
        tags={conversation.valueTags}
        noteId={note.id}
        suggested={prompt?.values ?? []}
        onChange={(valueTags) => onConversation({ ...conversation, valueTags })}
      />
      <ThemeTagger
        conversationId={conversation.id}
        selected={conversation.themeIds}
        onChange={(themeIds) => onConversation({ ...conversation, themeIds })}
      />
      <MethodHelp />
    </div>
  );
}
