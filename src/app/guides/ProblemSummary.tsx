import type { GuideProblem } from '../../domain/guides/problems';
import { useMessages } from '../i18n/locale';
import { fieldId, fieldPathOf } from './editor-problems';
import { problemText, type SectionName } from './problem-text';

/**
 * What keeps the guide from being saved, above the form: it takes the focus after a save
 * attempt, and each line leads to its field.
 */
export function ProblemSummary({
  problems,
  sectionName,
}: {
  problems: readonly GuideProblem[];
  sectionName: SectionName;
}) {
  const t = useMessages();
  const go = (event: Event, id: string) => {
    event.preventDefault();
    const field = document.getElementById(id);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="guide-problems">
      <h2 id={fieldId('')} tabIndex={-1}>
        {t.guides.edit.problems(problems.length)}
      </h2>
      <ul>
        {problems.map((problem, index) => {
          const id = fieldId(fieldPathOf(problem.path));
          return (
            <li key={index}>
              <a href={`#${id}`} onClick={(event) => go(event, id)}>
                {problemText(t, problem, sectionName)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
