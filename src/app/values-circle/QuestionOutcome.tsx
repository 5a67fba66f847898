import {
  isOverdue,
  notesFor,
  withAction,
  withNotes,
  withoutAction,
} from '../../domain/values-circle/outcome';
import type { Agenda, AgendaQuestion } from '../../domain/wire/agenda';
import { type CircleOutcome, EMPTY_OUTCOME } from '../../domain/wire/circle-outcome';
import { useMessages } from '../i18n/locale';
import { ActionCard, type ThemeOption } from './ActionCard';
import { NewAction } from './NewAction';

interface QuestionOutcomeProps {
  question: AgendaQuestion;
  n: number;
  agenda: Agenda;
  today: string;
  themes: ThemeOption[];
  onChange: (agenda: Agenda) => void;
}

/** What was said about one question in the circle, and what was agreed on it. */
export function QuestionOutcome({ question, n, agenda, today, themes, onChange }: QuestionOutcomeProps) {
  const text = useMessages().circleOutcome;
  const outcome = agenda.outcome ?? EMPTY_OUTCOME;
  const actions = outcome.actions.filter((action) => action.questionId === question.id);
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  const set = (next: CircleOutcome) => onChange({ ...agenda, outcome: next });
  const notesId = `notes-${question.id}`;
  return (
    <details class="question-outcome">
      <summary class="outcome-summary">
        {overdue > 0 && <span aria-hidden="true">⚠ </span>}
        {text.summary(n, actions.length, overdue)}
      </summary>
      <label for={notesId}>{text.notesLabel}</label>
      <p id={`${notesId}-hint`} class="field-hint">
        {text.notesHint}
      </p>
      <textarea
        id={notesId}
        rows={3}
        maxLength={2000}
        aria-describedby={`${notesId}-hint`}
        value={notesFor(outcome, question.id)}
        onInput={(event) => set(withNotes(outcome, question.id, event.currentTarget.value))}
      />
      <h4>{text.actionsHeading}</h4>
      {actions.length === 0 ? (
        <p>{text.noActions}</p>
      ) : (
        <ul class="action-list">
          {actions.map((action) => (
            <li key={action.id}>
              <ActionCard
                action={action}
                today={today}
                themes={themes}
                onChange={(next) => set(withAction(outcome, next))}
                onRemove={() => set(withoutAction(outcome, action.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <NewAction
        questionId={question.id}
        valueId={question.valueId}
        themes={themes}
        onAdd={(action) => set(withAction(outcome, action))}
      />
    </details>
  );
}
