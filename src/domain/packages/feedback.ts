import * as v from 'valibot';
import { VALUE_POLARITIES, type ValuePolarity } from '../tallies';
import { VALUE_IDS, type ValueId } from '../values';
import { SHARE_ID_PATTERN } from '../wire/blobs';
import {
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
  type ChecklistItem,
  TECHNIQUE_CHECKLIST,
} from './checklist';
import { PackageError } from './envelope';
import { boundedList, id, parseWith, text, timestamp } from './schemas';

/**
 * The coach's feedback on a review: comments, each on what it is about, the technique checklist,
 * an overall remark (the comment on the conversation as a whole) and one tip. It travels only
 * sealed: back through the server with the link's key, or as a file with the review's password.
 *
 * Format 2 (this one) says `format: 2`, and a comment may be on a note, a quote, a value tag, a
 * theme or an obstacle. Format 1 (no `format`, comments on notes only in `noteComments`) is what
 * coaches' apps sent before; it still opens, and is read as format 2.
 */
export const FEEDBACK_FORMAT = 2;

/** What a comment is about, by the ids the review copy carries. */
export type CommentTarget =
  | { kind: 'note'; noteId: string }
  | { kind: 'quote'; noteId: string; quoteId: string }
  /** A value tagged on a note, or (noteId null) the value as tagged in the whole conversation. */
  | { kind: 'value-tag'; valueId: ValueId; polarity: ValuePolarity; noteId: string | null }
  | { kind: 'theme'; themeId: string }
  | { kind: 'obstacle'; obstacleId: string };

export interface FeedbackComment {
  on: CommentTarget;
  text: string;
}

export interface ReviewFeedback {
  format: typeof FEEDBACK_FORMAT;
  /**
   * Which review this answers: a feedback file carries it, so the interviewer's app files it with
   * the right conversation and refuses it on another. Absent in feedback sent through the server
   * before format 2 (the share said it).
   */
  review?: { conversationId: string; sharedAt: number };
  comments: FeedbackComment[];
  checklist: Record<ChecklistItem, { answer: ChecklistAnswer | null; remark: string }>;
  overall: string;
  tip: string;
  sentAt: number;
}

/** Feedback as the coach's app keeps it while writing. */
export type FeedbackDraft = Omit<ReviewFeedback, 'sentAt'>;

export const FEEDBACK_LIMITS = { comments: 10_000, comment: 10_000, remark: 2_000 } as const;

/** One key per target, so a target has at most one comment. */
export function targetKey(target: CommentTarget): string {
  switch (target.kind) {
    case 'note':
      return `note:${target.noteId}`;
    case 'quote':
      return `quote:${target.noteId}:${target.quoteId}`;
    case 'value-tag':
      return `value-tag:${target.valueId}:${target.polarity}:${target.noteId ?? ''}`;
    case 'theme':
      return `theme:${target.themeId}`;
    case 'obstacle':
      return `obstacle:${target.obstacleId}`;
  }
}

export function commentOn(feedback: Pick<ReviewFeedback, 'comments'>, target: CommentTarget): string {
  const key = targetKey(target);
  return feedback.comments.find((comment) => targetKey(comment.on) === key)?.text ?? '';
}

/** Sets (or, with an empty text, removes) the comment on a target; the others keep their order. */
export function withComment<T extends Pick<ReviewFeedback, 'comments'>>(
  feedback: T,
  target: CommentTarget,
  text: string,
): T {
  const key = targetKey(target);
  const at = feedback.comments.findIndex((comment) => targetKey(comment.on) === key);
  const comments = [...feedback.comments];
  if (at === -1) {
    if (text) comments.push({ on: target, text });
  } else if (text) comments[at] = { on: target, text };
  else comments.splice(at, 1);
  return { ...feedback, comments };
}

export function emptyFeedback(): FeedbackDraft {
  const checklist = Object.fromEntries(
    TECHNIQUE_CHECKLIST.map((item) => [item, { answer: null, remark: '' }]),
  ) as ReviewFeedback['checklist'];
  return { format: FEEDBACK_FORMAT, comments: [], checklist, overall: '', tip: '' };
}

