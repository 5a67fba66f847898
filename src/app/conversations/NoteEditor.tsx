import { useRef } from 'preact/hooks';
import { markQuote, type Note, removeQuote } from '../../domain/note';
import { noteSaveKey } from '../../flows/pending-writes';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { QuotePicker } from './QuotePicker';

interface NoteEditorProps {
  id: string;
  label: string;
  hint?: string;
  note: Note;
  quotesAllowed: boolean;
  onChange: (next: Note) => void;
}

/** The notepad: every keystroke is kept, shown as saved once it is on the device. */
export function NoteEditor({ id, label, hint, note, quotesAllowed, onChange }: NoteEditorProps) {
  const t = useMessages();
  const device = useDevice();
  const area = useRef<HTMLTextAreaElement>(null);
  // Read so the saved/saving line follows the queue.
  device.saveState.value;
  const saved = device.saves.pending(noteSaveKey(note.id)) === undefined;

  const mark = () => {
    const field = area.current;
    if (!field) return;
    onChange(markQuote(note, field.selectionStart, field.selectionEnd, crypto.randomUUID()));
  };

  return (
    <div class="field note-editor">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={area}
        rows={6}
        value={note.text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onChange({ ...note, text: event.currentTarget.value })}
      />
      <p class="save-status" data-saved={saved ? 'true' : 'false'}>
        {saved ? t.talk.saved : t.talk.saving}
      </p>
      {quotesAllowed && (
        <>
          <QuotePicker note={note} onChange={onChange} />
          <button type="button" class="button button-small" onClick={mark} title={t.talk.quoteHint}>
            {t.talk.markQuote}
          </button>
          {note.quotes.length > 0 && (
            <ul class="quote-list" aria-label={t.talk.quotes}>
              {note.quotes.map((quote) => (
                <li key={quote.id}>
                  <q>{quote.text}</q>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={t.talk.removeQuote(quote.text)}
                    onClick={() => onChange(removeQuote(note, quote.id))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
