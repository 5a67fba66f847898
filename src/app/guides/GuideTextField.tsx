interface GuideTextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
  /** Rows of a text area; without it, a one-line input. */
  rows?: number;
  lang?: string;
}

/**
 * A labelled text field of the editor, its hint and error tied to it. Errors are not alerts:
 * after a save attempt the summary above the form takes the focus and says them all at once.
 */
export function GuideTextField({ id, label, value, onValue, hint, error, rows, lang }: GuideTextFieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    lang,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea {...shared} rows={rows} onInput={(event) => onValue(event.currentTarget.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          autocomplete="off"
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
