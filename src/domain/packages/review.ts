import * as v from 'valibot';
import { PSEUDONYM_MAX } from '../coaching/pseudonym';
import type { Guide } from '../guides/guide';
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
  isFileReviewId,
  parseReviewFeedback,
  type ReviewFeedback,
  targetKey,
  withComment,
} from './feedback';
