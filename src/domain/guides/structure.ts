import type { ValueId } from '../values';
import { GUIDE_PHASES, type Guide, type GuidePhase } from './guide';
import { type GuideProblem, guideProblem } from './problems';

/**
 * Rules that span fields, checked once the shape is right. The phase rule exists because the
 * screens walk the appreciative cycle in order; the prompt-id rule because notes point at prompts.
 */
export function structureProblems(guide: Guide): GuideProblem[] {
  return [...phaseProblems(guide), ...promptProblems(guide)];
}

function phaseProblems(guide: Guide): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const seen = new Set<GuidePhase>();
  guide.sections.forEach((section, index) => {
    if (seen.has(section.phase)) {
      problems.push(guideProblem(`sections.${index}.phase`, 'phase-duplicate', { phase: section.phase }));
    }
    seen.add(section.phase);
  });
  for (const phase of GUIDE_PHASES) {
    if (!seen.has(phase)) problems.push(guideProblem('sections', 'phase-missing', { phase }));
  }
  // Order only means something once every phase is there exactly once; otherwise it is noise.
  if (problems.length > 0) return problems;
  const misplaced = guide.sections.findIndex((section, index) => section.phase !== GUIDE_PHASES[index]);
  const expected = GUIDE_PHASES[misplaced];
  const found = guide.sections[misplaced]?.phase;
  if (expected && found) {
    problems.push(guideProblem(`sections.${misplaced}.phase`, 'phase-out-of-order', { expected, found }));
  }
  return problems;
}

function promptProblems(guide: Guide): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const firstPathById = new Map<string, string>();
  guide.sections.forEach((section, sectionIndex) => {
    section.prompts.forEach((prompt, promptIndex) => {
      const path = `sections.${sectionIndex}.prompts.${promptIndex}`;
      const firstPath = firstPathById.get(prompt.id);
      if (firstPath === undefined) firstPathById.set(prompt.id, `${path}.id`);
      else problems.push(guideProblem(`${path}.id`, 'duplicate-prompt-id', { id: prompt.id, firstPath }));

      const values = new Set<ValueId>();
      prompt.values.forEach((value, valueIndex) => {
        if (values.has(value))
          problems.push(guideProblem(`${path}.values.${valueIndex}`, 'duplicate-value', { value }));
        values.add(value);
      });
    });
  });
  return problems;
}
