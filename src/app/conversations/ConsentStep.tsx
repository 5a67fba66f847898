import { useState } from 'preact/hooks';
import { type Conversation, recordConsent } from '../../domain/conversation';
import { useMessages } from '../i18n/locale';

/** Read together with the resident, one point at a time; nothing is noted before (a) is agreed. */
export function ConsentStep({
  conversation,
  onRecord,
}: {
  conversation: Conversation;
  onRecord: (next: Conversation) => void;
}) {
  const t = useMessages();
  const [notes, setNotes] = useState(false);
  const [themesAndValues, setThemesAndValues] = useState(false);
  const [quotes, setQuotes] = useState(false);

  const points = [
    { id: 'consent-notes', text: t.consent.notes, checked: notes, set: setNotes },
    { id: 'consent-themes', text: t.consent.themes, checked: themesAndValues, set: setThemesAndValues },
    { id: 'consent-quotes', text: t.consent.quotes, checked: quotes, set: setQuotes },
  ];

  return (
    <form
      class="card consent"
      onSubmit={(event) => {
        event.preventDefault();
        if (notes) onRecord(recordConsent(conversation, { notes, themesAndValues, quotes }, Date.now()));
      }}
    >
      <h2>{t.consent.title}</h2>
      <p>{t.consent.intro}</p>
      <ol class="consent-points">
        {points.map((point) => (
          <li key={point.id}>
            <label class="check" for={point.id}>
              <input
                id={point.id}
                type="checkbox"
                checked={point.checked}
                onChange={(event) => point.set(event.currentTarget.checked)}
              />
              <span>{point.text}</span>
            </label>
          </li>
        ))}
      </ol>
      {!notes && <p class="field-hint">{t.consent.needNotes}</p>}
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={!notes}>
          {t.consent.record}
        </button>
        {/* Each point is still read out and asked; when the answer is yes to all, one tap records it. */}
        <button
          type="button"
          class="button"
          onClick={() =>
            onRecord(
              recordConsent(conversation, { notes: true, themesAndValues: true, quotes: true }, Date.now()),
            )
          }
        >
          {t.consent.recordAll}
        </button>
      </div>
    </form>
  );
}
