import { useState } from 'preact/hooks';
import { uuidv7 } from '../../domain/uuid';
import { withStatus, withUpdate } from '../../domain/values-circle/outcome';
import { namesAPerson } from '../../domain/values-circle/public-names';
import { ACTION_STATUSES, type ActionStatus, type AgreedAction } from '../../domain/wire/circle-outcome';
import { formatDate, todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { NameWarning } from './NameWarning';

/** What the team does with an action through the year: change its status, add progress, remove it. */

export function StatusForm({
  action,
  onChange,
}: {
  action: AgreedAction;
  onChange: (a: AgreedAction) => void;
}) {
  const text = useMessages().circleOutcome;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [reason, setReason] = useState(action.reason);
  const [missing, setMissing] = useState(false);
  const id = (name: string) => `${name}-${action.id}`;
  const reasonNamesAPerson = status === 'not-done' && namesAPerson(reason);
  const reasonHints = [reasonNamesAPerson ? id('reason-name') : '', missing ? id('reason-error') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <form
      class="action-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (status === 'not-done' && reason.trim() === '') {
          setMissing(true);
          return;
        }
        setMissing(false);
        onChange(withStatus(action, status, reason.trim()));
      }}
    >
      <label for={id('status')}>{text.status}</label>
      <select
        id={id('status')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as ActionStatus)}
      >
        {ACTION_STATUSES.map((option) => (
          <option key={option} value={option}>
            {text.statuses[option]}
          </option>
        ))}
      </select>
      {status === 'not-done' && (
        <>
          <label for={id('reason')}>{text.reason}</label>
          <textarea
            id={id('reason')}
            rows={2}
            maxLength={500}
            aria-required="true"
            aria-invalid={missing}
            aria-describedby={reasonHints || undefined}
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          {reasonNamesAPerson && <NameWarning id={id('reason-name')} />}
          {missing && (
            <p id={id('reason-error')} class="field-error" role="alert">
              {text.reasonRequired}
            </p>
          )}
        </>
      )}
      <button type="submit" class="button button-small">
        {text.saveStatus}
      </button>
    </form>
  );
}

export function Updates({ action, onChange }: { action: AgreedAction; onChange: (a: AgreedAction) => void }) {
  const text = useMessages().circleOutcome;
  const lang = language.value;
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const id = (name: string) => `${name}-${action.id}`;
  const noteNamesAPerson = namesAPerson(note);
  return (
    <div class="action-updates">
      {action.updates.length > 0 && (
        <>
          <p class="action-updates-heading">{text.updatesHeading}</p>
          <ol>
            {action.updates.map((update) => (
              <li key={update.id}>
                <time dateTime={update.date}>{formatDate(update.date, lang)}</time>: {update.text}
              </li>
            ))}
          </ol>
        </>
      )}
      <form
        class="action-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim() === '' || date === '') return;
          onChange(withUpdate(action, { id: uuidv7(), date, text: note.trim() }));
          setNote('');
        }}
      >
        <label for={id('update-text')}>{text.updateText}</label>
        <input
          id={id('update-text')}
          type="text"
          maxLength={280}
          aria-describedby={noteNamesAPerson ? id('update-name') : undefined}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        {noteNamesAPerson && <NameWarning id={id('update-name')} />}
        <label for={id('update-date')}>{text.updateDate}</label>
        <input
          id={id('update-date')}
          type="date"
          value={date}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        <button type="submit" class="button button-small">
          {text.addUpdate}
        </button>
      </form>
    </div>
  );
}

/** Removing asks once more: an action deleted by a slip would be gone for the whole team. */
export function RemoveAction({ what, onRemove }: { what: string; onRemove: () => void }) {
  const text = useMessages().circleOutcome;
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        class="button button-small"
        aria-label={text.removeActionNamed(what)}
        onClick={() => setAsking(true)}
      >
        {text.removeAction}
      </button>
    );
  }
  return (
    <fieldset class="choice-group remove-action">
      <legend>{text.removeActionNamed(what)}</legend>
      <button type="button" class="button button-small" onClick={onRemove}>
        {text.removeConfirm}
      </button>
      <button type="button" class="button button-small" onClick={() => setAsking(false)}>
        {text.removeCancel}
      </button>
    </fieldset>
  );
}
