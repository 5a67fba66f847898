interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'password' | 'search';
  autocomplete?: string;
  hint?: string;
  error?: string | null;
  /** For codes typed from paper: no autocorrect, shown in capitals on phone keyboards. */
  code?: boolean;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  id,
  label,
  value,
  onValue,
  type = 'text',
  autocomplete,
  hint,
  error,
  code = false,
}: TextFieldProps) {
  // Preact 11 types <input> as a union keyed on a literal `type`; any of ours takes the same attributes.
  const inputType = type as 'text';
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={inputType}
        autocomplete={autocomplete}
        autocapitalize={code ? 'characters' : undefined}
        spellcheck={code ? false : undefined}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
