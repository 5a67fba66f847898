import * as v from 'valibot';
import { VALUE_IDS, type ValueId } from '../values';
import { WIRE_ID_PATTERN } from './summary';
import { CLEAN_TEXT_MESSAGE, isCleanText } from './validation';

/**
 * What came out of the values circle, kept inside the area's agenda (as its optional `outcome`),
 * so it shares the agenda's version, its refusal of stale saves and its three-way merge: short
 * notes per question of what was said, and the actions the circle agreed on, followed through
 * the year. An agenda without `outcome` is what devices from before this existed send; the
 * server then keeps the stored outcome (see store/agendas.ts), so they cannot wipe it.
 */

export const OUTCOME_LIMITS = {
  actions: 60,
  whatLength: 300,
  ownerLength: 120,
  reasonLength: 500,
  updates: 10,
  updateLength: 280,
  notesLength: 2_000,
  themes: 10,
} as const;

export const ACTION_STATUSES = ['agreed', 'in-progress', 'done', 'not-done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionUpdate {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  text: string;
}

export interface AgreedAction {
  /** Made on the device (UUID, lowercase), so edits of one action can be merged. */
  id: string;
  /** The agenda question it came from; null for an action of the circle as a whole. */
  questionId: string | null;
  what: string;
  /** A team or organisation, never a private person's name. */
  owner: string;
  /** YYYY-MM-DD, or null when no date was agreed. */
  due: string | null;
  valueIds: ValueId[];
  themeIds: string[];
  status: ActionStatus;
  /** Why it did not work out: required (non-blank) for `not-done`, empty otherwise. */
  reason: string;
  /** Oldest first. */
  updates: ActionUpdate[];
}

export interface QuestionNotes {
  questionId: string;
  text: string;
}

export interface CircleOutcome {
  notes: QuestionNotes[];
  actions: AgreedAction[];
}

export const EMPTY_OUTCOME: CircleOutcome = { notes: [], actions: [] };

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function record<T extends v.ObjectEntries>(entries: T) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'must be an object'),
    v.strictObject(entries),
  );
}

const uuid = v.pipe(v.string('must be text'), v.regex(UUID_PATTERN, 'must be a UUID in lowercase'));
const date = v.pipe(
  v.string('must be text'),
  v.regex(DATE_PATTERN, 'must be a date like 2026-10-01'),
  v.check((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'must be a real date'),
);
const text = (max: number, required: boolean) =>
  v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((value) => !required || value.trim() !== '', 'must not be empty'),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  );
const unique = <T>(key: (item: T) => string, what: string) =>
  v.check(
    (items: T[]) => new Set(items.map(key)).size === items.length,
    `must not use the same ${what} twice`,
  );

const UpdateSchema = record({ id: uuid, date, text: text(OUTCOME_LIMITS.updateLength, true) });

const ActionSchema = v.pipe(
  record({
    id: uuid,
    questionId: v.nullable(uuid),
    what: text(OUTCOME_LIMITS.whatLength, true),
    owner: text(OUTCOME_LIMITS.ownerLength, true),
    due: v.nullable(date),
    valueIds: v.pipe(
      v.array(v.picklist(VALUE_IDS, `must be one of ${VALUE_IDS.join(', ')}`), 'must be a list'),
      unique<ValueId>((id) => id, 'value'),
    ),
    themeIds: v.pipe(
      v.array(v.unknown(), 'must be a list'),
      v.maxLength(OUTCOME_LIMITS.themes, `must have at most ${OUTCOME_LIMITS.themes} themes`),
      v.array(v.pipe(v.string('must be text'), v.regex(WIRE_ID_PATTERN, 'must be a theme id'))),
      unique<string>((id) => id, 'theme'),
    ),
    status: v.picklist(ACTION_STATUSES, `must be one of ${ACTION_STATUSES.join(', ')}`),
    reason: text(OUTCOME_LIMITS.reasonLength, false),
    updates: v.pipe(
      v.array(v.unknown(), 'must be a list'),
      v.maxLength(OUTCOME_LIMITS.updates, `must have at most ${OUTCOME_LIMITS.updates} updates`),
      v.array(UpdateSchema),
      unique<ActionUpdate>((u) => u.id, 'update id'),
    ),
  }),
  v.check(
    (action) => (action.status === 'not-done') === (action.reason.trim() !== ''),
    'reason: must say why for "not-done", and be empty otherwise',
  ),
);

export const OutcomeSchema = record({
  notes: v.pipe(
    v.array(v.unknown(), 'must be a list'),
    // One per question at most; the agenda has at most 100 questions.
    v.maxLength(100, 'must have at most 100 notes'),
    v.array(record({ questionId: uuid, text: text(OUTCOME_LIMITS.notesLength, false) })),
    unique<QuestionNotes>((n) => n.questionId, 'question id'),
  ),
  actions: v.pipe(
    v.array(v.unknown(), 'must be a list'),
    v.maxLength(OUTCOME_LIMITS.actions, `must have at most ${OUTCOME_LIMITS.actions} actions`),
    v.array(ActionSchema),
    unique<AgreedAction>((a) => a.id, 'action id'),
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<v.InferOutput<typeof OutcomeSchema>, CircleOutcome> = true;
void schemaMatchesInterface;
