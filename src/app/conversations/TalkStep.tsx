import type { Conversation } from '../../domain/conversation';
import type { GuidePhase, GuidePrompt } from '../../domain/guides/guide';
import type { Note } from '../../domain/note';
import { useMessages } from '../i18n/locale';
import { NoteEditor } from './NoteEditor';
import { ThemeTagger } from './ThemeTagger';
import { ValueTagger } from './ValueTagger';

interface TalkStepProps {
  conversation: Conversation;
  phase: GuidePhase | null;
  prompt: GuidePrompt | null;
  note: Note;
  onNote: (next: Note) => void;
  onConversation: (next: Conversation) => void;
}

/** One question of the guide (or the free note): the question large, probes and tip below, then the notepad and tags. */
export function TalkStep({ conversation, phase, prompt, note, onNote, onConversation }: TalkStepProps) {
  const t = useMessages();
  return (
    <div class="talk-step">
      {phase && <p class="phase">{t.talk.phase[phase]}</p>}
      {prompt ? (
        <>
          <h2 class="prompt-question">{prompt.question}</h2>
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
            <details class="hint">
              <summary>{t.talk.hint}</summary>
              <p>{prompt.hint}</p>
            </details>
          )}
        </>
      ) : (
        <h2 class="prompt-question">{t.talk.freeNote}</h2>
      )}
      <NoteEditor
        id={`note-${prompt?.id ?? 'free'}`}
        label={prompt ? t.talk.note : t.talk.freeNote}
        hint={prompt ? undefined : t.talk.freeNoteHint}
        note={note}
        quotesAllowed={conversation.consent?.quotes === true}
        onChange={onNote}
      />
      <ValueTagger
        tags={conversation.valueTags}
        noteId={note.id}
        suggested={prompt?.values ?? []}
        onChange={(valueTags) => onConversation({ ...conversation, valueTags })}
      />
      <ThemeTagger
        selected={conversation.themeIds}
        onChange={(themeIds) => onConversation({ ...conversation, themeIds })}
      />
    </div>
  );
}
