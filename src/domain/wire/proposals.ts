import * as v from 'valibot';
import { FOLLOW_KEY_PATTERN } from '../proposals/follow-key';
import { THEME_LABEL_MAX_LENGTH } from '../themes';
import { SUMMARY_ID_PATTERN } from '../uuid';
import { SUMMARY_LIMITS, WIRE_ID_PATTERN } from './summary';
import { CLEAN_TEXT_MESSAGE, type FieldError, fieldErrors, isCleanText } from './validation';

/**
 * `POST /api/proposals`: a theme the codebook lacks, proposed to the area's administrators. Only
 * the anonymised text travels (the server runs the anonymiser over it again), with the proposal's
 * follow key (`proposals/follow-key.ts`). `POST /api/proposals/outcomes` tells a device what became
 * of the proposals whose id and follow key it presents; `GET /api/proposals`, of those it sent.
 */
export interface ProposalRequest {
  id: string;
  kind: 'theme';
  text: string;
  /** Absent from apps older than follow keys; such a proposal is followed by its device alone. */
  followKey?: string;
}

/** `POST /api/proposals/outcomes` and `POST /api/guide-proposals/outcomes`: proposals by id and key. */
export interface ProposalFollowRequest {
  proposals: { id: string; followKey: string }[];
}

export type ProposalState = 'pending' | 'accepted' | 'mapped' | 'rejected';

export interface ProposalAnswer {
  id: string;
  status: ProposalState;
  themeId?: string;
}

export interface ProposalList {
  proposals: ProposalAnswer[];
}

export const PROPOSAL_LIMITS = { textLength: THEME_LABEL_MAX_LENGTH, listed: 500 } as const;

const followKey = v.pipe(
  v.string('must be text'),
  v.regex(FOLLOW_KEY_PATTERN, 'must be 22 characters of base64url'),
);

const ProposalRequestSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(SUMMARY_ID_PATTERN, 'must be a UUID in lowercase')),
  kind: v.picklist(['theme'], 'must be "theme"'),
  text: v.pipe(
    v.string('must be text'),
    v.maxLength(PROPOSAL_LIMITS.textLength, `must be at most ${PROPOSAL_LIMITS.textLength} characters`),
    v.check((text) => text.trim() !== '', 'must not be empty'),
    v.check(isCleanText, CLEAN_TEXT_MESSAGE),
  ),
  followKey: v.optional(followKey),
});

const themeId = v.pipe(v.string(), v.maxLength(SUMMARY_LIMITS.idLength), v.regex(WIRE_ID_PATTERN));

const ProposalListSchema = v.strictObject({
  proposals: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(SUMMARY_ID_PATTERN)),
        status: v.picklist(['pending', 'accepted', 'mapped', 'rejected']),
        themeId: v.optional(themeId),
      }),
    ),
    v.maxLength(PROPOSAL_LIMITS.listed),
  ),
});

export function parseProposalRequest(
  input: unknown,
): { ok: true; request: ProposalRequest } | { ok: false; errors: FieldError[] } {
  const result = v.safeParse(ProposalRequestSchema, input);
  if (result.success) return { ok: true, request: result.output };
  return { ok: false, errors: fieldErrors(result.issues, SUMMARY_LIMITS.fieldErrors) };
}

export function parseProposalList(input: unknown): ProposalList | undefined {
  const result = v.safeParse(ProposalListSchema, input);
  return result.success ? result.output : undefined;
}

/** At most `max` proposals per request: the kind's list limit, so one answer lists them all. */
export function parseProposalFollowRequest(
  input: unknown,
  max: number,
): { ok: true; request: ProposalFollowRequest } | { ok: false; errors: FieldError[] } {
  const schema = v.strictObject({
    proposals: v.pipe(
      v.array(v.unknown(), 'must be a list'),
      v.maxLength(max, `must hold at most ${max} proposals`),
      v.array(
        v.strictObject({
          id: v.pipe(v.string('must be text'), v.regex(SUMMARY_ID_PATTERN, 'must be a UUID in lowercase')),
          followKey,
        }),
      ),
    ),
  });
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, request: result.output };
  return { ok: false, errors: fieldErrors(result.issues, SUMMARY_LIMITS.fieldErrors) };
}
