import { useRef, useState } from 'preact/hooks';
import {
  type QuoteCandidate,
  type QuoteProblem,
  redactByHand,
  reviseQuote,
  segmentsOf,
} from '../../domain/sharing/quote-review';
import { useMessages } from '../i18n/locale';

/** A quote with every replacement highlighted and named for screen readers. */
export function HighlightedQuote({ text }: { text: string }) {
  const t = useMessages();
  return (
    <q>
      {segmentsOf(text).map((segment, index) =>
        segment.mark ? (
          <mark key={index} class="replaced">
            {segment.text}
            <span class="visually-hidden"> ({t.sharing.preview.marks[segment.mark]})</span>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </q>
  );
}

interface QuoteReviewProps {
  candidate: QuoteCandidate;
  problem: QuoteProblem | undefined;
  peopleMentioned: readonly string[];
  onChange: (next: QuoteCandidate) => void;
}

/** One quote to approve, or to redact further by hand first; nothing is approved by default. */
export function QuoteReview({ candidate, problem, peopleMentioned, onChange }: QuoteReviewProps) {
  const t = useMessages();
  const [editing, setEditing] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = `quote-${candidate.quoteId}`;

  const redactSelection = () => {
    const field = area.current;
    if (!field || editing === null) return;
    setEditing(redactByHand(editing, field.selectionStart, field.selectionEnd));
    field.focus();
  };
  const finish = () => {
    if (editing !== null) onChange({ ...candidate, text: reviseQuote(editing, peopleMentioned) });
    setEditing(null);
  };

  return (
    <li class="quote-review">
      <p class="quote-text" id={`${id}-text`}>
        <HighlightedQuote text={candidate.text} />
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={candidate.approved}
          aria-describedby={`${id}-text${problem ? ` ${id}-problem` : ''}`}
          onChange={(event) => onChange({ ...candidate, approved: event.currentTarget.checked })}
        />
        <span>{t.sharing.preview.approve}</span>
      </label>
      {problem && (
        <p id={`${id}-problem`} class="field-error" role="alert">
          {t.sharing.preview.quoteProblems[problem]}
        </p>
      )}
      {editing === null ? (
        <button type="button" class="link-button" onClick={() => setEditing(candidate.text)}>
          {t.sharing.preview.edit}
        </button>
      ) : (
        <div class="field quote-edit">
          <label for={`${id}-edit`}>{t.sharing.preview.editLabel}</label>
          <p id={`${id}-edit-hint`} class="field-hint">
            {t.sharing.preview.editHint}
          </p>
          <textarea
            id={`${id}-edit`}
            ref={area}
            rows={4}
            value={editing}
            aria-describedby={`${id}-edit-hint`}
            onInput={(event) => setEditing(event.currentTarget.value)}
          />
          <div class="actions">
            <button
              type="button"
              class="button button-small"
              // Keep the selection: a mouse press on the button would otherwise clear it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={redactSelection}
            >
              {t.sharing.preview.redactSelection}
            </button>
            <button type="button" class="button button-small button-primary" onClick={finish}>
              {t.sharing.preview.editDone}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