/** A review answered by a file has no share id: both sides name it after the copy. */
export function fileReviewId(review: { conversationId: string; sharedAt: number }): string {
  return `file-${review.conversationId}-${review.sharedAt}`;
}

/**
 * Whether a share row stands for a review handed over as a file (`fileReviewId`), not for one the
 * server was given: both may lack secrets (the latter once (d) is withdrawn), but only a file can
 * never be called back. A server's share id is 22 characters and never has this form.
 */
export function isFileReviewId(shareId: string): boolean {
  return shareId.startsWith('file-') && !SHARE_ID_PATTERN.test(shareId);
}

/** The same feedback (or draft) as format 1 had it. */
type FormatOne<T extends FeedbackDraft> = Omit<T, 'format' | 'comments'> & {
  noteComments: { noteId: string; text: string }[];
};

/**
 * Feedback kept on a device (a draft, or feedback received) in either format, as format 2.
 * Stored values were checked when they came in; this only moves format 1's note comments.
 */
export function currentFeedback<T extends FeedbackDraft>(stored: T | FormatOne<T>): T {
  if ('format' in stored && stored.format === FEEDBACK_FORMAT) return stored;
  const { noteComments, ...rest } = stored as FormatOne<T>;
  const comments: FeedbackComment[] = noteComments.map((comment) => ({
    on: { kind: 'note', noteId: comment.noteId },
    text: comment.text,
  }));
  return { ...rest, format: FEEDBACK_FORMAT, comments } as unknown as T;
}

const ChecklistEntrySchema = v.strictObject({
  answer: v.nullable(v.picklist(CHECKLIST_ANSWERS)),
  remark: text(FEEDBACK_LIMITS.remark),
});
const ChecklistSchema = v.strictObject(
  Object.fromEntries(TECHNIQUE_CHECKLIST.map((item) => [item, ChecklistEntrySchema])) as Record<
    ChecklistItem,
    typeof ChecklistEntrySchema
  >,
);

const TargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('note'), noteId: id }),
  v.strictObject({ kind: v.literal('quote'), noteId: id, quoteId: id }),
  v.strictObject({
    kind: v.literal('value-tag'),
    valueId: v.picklist(VALUE_IDS),
    polarity: v.picklist(VALUE_POLARITIES),
    noteId: v.nullable(id),
  }),
  v.strictObject({ kind: v.literal('theme'), themeId: id }),
  v.strictObject({ kind: v.literal('obstacle'), obstacleId: id }),
]);

const FeedbackSchema = v.strictObject({
  format: v.literal(FEEDBACK_FORMAT),
  review: v.optional(v.strictObject({ conversationId: id, sharedAt: timestamp })),
  comments: boundedList(
    v.strictObject({ on: TargetSchema, text: text(FEEDBACK_LIMITS.comment) }),
    FEEDBACK_LIMITS.comments,
  ),
  checklist: ChecklistSchema,
  overall: text(FEEDBACK_LIMITS.comment),
  tip: text(FEEDBACK_LIMITS.comment),
  sentAt: timestamp,
});

/** Format 1, as coaches' apps sent it before comments could be on more than a note. */
const FormatOneSchema = v.strictObject({
  noteComments: boundedList(v.strictObject({ noteId: id, text: text(FEEDBACK_LIMITS.comment) }), 2_000),
  checklist: ChecklistSchema,
  overall: text(FEEDBACK_LIMITS.comment),
  tip: text(FEEDBACK_LIMITS.comment),
  sentAt: timestamp,
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const feedbackMatches: Same<v.InferOutput<typeof FeedbackSchema>, ReviewFeedback> = true;
void feedbackMatches;

/** Feedback from another device, in format 1 or 2, as format 2; a later format says so. */
export function parseReviewFeedback(input: unknown): ReviewFeedback {
  const format = typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : null;
  if (format === undefined)
    return currentFeedback<ReviewFeedback>(parseWith(FormatOneSchema, input, 'review feedback'));
  if (typeof format === 'number' && format > FEEDBACK_FORMAT) throw new PackageError('unsupported-version');
  return parseWith(FeedbackSchema, input, 'review feedback');
}
