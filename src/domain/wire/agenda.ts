import * as v from 'valibot';
import { VALUE_IDS, type ValueId } from '../values';
import { type CircleOutcome, OutcomeSchema } from './circle-outcome';
import { type HeldCircle, HeldCirclesSchema } from './held-circles';
import { CLEAN_TEXT_MESSAGE, type FieldError, fieldErrors, isCleanText } from './validation';

/**
 * The agenda of an area's yearly values circle, prepared by its area team: discussion questions,
 * each about one of the six values or general, and the "wat is er met uw inbreng gedaan"
 * paragraph. Members edit it on their own devices, often offline; the server keeps one copy per
 * area and year and refuses a save based on an older copy (see `AgendaConflict`), so two members
 * never overwrite each other unnoticed. Defined once, here, for the device and the server.
 */

export const AGENDA_LIMITS = {
  questions: 100,
  questionLength: 500,
  participationLength: 5_000,
  /**
   * Request body of `PUT /api/areas/:areaId/agenda`. The largest valid agenda must fit, or a
   * member could write one the server refuses: a UTF-16 unit takes at most 3 bytes in UTF-8 JSON
   * (line breaks and quotes 2), so 100 × 500 + 5,000 units are about 170 KB at worst; the
   * circle's outcome adds at most 100 × 2,000 units of notes (600 KB) and 60 actions of about
   * 5,400 units each with their updates, ids and keys (970 KB); 24 held circles under 15 KB:
   * under 1.8 MB together.
   */
  bodyBytes: 2 * 1024 * 1024,
  /** The highest version there can be (the server counts in a 32-bit integer). */
  version: 2_147_483_647,
  /** Quotes picked for the handout and the public page. */
  pickedQuotes: 60,
  /** Field errors listed in one answer; the rest are counted. */
  fieldErrors: 20,
} as const;

export interface AgendaQuestion {
  /** Made on the device (any UUID, lowercase), so edits of one question can be merged. */
  id: string;
  /** The value the question is about; null for a general question. */
  valueId: ValueId | null;
  text: string;
}

export interface Agenda {
  /** In the order they are discussed. */
  questions: AgendaQuestion[];
  /** "Wat is er met uw inbreng gedaan": what was done with what residents said; may be empty. */
  participation: string;
  /**
   * What came out of the circle (see circle-outcome.ts). Absent in saves from devices that do
   * not know it yet: the server then keeps what it had.
   */
  outcome?: CircleOutcome;
  /**
   * The quotes the team picked for the handout and the public page, by `ReportQuote.id`, in the
   * order chosen. Absent: never picked (the handout then shows the first three per value, the
   * public page none); absent in a save, the server keeps what it had, as for `outcome`.
   */
  pickedQuotes?: string[];
  /**
   * The values circles held this year (held-circles.ts). Absent: none recorded yet (the paragraaf
   * then derives one from the outcome, see values-circle/held-circles.ts); absent in a save, the
   * server keeps what it had, as for `outcome`.
   */
  heldCircles?: HeldCircle[];
}

export interface StoredAgenda {
  agenda: Agenda;
  /** 1 for the first save, one more for every save after it. */
  version: number;
  /** ISO 8601 timestamp of the last save. */
  updatedAt: string;
}

/** The body of `PUT /api/areas/:areaId/agenda?year=`. */
export interface AgendaSave {
  agenda: Agenda;
  /** The version this edit started from; null when the device saw no agenda yet. */
  baseVersion: number | null;
}

/**
 * The 409 answer to a save whose `baseVersion` is not the stored version: `current` is what is
 * stored now (null if nothing is, e.g. after a restore), for the device to merge with and retry.
 */
export interface AgendaConflict {
  error: { code: 'agenda_conflict'; message: string };
  current: StoredAgenda | null;
}

/** Like `questions/3/text`. */
export type AgendaFieldError = FieldError;

export type AgendaResult = { ok: true; agenda: Agenda } | { ok: false; errors: AgendaFieldError[] };
export type AgendaSaveResult = { ok: true; save: AgendaSave } | { ok: false; errors: AgendaFieldError[] };

