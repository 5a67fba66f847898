import type { Guide } from '../../domain/guides/guide';
import type { GuideProblem } from '../../domain/guides/problems';
import { validateGuide } from '../../domain/guides/schema';
import { reviseGuide } from '../../domain/guides/versions';
import { changesOf, type GuideDraft } from './guide-draft';

/** The revision a draft would make, with what is wrong with it; problems are empty when it may be saved. */
export function checkDraft(
  guide: Guide,
  draft: GuideDraft,
): { revision: Guide; problems: readonly GuideProblem[] } {
  const revision = reviseGuide(guide, changesOf(draft));
  const result = validateGuide(revision);
  return result.ok ? { revision: result.guide, problems: [] } : { revision, problems: result.errors };
}

// The paths the editor has a field (or fieldset) for; a problem deeper down goes to the nearest.
const FIELD_PATH =
  /^(title|description|residentProfile|sections\.\d+(\.(title|intro|prompts(\.\d+(\.(question|probes|hint|values))?)?))?)$/;

export function fieldPathOf(problemPath: string): string {
  const segments = problemPath.split('.');
  while (segments.length > 0 && !FIELD_PATH.test(segments.join('.'))) segments.pop();
  return segments.join('.');
}

/** The DOM id of the field for a path: "sections.1.prompts.0.question" → "guide-edit-sections-1-prompts-0-question". */
export function fieldId(path: string): string {
  return path ? `guide-edit-${path.replaceAll('.', '-')}` : 'guide-edit-problems';
}

export type ProblemsByField = ReadonlyMap<string, readonly GuideProblem[]>;

export function problemsByField(problems: readonly GuideProblem[]): ProblemsByField {
  const byField = new Map<string, GuideProblem[]>();
  for (const problem of problems) {
    const path = fieldPathOf(problem.path);
    byField.set(path, [...(byField.get(path) ?? []), problem]);
  }
  return byField;
}
