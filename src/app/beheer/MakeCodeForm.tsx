import { useState } from 'preact/hooks';
import { CODE_LABEL_MAX_LENGTH, CODE_VALIDITY_DAYS, type NewCodeResponse } from '../../domain/wire/beheer';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { consoleApi } from './api';
import { noteProblem } from './console-state';
import { useConsoleMessages } from './messages';

export function MakeCodeForm({
  areaId,
  onMade,
}: {
  areaId: string;
  onMade: (code: NewCodeResponse) => void;
}) {
  const t = useConsoleMessages();
  const [label, setLabel] = useState('');
  const [validDays, setValidDays] = useState('7');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await consoleApi.makeCode(areaId, {
      label: label.trim().slice(0, CODE_LABEL_MAX_LENGTH),
      validDays: Number(validDays),
    });
    setBusy(false);
    if (!result.ok) return noteProblem(result);
    setLabel('');
    onMade(result.value);
  };

  return (
    <form
      class="card console-form"
      aria-labelledby="make-code-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="make-code-heading">{t.codes.make}</h2>
      <TextField
        id="code-label"
        label={t.codes.label}
        hint={t.codes.labelHint}
        value={label}
        onValue={setLabel}
        autocomplete="off"
      />
      <SelectField
        id="code-validity"
        label={t.codes.validity}
        value={validDays}
        options={CODE_VALIDITY_DAYS.map((days) => ({ value: String(days), label: t.codes.days(days) }))}
        onValue={setValidDays}
      />
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t.codes.making : t.codes.make}
        </button>
      </div>
    </form>
  );
}
