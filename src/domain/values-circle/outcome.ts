import {
  type ActionStatus,
  type ActionUpdate,
  type AgreedAction,
  type CircleOutcome,
  EMPTY_OUTCOME,
  OUTCOME_LIMITS,
  type QuestionNotes,
} from '../wire/circle-outcome';

/**
 * The circle's outcome as the team keeps it through the year, and how two members' edits of it
 * meet. The merge follows the agenda's rule (this device's edit wins where both changed the same
 * thing, the other's was seen first) but per field of an action, so edits of different actions,
 * or of different fields of one action, all survive. Where both sides changed the same field
 * differently the merge says so, for the team to check.
 */

/** Status and reason move together: "niet gelukt" never loses its reason to the other side. */
export const ACTION_FIELDS = [
  'questionId',
  'what',
  'owner',
  'due',
  'valueIds',
  'themeIds',
  'status',
  'updates',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export type OutcomeConflict =
  | { kind: 'notes'; questionId: string }
  | { kind: 'action'; actionId: string; field: ActionField }
  /** Removed on one side while changed on the other: this device's choice was kept. */
  | { kind: 'removed-or-changed'; actionId: string }
  /** Both sides added so much that the merged list went over the limit: the other's extras are left out. */
  | { kind: 'over-limit'; actionId: string | null };

export interface OutcomeMerge {
  outcome: CircleOutcome;
  conflicts: OutcomeConflict[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pick<T>(base: T, mine: T, theirs: T, onConflict: () => void): T {
  if (same(mine, base)) return theirs;
  if (!same(theirs, base) && !same(mine, theirs)) onConflict();
  return mine;
}

type FieldValue<F extends ActionField> = F extends 'status'
  ? Pick<AgreedAction, 'status' | 'reason'>
  : AgreedAction[F & keyof AgreedAction];

function fieldOf<F extends ActionField>(action: AgreedAction, field: F): FieldValue<F> {
  if (field === 'status') return { status: action.status, reason: action.reason } as FieldValue<F>;
  return action[field as keyof AgreedAction] as FieldValue<F>;
}

/**
 * Three-way merge of lists keyed by id, in this device's order with the other's additions after.
 * Removed on one side and untouched on the other: gone. Removed on one side and changed on the
 * other: this device's choice stands.
 */
function mergeKeyed<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (item: T) => string,
  mergeItem: (before: T, here: T, there: T) => T,
  onRemovedOrChanged: (id: string) => void,
): T[] {
  const inBase = new Map(base.map((item) => [key(item), item]));
  const inTheirs = new Map(theirs.map((item) => [key(item), item]));
  const inMine = new Set(mine.map(key));
  const kept = mine.flatMap((item) => {
    const id = key(item);
    const before = inBase.get(id);
    const there = inTheirs.get(id);
    if (before && !there) {
      if (same(before, item)) return [];
      onRemovedOrChanged(id);
      return [item];
    }
    // Added on both sides under one id: treated as this device's addition over theirs.
    if (there) return [mergeItem(before ?? there, item, there)];
    return [item];
  });
  for (const item of theirs) {
    const id = key(item);
    const before = inBase.get(id);
    if (!inMine.has(id) && before && !same(before, item)) onRemovedOrChanged(id);
  }
  const addedThere = theirs.filter((item) => !inMine.has(key(item)) && !inBase.has(key(item)));
  return [...kept, ...addedThere];
}

function mergeAction(
  before: AgreedAction,
  here: AgreedAction,
  there: AgreedAction,
  conflicts: OutcomeConflict[],
): AgreedAction {
  const merged: AgreedAction = { ...here };
  for (const field of ACTION_FIELDS) {
    const onConflict = () => conflicts.push({ kind: 'action', actionId: here.id, field });
    if (field === 'updates') {
      merged.updates = mergeKeyed(
        before.updates,
        here.updates,
        there.updates,
        (update) => update.id,
        (b, m, t) => pick(b, m, t, onConflict),
        onConflict,
      );
      if (merged.updates.length > OUTCOME_LIMITS.updates) {
        merged.updates = merged.updates.slice(0, OUTCOME_LIMITS.updates);
        conflicts.push({ kind: 'over-limit', actionId: here.id });
      }
    } else if (field === 'status') {
      Object.assign(
        merged,
        pick(fieldOf(before, field), fieldOf(here, field), fieldOf(there, field), onConflict),
      );
    } else {
      Object.assign(merged, {
        [field]: pick(fieldOf(before, field), fieldOf(here, field), fieldOf(there, field), onConflict),
      });
    }
  }
  return merged;
}

export function mergeOutcomes(
  base: CircleOutcome | null,
  mine: CircleOutcome,
  theirs: CircleOutcome,
): OutcomeMerge {
  const start = base ?? EMPTY_OUTCOME;
  const conflicts: OutcomeConflict[] = [];
  const notes = mergeKeyed<QuestionNotes>(
    start.notes,
    mine.notes,
    theirs.notes,
    (note) => note.questionId,
    (b, m, t) => pick(b, m, t, () => conflicts.push({ kind: 'notes', questionId: m.questionId })),
    (questionId) => conflicts.push({ kind: 'notes', questionId }),
  );
  let actions = mergeKeyed(
    start.actions,
    mine.actions,
    theirs.actions,
    (action) => action.id,
    (b, m, t) => mergeAction(b, m, t, conflicts),
    (actionId) => conflicts.push({ kind: 'removed-or-changed', actionId }),
  );
  if (actions.length > OUTCOME_LIMITS.actions) {
    actions = actions.slice(0, OUTCOME_LIMITS.actions);
    conflicts.push({ kind: 'over-limit', actionId: null });
  }
  return { outcome: { notes: notes.slice(0, 100), actions }, conflicts };
}

/** A due date passed while the action is still open ("afgesproken" or "bezig"). `today` is YYYY-MM-DD. */
export function isOverdue(action: Pick<AgreedAction, 'due' | 'status'>, today: string): boolean {
  return (
    action.due !== null &&
    action.due < today &&
    (action.status === 'agreed' || action.status === 'in-progress')
  );
}

export function withStatus(action: AgreedAction, status: ActionStatus, reason: string): AgreedAction {
  return { ...action, status, reason: status === 'not-done' ? reason : '' };
}

export function withUpdate(action: AgreedAction, update: ActionUpdate): AgreedAction {
  return { ...action, updates: [...action.updates, update].slice(-OUTCOME_LIMITS.updates) };
}

export function notesFor(outcome: CircleOutcome, questionId: string): string {
  return outcome.notes.find((note) => note.questionId === questionId)?.text ?? '';
}

export function withNotes(outcome: CircleOutcome, questionId: string, text: string): CircleOutcome {
  const others = outcome.notes.filter((note) => note.questionId !== questionId);
  return { ...outcome, notes: text === '' ? others : [...others, { questionId, text }] };
}

export function withAction(outcome: CircleOutcome, action: AgreedAction): CircleOutcome {
  const exists = outcome.actions.some((a) => a.id === action.id);
  return {
    ...outcome,
    actions: exists
      ? outcome.actions.map((a) => (a.id === action.id ? action : a))
      : [...outcome.actions, action],
  };
}

export function withoutAction(outcome: CircleOutcome, actionId: string): CircleOutcome {
  return { ...outcome, actions: outcome.actions.filter((a) => a.id !== actionId) };
}

/** Which actions a save created, changed or removed: for the audit trail (ids only, never text). */
export function actionChanges(
  before: CircleOutcome | null,
  after: CircleOutcome,
): { created: string[]; updated: string[]; removed: string[] } {
  const earlier = new Map((before ?? EMPTY_OUTCOME).actions.map((a) => [a.id, a]));
  const now = new Set(after.actions.map((a) => a.id));
  const created: string[] = [];
  const updated: string[] = [];
  for (const action of after.actions) {
    const was = earlier.get(action.id);
    if (!was) created.push(action.id);
    else if (!same(was, action)) updated.push(action.id);
  }
  const removed = [...earlier.keys()].filter((id) => !now.has(id));
  return { created, updated, removed };
}

/** An action half-typed on this device (no owner yet, "niet gelukt" without a reason) stays here until it is complete. */
export function isComplete(action: AgreedAction): boolean {
  return (
    action.what.trim() !== '' &&
    action.owner.trim() !== '' &&
    (action.status === 'not-done') === (action.reason.trim() !== '')
  );
}
