import { type Note, sentencesOf, toggleSentenceQuote } from '../../domain/note';
import { language, useMessages } from '../i18n/locale';

/** Marks a quote with one tap on a sentence, besides selecting text: fiddly on a phone. */
export function QuotePicker({ note, onChange }: { note: Note; onChange: (next: Note) => void }) {
  const t = useMessages();
  const sentences = sentencesOf(note.text, language.value);
  if (sentences.length === 0) return null;
  const quoted = new Set(note.quotes.map((quote) => quote.text));
  return (
    <fieldset class="quote-picker">
      <legend>{t.talk.quotePicker}</legend>
      <p class="field-hint">{t.talk.quotePickerHint}</p>
      <ul>
        {sentences.map((sentence) => (
          <li key={`${sentence.start}:${sentence.text}`}>
            <button
              type="button"
              class="sentence"
              aria-pressed={quoted.has(sentence.text)}
              onClick={() => onChange(toggleSentenceQuote(note, sentence, crypto.randomUUID()))}
            >
              {sentence.text}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
