import * as v from 'valibot';
import { anonymise } from '../anonymiser';
import { PSEUDONYM_MAX } from '../coaching/pseudonym';
import type { Conversation } from '../conversation';
import type { Guide } from '../guides/guide';
import type { Note } from '../note';
import type { ValueTag } from '../tallies';
import {
  boundedList,
  CONTENT_LIMITS,
  GuideValueSchema,
  guideLanguage,
  id,
  isoDate,
  ObstacleSchema,
  PracticeSchema,
  parseWith,
  QuoteSchema,
  text,
  timestamp,
  ValueTagSchema,
} from './schemas';

/**
 * Coach review: the copy of a conversation a coach reads (the feedback that comes back is in
 * ./feedback.ts). Both travel only inside sealed envelopes (./envelope.ts). The copy never
 * carries the people-mentioned list, the area or the consent; with `anonymise` its texts (notes,
 * quotes, obstacles, follow-up) went through the anonymiser first.
 */
export interface ReviewPackage {
  conversation: {
    id: string;
    guideId: string;
    guideVersion: number;
    guideLanguage: 'nl' | 'en';
    date: string;
    residentProfile: string;
    valueTags: ValueTag[];
    themeIds: string[];
    obstacles: { id: string; text: string; themeId: string | null }[];
    followUp: string;
    /** Only when the interviewer chose to include her reflection. */
    reflection?: string;
    /** A practice conversation with a made-up resident: the coach sees it marked as practice. */
    practice?: { scenarioId: string };
  };
  /** The exact guide version followed. */
  guide: Guide | null;
  notes: { id: string; promptId: string | null; text: string; quotes: { id: string; text: string }[] }[];
  anonymised: boolean;
  sharedAt: number;
  /**
   * The names of the themes tagged, as the interviewer's codebook has them: the coach's device
   * may not know the area's codebook. Absent in packages made before it was added.
   */
  themeLabels?: { id: string; label: string }[];
  /**
   * The name the interviewer chose for coaching (a setting), so a coach with an account can follow
   * her technique over time. Hers, never a resident's. Absent when she chose none, and in packages
   * made before it was added.
   */
  pseudonym?: string;
}

export const REVIEW_LIMITS = { notes: 2_000 } as const;

/** Put where the interviewer cut a passage out, so the coach sees that something was there. */
export const REMOVED_MARK = '[…]';

export interface ReviewCopyOptions {
  anonymise: boolean;
  /** Passages to leave out: UTF-16 offsets into the note's original text, `end` exclusive. */
  removed: readonly { noteId: string; start: number; end: number }[];
  /** Her private reflection goes along only when the interviewer ticks it. */
  includeReflection?: boolean;
  /** Names for theme ids, from the interviewer's codebook; only those the copy uses go along. */
  themeLabels?: readonly { id: string; label: string }[];
  /** The interviewer's pseudonym for coaching, as cleaned by `cleanPseudonym`; null for none. */
  pseudonym?: string | null;
}

