import { consoleProblem } from './console-state';
import { useConsoleMessages } from './messages';

/** A problem that concerns the whole console rather than one field: no connection, no role. */
export function ProblemBanner() {
  const t = useConsoleMessages();
  const problem = consoleProblem.value;
  if (problem === null || problem === 'refused') return null;
  const text = problem === 'noRole' ? t.signIn.noRole : t.problems[problem];
  return (
    <p class="warning" role="alert">
      {text}
    </p>
  );
}
