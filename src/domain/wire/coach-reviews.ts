import { PSEUDONYM_MAX } from '../coaching/pseudonym';
import {
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
  type ChecklistItem,
  TECHNIQUE_CHECKLIST,
} from '../packages/checklist';

/**
 * What a signed-in coach's app records at the server for each review she sends
 * (`POST /api/coach/reviews`) and reads back for her overview across devices
 * (`GET /api/coach/reviews`): when, the pseudonym the interviewer chose for coaching, whether it
 * was practice, and the checklist answers. Nothing a resident said, no comment of the coach's,
 * no share id or key: the server learns how technique went, never about whom.
 */
export interface CoachRecord {
  /** A fresh random UUID made when the review was sent: a retried send is stored once. */
  id: string;
  /** ISO time the feedback was sent. */
  reviewedAt: string;
  /** The interviewer's pseudonym for coaching; null when she chose none (or an older app). */
  pseudonym: string | null;
  practice: boolean;
  checklist: Record<ChecklistItem, ChecklistAnswer | null>;
}

/** `GET /api/coach/reviews`: the signed-in coach's own records, oldest first. */
export interface CoachReviewList {
  /** Whose records these are: the session is the browser's cookie, which the console shares. */
  accountId: string;
  reviews: CoachRecord[];
}

/** The request body as a JSON schema, for the server's validation (errors name the field). */
export const COACH_REVIEW_BODY = {
  type: 'object',
  required: ['id', 'reviewedAt', 'pseudonym', 'practice', 'checklist'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    },
    reviewedAt: { type: 'string', format: 'date-time' },
    pseudonym: { type: ['string', 'null'], minLength: 1, maxLength: PSEUDONYM_MAX },
    practice: { type: 'boolean' },
    checklist: {
      type: 'object',
      required: [...TECHNIQUE_CHECKLIST],
      additionalProperties: false,
      properties: Object.fromEntries(
        TECHNIQUE_CHECKLIST.map((item) => [item, { enum: [...CHECKLIST_ANSWERS, null] }]),
      ),
    },
  },
} as const;
