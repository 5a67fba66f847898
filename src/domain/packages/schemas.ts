import * as v from 'valibot';
import type { Conversation } from '../conversation';
import type { Guide } from '../guides/guide';
import { validateGuide } from '../guides/schema';
import type { Note } from '../note';
import { VALUE_POLARITIES } from '../tallies';
import { VALUE_IDS } from '../values';

/**
 * The pieces package contents are checked with. Every object is strict and every string and list
 * bounded: a package comes from another device, a coach or a file, and is treated as hostile.
 * The bounds are far above anything typed in a conversation, because a package the app itself
 * made must always open again; they only keep a hostile one from exhausting memory.
 */
export const CONTENT_LIMITS = {
  id: 128,
  shortText: 500,
  noteText: 200_000,
  text: 20_000,
  quotesPerNote: 1_000,
  obstacles: 1_000,
  peopleMentioned: 1_000,
  valueTags: 10_000,
  themeIds: 1_000,
  timestamp: 8.64e15,
} as const;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(CONTENT_LIMITS.id));
export const timestamp = v.pipe(
  v.number(),
  v.safeInteger(),
  v.minValue(0),
  v.maxValue(CONTENT_LIMITS.timestamp),
);
export const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** The length is checked before the items, so a list of a million entries costs one comparison. */
export function boundedList<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
}

export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
export const guideLanguage = v.picklist(['nl', 'en']);

export const ValueTagSchema = v.strictObject({
  valueId: v.picklist(VALUE_IDS),
  polarity: v.picklist(VALUE_POLARITIES),
  noteId: v.optional(id),
});

export const ObstacleSchema = v.strictObject({
  id,
  text: text(CONTENT_LIMITS.text),
  themeId: v.nullable(id),
});

export const QuoteSchema = v.strictObject({ id, text: text(CONTENT_LIMITS.noteText) });

/** The mark of a practice conversation: which made-up resident it was held with. */
export const PracticeSchema = v.strictObject({ scenarioId: id });

export const ConversationSchema = v.strictObject({
  id,
  areaId: id,
  guideId: id,
  guideVersion: count,
  guideLanguage,
  date: isoDate,
  residentProfile: text(CONTENT_LIMITS.id),
  status: v.picklist(['draft', 'in-progress', 'completed']),
  revision: count,
  updatedAt: timestamp,
  consent: v.nullable(
    v.strictObject({
      notes: v.boolean(),
      themesAndValues: v.boolean(),
      quotes: v.boolean(),
      // Older backups predate consent point (d).
      coachReview: v.optional(v.boolean()),
      recordedAt: timestamp,
    }),
  ),
  valueTags: boundedList(ValueTagSchema, CONTENT_LIMITS.valueTags),
  themeIds: boundedList(id, CONTENT_LIMITS.themeIds),
  obstacles: boundedList(ObstacleSchema, CONTENT_LIMITS.obstacles),
  followUp: text(CONTENT_LIMITS.text),
  peopleMentioned: boundedList(text(CONTENT_LIMITS.shortText), CONTENT_LIMITS.peopleMentioned),
  // Older backups predate the reflection.
  reflection: v.optional(text(CONTENT_LIMITS.text)),
  // Only a practice conversation carries it; older backups hold none.
  practice: v.optional(PracticeSchema),
});

export const NoteSchema = v.strictObject({
  id,
  conversationId: id,
  promptId: v.nullable(id),
  text: text(CONTENT_LIMITS.noteText),
  quotes: boundedList(QuoteSchema, CONTENT_LIMITS.quotesPerNote),
  updatedAt: timestamp,
});

/** A guide version, with every rule the guide editor and importer apply. */
export const GuideValueSchema = v.custom<Guide>((input) => validateGuide(input).ok, 'invalid guide');

// The schemas and the interfaces they check must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const conversationMatches: Same<v.InferOutput<typeof ConversationSchema>, Conversation> = true;
const noteMatches: Same<v.InferOutput<typeof NoteSchema>, Note> = true;
void conversationMatches;
void noteMatches;

// Keys a sender invented are named only when they look like field names or list positions.
const PLAIN_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** Runs a schema and throws a plain error that never quotes the content (it may be what a resident said). */
export function parseWith<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
  what: string,
): v.InferOutput<T> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (!result.success) {
    const path = (result.issues[0]?.path ?? [])
      .map((item) => (PLAIN_KEY.test(String(item.key)) ? String(item.key) : '?'))
      .join('/');
    throw new Error(`Not a valid ${what} (at ${path || 'top'})`);
  }
  return result.output;
}