/** Sorted, clamped and merged, so overlapping or touching cuts leave one mark. */
function mergedRanges(ranges: readonly { start: number; end: number }[], length: number) {
  const clamp = (at: number) => Math.min(Math.max(Number.isFinite(at) ? Math.trunc(at) : 0, 0), length);
  const sorted = ranges
    .map(({ start, end }) => ({ start: clamp(Math.min(start, end)), end: clamp(Math.max(start, end)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function cut(original: string, ranges: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of mergedRanges(ranges, original.length)) {
    out += original.slice(at, start) + REMOVED_MARK;
    at = end;
  }
  return out + original.slice(at);
}

export function reviewCopy(
  conversation: Conversation,
  notes: readonly Note[],
  guide: Guide | null,
  options: ReviewCopyOptions,
  now: number,
): ReviewPackage {
  const names = { peopleMentioned: conversation.peopleMentioned };
  const clean = (value: string) => (options.anonymise ? anonymise(value, names).text : value);
  const copiedNotes = notes
    .filter((note) => note.conversationId === conversation.id)
    .map((note) => {
      const cuts = options.removed.filter((removal) => removal.noteId === note.id);
      const kept = cuts.length > 0 ? cut(note.text, cuts) : note.text;
      // A quote is a passage of its note: where passages were cut, only quotes still standing whole
      // in what is left go along, so a removed passage cannot travel on as a quote.
      const quotes =
        cuts.length > 0
          ? note.quotes.filter((quote) => quote.text !== '' && kept.includes(quote.text))
          : note.quotes;
      return {
        id: note.id,
        promptId: note.promptId,
        text: clean(kept),
        quotes: quotes.map((quote) => ({ id: quote.id, text: clean(quote.text) })),
      };
    });
  return {
    conversation: {
      id: conversation.id,
      guideId: conversation.guideId,
      guideVersion: conversation.guideVersion,
      guideLanguage: conversation.guideLanguage,
      date: conversation.date,
      residentProfile: conversation.residentProfile,
      valueTags: conversation.valueTags.map((tag) => ({ ...tag })),
      themeIds: [...conversation.themeIds],
      obstacles: conversation.obstacles.map((obstacle) => ({
        id: obstacle.id,
        text: clean(obstacle.text),
        themeId: obstacle.themeId,
      })),
      followUp: clean(conversation.followUp),
      ...(options.includeReflection &&
        conversation.reflection && { reflection: clean(conversation.reflection) }),
      ...(conversation.practice && { practice: { scenarioId: conversation.practice.scenarioId } }),
    },
    guide,
    notes: copiedNotes,
    anonymised: options.anonymise,
    sharedAt: now,
    ...(options.themeLabels && { themeLabels: usedLabels(conversation, options.themeLabels) }),
    ...(options.pseudonym && { pseudonym: options.pseudonym }),
  };
}

function usedLabels(conversation: Conversation, labels: readonly { id: string; label: string }[]) {
  const used = new Set([
    ...conversation.themeIds,
    ...conversation.obstacles.flatMap((obstacle) => (obstacle.themeId ? [obstacle.themeId] : [])),
  ]);
  return labels.filter((label) => used.has(label.id)).map(({ id, label }) => ({ id, label }));
}

const ReviewPackageSchema = v.strictObject({
  conversation: v.strictObject({
    id,
    guideId: id,
    guideVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    guideLanguage,
    date: isoDate,
    residentProfile: text(CONTENT_LIMITS.id),
    valueTags: boundedList(ValueTagSchema, CONTENT_LIMITS.valueTags),
    themeIds: boundedList(id, CONTENT_LIMITS.themeIds),
    obstacles: boundedList(ObstacleSchema, CONTENT_LIMITS.obstacles),
    followUp: text(CONTENT_LIMITS.text),
    reflection: v.optional(text(CONTENT_LIMITS.text)),
    practice: v.optional(PracticeSchema),
  }),
  guide: v.nullable(GuideValueSchema),
  notes: boundedList(
    v.strictObject({
      id,
      promptId: v.nullable(id),
      text: text(CONTENT_LIMITS.noteText),
      quotes: boundedList(QuoteSchema, CONTENT_LIMITS.quotesPerNote),
    }),
    REVIEW_LIMITS.notes,
  ),
  anonymised: v.boolean(),
  sharedAt: timestamp,
  themeLabels: v.optional(
    boundedList(v.strictObject({ id, label: text(CONTENT_LIMITS.shortText) }), CONTENT_LIMITS.themeIds),
  ),
  pseudonym: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(PSEUDONYM_MAX))),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const packageMatches: Same<v.InferOutput<typeof ReviewPackageSchema>, ReviewPackage> = true;
void packageMatches;

export function parseReviewPackage(input: unknown): ReviewPackage {
  return parseWith(ReviewPackageSchema, input, 'review package');
}

export {
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
  type ChecklistItem,
  type ChecklistTally,
  checklistTally,
  TECHNIQUE_CHECKLIST,
} from './checklist';
export {
  type CommentTarget,
  commentOn,
  currentFeedback,
  emptyFeedback,
  FEEDBACK_FORMAT,
  type FeedbackComment,
  type FeedbackDraft,
  fileReviewId,
  parseReviewFeedback,
  type ReviewFeedback,
  targetKey,
  withComment,
} from './feedback';
