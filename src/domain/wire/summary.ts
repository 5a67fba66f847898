import * as v from 'valibot';
import { CONVERSATION_PROFILES } from '../conversation';
import { GUIDE_ID_PATTERN } from '../guides/guide';
import { PERIOD_YEARS } from '../period';
import type { ValueCount } from '../tallies';
import { UUID_V7_PATTERN } from '../uuid';
import { VALUE_IDS, type ValueId } from '../values';
import { CLEAN_TEXT_MESSAGE, type FieldError, fieldError, isCleanText, limitErrors } from './validation';

/**
 * The summary: the one record about a conversation that leaves the device, and the only thing the
 * sync server accepts. Defined once, here, and validated on both sides. Every object is strict, so
 * a field the schema does not name (a note, a name, a device detail) is an error, not something
 * carried along; every string and list is bounded, so the server's storage is too.
 */

export const SUMMARY_LIMITS = {
  /** Summaries per `POST /api/summaries`. */
  batchSize: 100,
  /** Request body of a batch; a batch of the largest valid summaries fits (tests prove it). */
  batchBytes: 2 * 1024 * 1024,
  idLength: 64,
  themes: 30,
  quotes: 10,
  quoteLength: 500,
  /** Tags of one value and polarity in one conversation. */
  tagsPerValue: 1_000,
  revision: 1_000_000,
  guideVersion: 1_000_000,
  /** Field errors listed in one answer; the rest are counted. */
  fieldErrors: 20,
} as const;

export type ResidentProfileId = (typeof CONVERSATION_PROFILES)[number];

export interface Summary {
  /** UUIDv7 made on the device; the idempotency key. */
  id: string;
  /** 1 for the first completion; a correction sends the same id with a higher revision. */
  revision: number;
  areaId: string;
  period: { year: number; quarter: 1 | 2 | 3 | 4 };
  guide: { id: string; version: number };
  residentProfile: ResidentProfileId;
  /** Tags per value and polarity in the conversation: the same tally the device shows. */
  values: Record<ValueId, ValueCount>;
  themeIds: string[];
  /** Themes of the obstacles the resident named (the obstacle text itself stays on the device). */
  obstacleThemeIds: string[];
  /** Only quotes the resident consented to, that passed the anonymiser and the interviewer approved. */
  quotes: SummaryQuote[];
}

export interface SummaryQuote {
  text: string;
  /**
   * The values tagged on the note the quote comes from, so the values circle can read quotes per
   * value. Optional: summaries queued by an older version carry none.
   */
  valueIds?: ValueId[];
}

export interface SummaryBatch {
  summaries: Summary[];
}

/** What the server did with each summary of a batch, in the order sent. */
/** `withdrawn`: the resident withdrew consent; the summary is not (and never again) counted. */
export type SummaryItemStatus = 'stored' | 'duplicate' | 'replaced' | 'stale' | 'withdrawn';

export interface SummaryBatchResponse {
  results: { id: string; status: SummaryItemStatus }[];
}

export type SummaryFieldError = FieldError;

export type SummaryBatchResult =
  | { ok: true; batch: SummaryBatch }
  | { ok: false; errors: SummaryFieldError[] };

/** Lowercase letters, digits and single hyphens: how area, theme and guide ids are made. */
export const WIRE_ID_PATTERN = GUIDE_ID_PATTERN;

const ID_MESSAGE = 'must be an id of lowercase letters, digits and hyphens, at most 64 characters';

const wireId = v.pipe(
  v.string('must be text'),
  v.maxLength(SUMMARY_LIMITS.idLength, ID_MESSAGE),
  v.regex(WIRE_ID_PATTERN, ID_MESSAGE),
);

const count = (max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(max, `must be at most ${max}`),
  );

const positive = (max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(1, 'must be 1 or more'),
    v.maxValue(max, `must be at most ${max}`),
  );

/**
 * A list checked for its length before its items, so a hostile list of a million entries costs one
 * comparison rather than a million item errors.
 */
function boundedList<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(v.unknown(), 'must be a list'),
    v.maxLength(max, `must have at most ${max} items`),
    v.array(item, 'must be a list'),
  );
}

const idList = v.pipe(
  boundedList(wireId, SUMMARY_LIMITS.themes),
  v.check((ids) => new Set(ids).size === ids.length, 'must not name the same id twice'),
);

const ValueCountSchema = v.strictObject({
  experienced: count(SUMMARY_LIMITS.tagsPerValue),
  missing: count(SUMMARY_LIMITS.tagsPerValue),
});

const ValuesSchema = v.strictObject(
  Object.fromEntries(VALUE_IDS.map((id) => [id, ValueCountSchema])) as Record<
    ValueId,
    typeof ValueCountSchema
  >,
);

