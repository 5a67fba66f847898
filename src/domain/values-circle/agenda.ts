import { AGENDA_LIMITS, type Agenda, type AgendaQuestion } from '../wire/agenda';
import { EMPTY_OUTCOME } from '../wire/circle-outcome';
import { type CircleConflict, mergeHeldCircles } from './held-circles';
import { mergeOutcomes, type OutcomeConflict } from './outcome';
import { mergePicks } from './quote-picks';

/**
 * The agenda two members of an area team prepare together, each on their own device and often
 * offline. When both changed it, the edits meet in a three-way merge against the version both
 * started from: a question removed on one side stays removed, one added on either side is kept,
 * and where both rewrote the same question this device's words win (the other's were seen first).
 */

export const EMPTY_AGENDA: Agenda = { questions: [], participation: '' };

function sameQuestion(a: AgendaQuestion | undefined, b: AgendaQuestion | undefined): boolean {
  return a?.text === b?.text && a?.valueId === b?.valueId;
}

/** Where both members changed the same thing: in the circle's outcome, or one circle held. */
export type MergeConflict = OutcomeConflict | CircleConflict;

export function mergeAgendas(base: Agenda | null, mine: Agenda, theirs: Agenda): Agenda {
  return mergeAgendasReporting(base, mine, theirs).agenda;
}

/** The merge, and where both sides changed the same part of the circle's outcome. */
export function mergeAgendasReporting(
  base: Agenda | null,
  mine: Agenda,
  theirs: Agenda,
): { agenda: Agenda; conflicts: MergeConflict[] } {
  const start = base ?? EMPTY_AGENDA;
  const inBase = new Map(start.questions.map((q) => [q.id, q]));
  const inTheirs = new Map(theirs.questions.map((q) => [q.id, q]));
  const inMine = new Set(mine.questions.map((q) => q.id));

  const kept = mine.questions.flatMap((question) => {
    const before = inBase.get(question.id);
    const other = inTheirs.get(question.id);
    // Removed there and not touched here: it goes.
    if (before && !other) return sameQuestion(before, question) ? [] : [question];
    if (before && other && sameQuestion(before, question)) return [other];
    return [question];
  });
  const addedThere = theirs.questions.filter((q) => !inMine.has(q.id) && !inBase.has(q.id));
  const participation =
    mine.participation !== start.participation ? mine.participation : theirs.participation;
  const picks = mergePicks(
    base?.pickedQuotes,
    mine.pickedQuotes,
    theirs.pickedQuotes,
    AGENDA_LIMITS.pickedQuotes,
  );
  const held = mergeHeldCircles(base?.heldCircles, mine.heldCircles, theirs.heldCircles);
  const merged: Agenda = {
    questions: [...kept, ...addedThere],
    participation,
    ...(picks === undefined ? {} : { pickedQuotes: picks }),
    ...(held.circles === undefined ? {} : { heldCircles: held.circles }),
  };
  if (!base?.outcome && !mine.outcome && !theirs.outcome)
    return { agenda: merged, conflicts: held.conflicts };
  // A side without an outcome comes from a device that does not know it: it changed nothing there.
  const before = base?.outcome ?? EMPTY_OUTCOME;
  const { outcome, conflicts } = mergeOutcomes(before, mine.outcome ?? before, theirs.outcome ?? before);
  return { agenda: { ...merged, outcome }, conflicts: [...conflicts, ...held.conflicts] };
}

export function moveQuestion(agenda: Agenda, id: string, by: -1 | 1): Agenda {
  const index = agenda.questions.findIndex((q) => q.id === id);
  const target = index + by;
  if (index < 0 || target < 0 || target >= agenda.questions.length) return agenda;
  const questions = [...agenda.questions];
  const [moved] = questions.splice(index, 1);
  if (moved) questions.splice(target, 0, moved);
  return { ...agenda, questions };
}
