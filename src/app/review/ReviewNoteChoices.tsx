import { useRef } from 'preact/hooks';
import type { Note } from '../../domain/note';
import type { ReviewChoices } from '../../flows/share-for-review';
import { useMessages } from '../i18n/locale';

/** Per note: leave it out, or select a passage and cut it; and whether names are anonymised. */
export function ReviewNoteChoices({
  notes,
  hasReflection,
  choices,
  onChange,
}: {
  notes: readonly Note[];
  /** The interviewer wrote a reflection she may choose to include. */
  hasReflection: boolean;
  choices: ReviewChoices;
  onChange: (next: ReviewChoices) => void;
}) {
  const reviewText = useMessages().review;
  const areas = useRef(new Map<string, HTMLTextAreaElement>());
  const removeSelection = (noteId: string) => {
    const area = areas.current.get(noteId);
    if (!area || area.selectionStart === area.selectionEnd) return;
    const removal = { noteId, start: area.selectionStart, end: area.selectionEnd };
    onChange({ ...choices, removed: [...choices.removed, removal] });
  };
  const leaveOut = (noteId: string, out: boolean) =>
    onChange({
      ...choices,
      leftOut: out ? [...choices.leftOut, noteId] : choices.leftOut.filter((id) => id !== noteId),
    });

  return (
    <section class="card" aria-labelledby="review-choose">
      <h2 id="review-choose">{reviewText.choose}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={choices.anonymise}
          onChange={(e) => onChange({ ...choices, anonymise: e.currentTarget.checked })}
        />
        <span>{reviewText.anonymise}</span>
      </label>
      {hasReflection && (
        <label class="check">
          <input
            type="checkbox"
            checked={choices.includeReflection === true}
            onChange={(e) => onChange({ ...choices, includeReflection: e.currentTarget.checked })}
          />
          <span>{reviewText.includeReflection}</span>
        </label>
      )}
      <p class="hint-line">{reviewText.removeHint}</p>
      {notes
        .filter((note) => note.text.trim() !== '')
        .map((note) => (
          <div class="review-note-choice" key={note.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={choices.leftOut.includes(note.id)}
                onChange={(e) => leaveOut(note.id, e.currentTarget.checked)}
              />
              <span>{reviewText.leaveOutNote}</span>
            </label>
            {!choices.leftOut.includes(note.id) && (
              <>
                <textarea
                  readOnly
                  rows={3}
                  aria-label={reviewText.preview}
                  value={note.text}
                  ref={(element) => {
                    if (element) areas.current.set(note.id, element);
                  }}
                />
                <button
                  type="button"
                  class="button button-small"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => removeSelection(note.id)}
                >
                  {reviewText.removeSelection}
                </button>
              </>
            )}
          </div>
        ))}
      {choices.removed.length > 0 && (
        <p>
          {reviewText.removedCount(choices.removed.length)}{' '}
          <button type="button" class="link-button" onClick={() => onChange({ ...choices, removed: [] })}>
            {reviewText.undoRemovals}
          </button>
        </p>
      )}
    </section>
  );
}
