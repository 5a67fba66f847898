import { isOverdue, withAction, withoutAction } from '../../domain/values-circle/outcome';
import type { Agenda } from '../../domain/wire/agenda';
import { EMPTY_OUTCOME } from '../../domain/wire/circle-outcome';
import { formatDate } from '../format';
import { language, useMessages } from '../i18n/locale';
import { ActionCard, type ThemeOption } from './ActionCard';

interface ActionsOverviewProps {
  agenda: Agenda;
  today: string;
  themes: ThemeOption[];
  /** How many things the last merge with a colleague's edits decided for this device. */
  conflicts: number;
  onChange: (agenda: Agenda) => void;
}

/** Every agreed action at a glance, overdue ones first and marked in words, not by colour alone. */
export function ActionsOverview({ agenda, today, themes, conflicts, onChange }: ActionsOverviewProps) {
  const text = useMessages().circleOutcome;
  const lang = language.value;
  const outcome = agenda.outcome ?? EMPTY_OUTCOME;
  const onAgenda = new Set(agenda.questions.map((q) => q.id));
  const late = outcome.actions.filter((a) => isOverdue(a, today));
  const sorted = [...late, ...outcome.actions.filter((a) => !isOverdue(a, today))];
  const orphans = outcome.actions.filter((a) => a.questionId === null || !onAgenda.has(a.questionId));
  return (
    <section aria-labelledby="circle-actions" class="card actions-overview">
      <h2 id="circle-actions">{text.overviewHeading}</h2>
      {conflicts > 0 && <p class="notice-line">{text.conflicts(conflicts)}</p>}
      {outcome.actions.length === 0 ? (
        <p>{text.overviewEmpty}</p>
      ) : (
        <>
          <p class={late.length > 0 ? 'overdue-flag' : 'hint-line'}>
            {late.length > 0 && <span aria-hidden="true">⚠ </span>}
            {late.length > 0 ? text.overdueCount(late.length) : text.noneOverdue}
          </p>
          <ul class="action-summary">
            {sorted.map((action) => {
              const overdue = isOverdue(action, today);
              return (
                <li key={action.id} class={overdue ? 'action-overdue' : ''}>
                  <span class="action-summary-what">{action.what}</span>
                  <span>
                    {text.statuses[action.status]}
                    {action.due ? ` · ${text.dueOn(formatDate(action.due, lang))}` : ''}
                  </span>
                  {overdue && (
                    <strong class="overdue-flag">
                      <span aria-hidden="true">⚠ </span>
                      {text.overdue}
                    </strong>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {orphans.length > 0 && (
        <>
          <h3>{text.otherActions}</h3>
          <ul class="action-list">
            {orphans.map((action) => (
              <li key={action.id}>
                <ActionCard
                  action={action}
                  today={today}
                  themes={themes}
                  onChange={(next) => onChange({ ...agenda, outcome: withAction(outcome, next) })}
                  onRemove={() => onChange({ ...agenda, outcome: withoutAction(outcome, action.id) })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
