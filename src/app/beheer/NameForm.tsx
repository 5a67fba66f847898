import { useState } from 'preact/hooks';
import { TextField } from '../components/TextField';
import type { ConsoleResult } from './api';
import { noteProblem } from './console-state';
import { type ConsoleMessages, useConsoleMessages } from './messages';

/** The field's error for a name the server refused (store/areas.ts decides; we only say it). */
export function nameProblemText(t: ConsoleMessages, code: string): string | null {
  if (code === 'name_empty' || code === 'invalid_request') return t.areas.nameEmpty;
  if (code === 'name_too_long') return t.areas.nameTooLong;
  if (code === 'name_taken') return t.areas.nameTaken;
  return null;
}

interface NameFormProps {
  id: string;
  heading: string;
  label: string;
  submitLabel: string;
  /** Resolves with the status line to announce, or the failed result. */
  submit(name: string): Promise<ConsoleResult<string>>;
  cancel?: () => void;
}

/** One name to add or change (an area, a group), with the server's refusal tied to the field. */
export function NameForm({ id, heading, label, submitLabel, submit, cancel }: NameFormProps) {
  const t = useConsoleMessages();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError(t.areas.nameEmpty);
    setBusy(true);
    const result = await submit(name);
    setBusy(false);
    if (result.ok) {
      setName('');
      setError(null);
      return;
    }
    const text = nameProblemText(t, result.code);
    if (text === null) noteProblem(result);
    setError(text);
  };

  return (
    <form class="console-name-form" aria-label={heading} onSubmit={(event) => void send(event)} noValidate>
      <TextField id={id} label={label} value={name} onValue={setName} autocomplete="off" error={error} />
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {cancel && (
          <button type="button" class="button" onClick={cancel}>
            {t.areas.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