const QuoteSchema = v.strictObject({
  text: v.pipe(
    v.string('must be text'),
    v.maxLength(SUMMARY_LIMITS.quoteLength, `must be at most ${SUMMARY_LIMITS.quoteLength} characters`),
    v.check((text) => text.trim() !== '', 'must not be empty'),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  ),
  valueIds: v.optional(
    v.pipe(
      boundedList(v.picklist(VALUE_IDS, `must be one of ${VALUE_IDS.join(', ')}`), VALUE_IDS.length),
      v.check((ids) => new Set(ids).size === ids.length, 'must not name the same value twice'),
    ),
  ),
});

export const SummarySchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(UUID_V7_PATTERN, 'must be a UUIDv7 in lowercase')),
  revision: positive(SUMMARY_LIMITS.revision),
  areaId: wireId,
  period: v.strictObject({
    year: v.pipe(
      v.number('must be a number'),
      v.safeInteger('must be a whole number'),
      v.minValue(PERIOD_YEARS.min, `must be ${PERIOD_YEARS.min} or later`),
      v.maxValue(PERIOD_YEARS.max, `must be ${PERIOD_YEARS.max} or earlier`),
    ),
    quarter: v.picklist([1, 2, 3, 4], 'must be 1, 2, 3 or 4'),
  }),
  guide: v.strictObject({ id: wireId, version: positive(SUMMARY_LIMITS.guideVersion) }),
  residentProfile: v.picklist(CONVERSATION_PROFILES, `must be one of ${CONVERSATION_PROFILES.join(', ')}`),
  values: ValuesSchema,
  themeIds: idList,
  obstacleThemeIds: idList,
  quotes: boundedList(QuoteSchema, SUMMARY_LIMITS.quotes),
});

// The schema and the interface above must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<v.InferOutput<typeof SummarySchema>, Summary> = true;
void schemaMatchesInterface;

const BatchShapeSchema = v.strictObject({
  summaries: v.pipe(
    v.array(v.unknown(), 'must be a list'),
    v.minLength(1, 'must have at least 1 summary'),
    v.maxLength(SUMMARY_LIMITS.batchSize, `must have at most ${SUMMARY_LIMITS.batchSize} summaries`),
  ),
});

/**
 * Checks a batch as received, e.g. a parsed request body. Errors name the field and say what is
 * wrong in our own words; they never quote the value, which may be what a resident said.
 */
export function parseSummaryBatch(input: unknown): SummaryBatchResult {
  const shape = v.safeParse(BatchShapeSchema, input);
  if (!shape.success) return failure(shape.issues.map((issue) => fieldError(issue, [])));
  const summaries: Summary[] = [];
  const errors: SummaryFieldError[] = [];
  shape.output.summaries.forEach((item, index) => {
    const result = v.safeParse(SummarySchema, item, { abortPipeEarly: true });
    if (result.success) summaries.push(result.output);
    else errors.push(...result.issues.map((issue) => fieldError(issue, ['summaries', String(index)])));
  });
  return errors.length > 0 ? failure(errors) : { ok: true, batch: { summaries } };
}

/** Checks one summary, e.g. on the device before it goes into the outbox. */
export function parseSummary(
  input: unknown,
): { ok: true; summary: Summary } | { ok: false; errors: SummaryFieldError[] } {
  const result = v.safeParse(SummarySchema, input, { abortPipeEarly: true });
  return result.success
    ? { ok: true, summary: result.output }
    : failure(result.issues.map((issue) => fieldError(issue, [])));
}

function failure(errors: SummaryFieldError[]): { ok: false; errors: SummaryFieldError[] } {
  return { ok: false, errors: limitErrors(errors, SUMMARY_LIMITS.fieldErrors) };
}

/** `POST /api/summaries/withdrawals`: consent withdrawn after sending; the server forgets these summaries. */
export interface WithdrawalBatch {
  ids: string[];
}

export interface WithdrawalBatchResponse {
  results: { id: string; status: 'withdrawn' }[];
}

const WithdrawalBatchSchema = v.strictObject({
  ids: v.pipe(
    v.array(v.unknown(), 'must be a list'),
    v.minLength(1, 'must have at least 1 id'),
    v.maxLength(SUMMARY_LIMITS.batchSize, `must have at most ${SUMMARY_LIMITS.batchSize} ids`),
    v.array(v.pipe(v.string('must be text'), v.regex(UUID_V7_PATTERN, 'must be a UUIDv7 in lowercase'))),
  ),
});

export function parseWithdrawalBatch(
  input: unknown,
): { ok: true; batch: WithdrawalBatch } | { ok: false; errors: SummaryFieldError[] } {
  const result = v.safeParse(WithdrawalBatchSchema, input, { abortPipeEarly: true });
  return result.success
    ? { ok: true, batch: result.output }
    : failure(result.issues.map((issue) => fieldError(issue)));
}
