import { useMemo } from 'preact/hooks';
import { isOverdue } from '../../domain/values-circle/outcome';
import { ownerNamesAPerson } from '../../domain/values-circle/public-names';
import type { AgreedAction } from '../../domain/wire/circle-outcome';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { RemoveAction, StatusForm, Updates } from './ActionControls';

export interface ThemeOption {
  id: string;
  label: string;
}

interface ActionCardProps {
  action: AgreedAction;
  today: string;
  themes: ThemeOption[];
  onChange: (action: AgreedAction) => void;
  onRemove: () => void;
}

/** One agreed action: what, who, by when, its status (with a reason when it did not work out) and its updates. */
export function ActionCard({ action, today, themes, onChange, onRemove }: ActionCardProps) {
  const t = useMessages();
  const text = t.circleOutcome;
  const lang = language.value;
  const late = isOverdue(action, today);
  // Recorded before the server refused it (or on an older version): the team must replace it,
  // since no agenda with it can be shared any more.
  const ownerIsName = useMemo(() => ownerNamesAPerson(action.owner), [action.owner]);
  const themeName = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;
  const answers = [...action.valueIds.map((id) => t.values[id].name), ...action.themeIds.map(themeName)];
  return (
    <article class={`action-card${late ? ' action-overdue' : ''}`} aria-labelledby={`action-${action.id}`}>
      <p class="action-what" id={`action-${action.id}`}>
        {action.what}
      </p>
      {late && (
        <p class="overdue-flag">
          <span aria-hidden="true">⚠ </span>
          {text.overdue}
        </p>
      )}
      <ul class="action-facts">
        <li>
          {text.ownerIs(action.owner)}
          {ownerIsName && (
            <p class="field-warning">
              <span aria-hidden="true">⚠ </span>
              {text.ownerIsNameStored}
            </p>
          )}
        </li>
        <li>{action.due ? text.dueOn(formatDate(action.due, lang)) : text.noDue}</li>
        <li>{text.statusIs(text.statuses[action.status])}</li>
        {action.status === 'not-done' && <li>{text.reasonIs(action.reason)}</li>}
        {answers.length > 0 && <li>{answers.join(', ')}</li>}
      </ul>
      <StatusForm action={action} onChange={onChange} />
      <Updates action={action} onChange={onChange} />
      <RemoveAction what={action.what} onRemove={onRemove} />
    </article>
  );
}
