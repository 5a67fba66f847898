import { useRef, useState } from 'preact/hooks';
import { uuidv7 } from '../../domain/uuid';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { namesAPerson, ownerNamesAPerson } from '../../domain/values-circle/public-names';
import type { AgreedAction } from '../../domain/wire/circle-outcome';
import { useMessages } from '../i18n/locale';
import type { ThemeOption } from './ActionCard';
import { NameWarning } from './NameWarning';

interface NewActionProps {
  questionId: string;
  /** The question's value, ticked to start with. */
  valueId: ValueId | null;
  themes: ThemeOption[];
  onAdd: (action: AgreedAction) => void;
}

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * Records an action the circle agreed on. The owner is a team or organisation: a person's name is
 * flagged as it is typed and the action is not added while it is there (the server refuses it
 * too, public-names.ts), because the owner is shown on the public page.
 */
export function NewAction({ questionId, valueId, themes, onAdd }: NewActionProps) {
  const t = useMessages();
  const text = t.circleOutcome;
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [valueIds, setValueIds] = useState<ValueId[]>(valueId ? [valueId] : []);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const ownerInput = useRef<HTMLInputElement>(null);
  const id = (name: string) => `${name}-${questionId}`;
  const looksLikeName = ownerNamesAPerson(owner);
  const whatNamesAPerson = namesAPerson(what);
  const whatMissing = tried && what.trim() === '';
  const whatHints = [whatNamesAPerson ? id('what-name') : '', whatMissing ? id('what-error') : '']
    .filter(Boolean)
    .join(' ');
  const ownerMissing = tried && owner.trim() === '';
  const ownerHints = [
    id('owner-hint'),
    looksLikeName ? id('owner-name') : '',
    ownerMissing ? id('owner-error') : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      class="action-form new-action"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (what.trim() === '' || owner.trim() === '') return;
        // Focus on the field reads its description, the reason, to a screen reader user.
        if (looksLikeName) {
          ownerInput.current?.focus();
          return;
        }
        onAdd({
          id: uuidv7(),
          questionId,
          what: what.trim(),
          owner: owner.trim(),
          due: due === '' ? null : due,
          valueIds,
          themeIds,
          status: 'agreed',
          reason: '',
          updates: [],
        });
        setWhat('');
        setOwner('');
        setDue('');
        setThemeIds([]);
        setTried(false);
      }}
    >
      <p class="action-form-heading">{text.newAction}</p>
      <label for={id('what')}>{text.what}</label>
      <input
        id={id('what')}
        type="text"
        maxLength={300}
        aria-invalid={whatMissing}
        aria-describedby={whatHints || undefined}
        value={what}
        onInput={(event) => setWhat(event.currentTarget.value)}
      />
      {whatNamesAPerson && <NameWarning id={id('what-name')} />}
      {whatMissing && (
        <p id={id('what-error')} class="field-error">
          {text.required}
        </p>
      )}
      <label for={id('owner')}>{text.owner}</label>
      <p id={id('owner-hint')} class="field-hint">
        {text.ownerHint}
      </p>
      <input
        id={id('owner')}
        ref={ownerInput}
        type="text"
        maxLength={120}
        aria-invalid={ownerMissing || looksLikeName}
        aria-describedby={ownerHints}
        value={owner}
        onInput={(event) => setOwner(event.currentTarget.value)}
      />
      {looksLikeName && (
        <p id={id('owner-name')} class="field-warning" role="status">
          <span aria-hidden="true">⚠ </span>
          {text.ownerLooksLikeName}
        </p>
      )}
      {ownerMissing && (
        <p id={id('owner-error')} class="field-error">
          {text.required}
        </p>
      )}
      <label for={id('due')}>{text.due}</label>
      <input id={id('due')} type="date" value={due} onInput={(event) => setDue(event.currentTarget.value)} />
      <fieldset class="choice-group">
        <legend>{text.values}</legend>
        {VALUE_IDS.map((value) => (
          <label key={value} class="choice">
            <input
              type="checkbox"
              checked={valueIds.includes(value)}
              onChange={() => setValueIds(toggle(valueIds, value))}
            />
            {t.values[value].name}
          </label>
        ))}
      </fieldset>
      {themes.length > 0 && (
        <fieldset class="choice-group">
          <legend>{text.themes}</legend>
          {themes.map((theme) => (
            <label key={theme.id} class="choice">
              <input
                type="checkbox"
                checked={themeIds.includes(theme.id)}
                onChange={() => setThemeIds(toggle(themeIds, theme.id))}
              />
              {theme.label}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" class="button">
        {text.addAction}
      </button>
    </form>
  );
}
