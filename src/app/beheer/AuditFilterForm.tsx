import { useState } from 'preact/hooks';
import type { AuditQuery } from '../../domain/wire/beheer';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { areas } from './console-state';
import { useConsoleMessages } from './messages';

/** The filter as typed: dates as the date inputs give them (yyyy-mm-dd, the administrator's days). */
export interface AuditFilterFields {
  person: string;
  area: string;
  kind: string;
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilterFields = { person: '', area: '', kind: '', from: '', to: '' };

/** Days are the administrator's own (local time); "to" includes its whole day. */
export function auditQueryOf(fields: AuditFilterFields): AuditQuery {
  const day = (text: string, plus = 0) => {
    const [year, month, date] = text.split('-').map(Number);
    return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + plus).toISOString();
  };
  return {
    ...(fields.person.trim() ? { actor: fields.person.trim() } : {}),
    ...(fields.area ? { area: fields.area } : {}),
    ...(fields.kind ? { action: fields.kind } : {}),
    ...(fields.from ? { from: day(fields.from) } : {}),
    ...(fields.to ? { to: day(fields.to, 1) } : {}),
  };
}

export function AuditFilterForm({
  initial,
  apply,
}: {
  initial: AuditFilterFields;
  apply: (fields: AuditFilterFields) => void;
}) {
  const t = useConsoleMessages();
  const [fields, setFields] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof AuditFilterFields) => (value: string) => setFields({ ...fields, [name]: value });
  const known = areas.value;
  // An administrator of some areas reads only their entries: she always names one of them.
  const everything = known?.canAddAreas ?? false;
  const areaOptions = [
    ...(everything ? [{ value: '', label: t.audit.allAreas }] : []),
    ...(known?.areas ?? []).map((area) => ({ value: area.id, label: area.name })),
  ];
  const kinds = [
    { value: '', label: t.audit.allKinds },
    ...Object.entries(t.audit.kinds).map(([value, label]) => ({ value, label })),
  ];

  const submit = (event: Event) => {
    event.preventDefault();
    if (fields.from && fields.to && fields.to < fields.from) {
      setProblem(t.audit.periodInvalid);
      return;
    }
    setProblem(null);
    apply(fields);
  };
  const clear = () => {
    const cleared = { ...NO_FILTER, area: everything ? '' : (areaOptions[0]?.value ?? '') };
    setFields(cleared);
    setProblem(null);
    apply(cleared);
  };

  return (
    <form class="card audit-filter" aria-labelledby="audit-filter-heading" onSubmit={submit}>
      <h2 id="audit-filter-heading">{t.audit.filters}</h2>
      <div class="audit-filter-fields">
        <TextField
          id="audit-person"
          label={t.audit.person}
          hint={t.audit.personHint}
          value={fields.person}
          onValue={set('person')}
          autocomplete="off"
        />
        <SelectField
          id="audit-area"
          label={t.audit.area}
          value={fields.area}
          options={areaOptions}
          onValue={set('area')}
        />
        <SelectField
          id="audit-kind"
          label={t.audit.kind}
          value={fields.kind}
          options={kinds}
          onValue={set('kind')}
        />
        <div class="field">
          <label for="audit-from">{t.audit.from}</label>
          <input
            id="audit-from"
            type="date"
            value={fields.from}
            onInput={(e) => set('from')(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="audit-to">{t.audit.to}</label>
          <input
            id="audit-to"
            type="date"
            value={fields.to}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'audit-to-error' : undefined}
            onInput={(e) => set('to')(e.currentTarget.value)}
          />
          {problem && (
            <p id="audit-to-error" class="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t.audit.apply}
        </button>
        <button type="button" class="button" onClick={clear}>
          {t.audit.clear}
        </button>
      </div>
    </form>
  );
}