/** Lowercase only: one spelling per id, so "same question" is plain string equality. */
/** `ReportQuote.id`: 16 lowercase hex digits. */
export const QUOTE_ID_PATTERN = /^[0-9a-f]{16}$/;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** valibot takes a list for an object with keys 0, 1, …; say what is wrong instead. */
function record<T extends v.ObjectEntries>(entries: T) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'must be an object'),
    v.strictObject(entries),
  );
}

const QuestionSchema = record({
  id: v.pipe(v.string('must be text'), v.regex(UUID_PATTERN, 'must be a UUID in lowercase')),
  valueId: v.nullable(v.picklist(VALUE_IDS, `must be null or one of ${VALUE_IDS.join(', ')}`)),
  text: v.pipe(
    v.string('must be text'),
    v.maxLength(AGENDA_LIMITS.questionLength, `must be at most ${AGENDA_LIMITS.questionLength} characters`),
    v.check((text) => text.trim() !== '', 'must not be empty'),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  ),
});

export const AgendaSchema = record({
  // Length first, so a hostile list of a million entries costs one comparison, not a million errors.
  questions: v.pipe(
    v.array(v.unknown(), 'must be a list'),
    v.maxLength(AGENDA_LIMITS.questions, `must have at most ${AGENDA_LIMITS.questions} questions`),
    v.array(QuestionSchema, 'must be a list'),
    v.check(
      (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
      'must not use the same question id twice',
    ),
  ),
  participation: v.pipe(
    v.string('must be text'),
    v.maxLength(
      AGENDA_LIMITS.participationLength,
      `must be at most ${AGENDA_LIMITS.participationLength} characters`,
    ),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  ),
  outcome: v.exactOptional(OutcomeSchema),
  pickedQuotes: v.exactOptional(
    v.pipe(
      v.array(v.unknown(), 'must be a list'),
      v.maxLength(AGENDA_LIMITS.pickedQuotes, `must have at most ${AGENDA_LIMITS.pickedQuotes} quotes`),
      v.array(v.pipe(v.string('must be text'), v.regex(QUOTE_ID_PATTERN, 'must be a quote id'))),
      v.check((ids) => new Set(ids).size === ids.length, 'must not pick the same quote twice'),
    ),
  ),
  heldCircles: v.exactOptional(HeldCirclesSchema),
});

const AgendaSaveSchema = record({
  agenda: AgendaSchema,
  baseVersion: v.nullable(
    v.pipe(
      v.number('must be null or a number'),
      v.safeInteger('must be a whole number'),
      v.minValue(1, 'must be null or 1 or more'),
      v.maxValue(AGENDA_LIMITS.version, `must be at most ${AGENDA_LIMITS.version}`),
    ),
  ),
});

// The schemas and the interfaces above must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchInterfaces: [
  Same<v.InferOutput<typeof AgendaSchema>, Agenda>,
  Same<v.InferOutput<typeof AgendaSaveSchema>, AgendaSave>,
] = [true, true];
void schemasMatchInterfaces;

/**
 * Checks an agenda, e.g. on the device before it is queued. Errors name the field in our own
 * words and never quote the value: an agenda can repeat what residents said.
 */
export function parseAgenda(input: unknown): AgendaResult {
  const result = v.safeParse(AgendaSchema, input, { abortPipeEarly: true });
  return result.success ? { ok: true, agenda: result.output } : failure(result.issues);
}

/** Checks the body of a save, as the server receives it. */
export function parseAgendaSave(input: unknown): AgendaSaveResult {
  const result = v.safeParse(AgendaSaveSchema, input, { abortPipeEarly: true });
  return result.success ? { ok: true, save: result.output } : failure(result.issues);
}

function failure(issues: readonly v.BaseIssue<unknown>[]): { ok: false; errors: AgendaFieldError[] } {
  return {
    ok: false,
    errors: fieldErrors(issues, AGENDA_LIMITS.fieldErrors),
  };
}
