import * as v from 'valibot';
import { GUIDE_ID_PATTERN, GUIDE_LIMITS, type Guide } from '../guides/guide';
import { validateGuideFileContent } from '../guides/schema';
import { FOLLOW_KEY_PATTERN } from '../proposals/follow-key';
import { SUMMARY_ID_PATTERN } from '../uuid';
import type { FieldError } from './validation';

/**
 * `POST /api/guide-proposals` `{id, guide}`: a guide written on a device, proposed for
 * publication, as the content of a guide export file with every free text after the anonymiser
 * (the server runs the anonymiser over every text again), with its follow key. `POST
 * /api/guide-proposals/outcomes` tells a device what became of the proposals whose id and follow
 * key it presents; `GET /api/guide-proposals`, of the guides it proposed itself.
 */
export interface GuideProposalRequest {
  id: string;
  guide: Guide;
  /** The proposal's follow key (`proposals/follow-key.ts`); absent from older apps. */
  followKey?: string;
}

export type GuideProposalState = 'pending' | 'published' | 'rejected';

export interface GuideProposalAnswer {
  id: string;
  status: GuideProposalState;
  /** The published version, once published. */
  guide?: { id: string; version: number };
  /** The administrator's reason, once rejected. */
  reason?: string;
}

export const GUIDE_PROPOSAL_LIMITS = { reasonLength: 500, listed: 200 } as const;

const ListSchema = v.strictObject({
  proposals: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(SUMMARY_ID_PATTERN)),
        status: v.picklist(['pending', 'published', 'rejected']),
        guide: v.optional(
          v.strictObject({
            id: v.pipe(v.string(), v.maxLength(GUIDE_LIMITS.idLength), v.regex(GUIDE_ID_PATTERN)),
            version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
          }),
        ),
        // The server counts characters (code points), valibot UTF-16 units: an emoji is two here,
        // and one reason too long would hide every outcome in the list.
        reason: v.optional(v.pipe(v.string(), v.maxLength(GUIDE_PROPOSAL_LIMITS.reasonLength * 2))),
      }),
    ),
    v.maxLength(GUIDE_PROPOSAL_LIMITS.listed),
  ),
});

export function parseGuideProposalRequest(
  input: unknown,
): { ok: true; request: GuideProposalRequest } | { ok: false; errors: FieldError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'must be an object with id and guide' }] };
  }
  const { id, guide, followKey, ...rest } = input as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(rest).map((key) => ({
    path: key.slice(0, 40),
    message: 'is not a field of a guide proposal',
  }));
  if (typeof id !== 'string' || !SUMMARY_ID_PATTERN.test(id)) {
    errors.push({ path: 'id', message: 'must be a UUID in lowercase' });
  }
  if (followKey !== undefined && (typeof followKey !== 'string' || !FOLLOW_KEY_PATTERN.test(followKey))) {
    errors.push({ path: 'followKey', message: 'must be 22 characters of base64url' });
  }
  const checked = validateGuideFileContent(guide);
  if (!checked.ok) {
    // The guide file's own problem codes, with their paths; never the text found there.
    errors.push(
      ...checked.errors.slice(0, 20).map((problem) => ({
        path: problem.path === '' ? 'guide' : `guide/${problem.path.replaceAll('.', '/')}`,
        message: problem.code,
      })),
    );
  }
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  return {
    ok: true,
    request: {
      id: id as string,
      guide: checked.guide,
      ...(typeof followKey === 'string' ? { followKey } : {}),
    },
  };
}

export function parseGuideProposalList(input: unknown): { proposals: GuideProposalAnswer[] } | undefined {
  const result = v.safeParse(ListSchema, input);
  return result.success ? result.output : undefined;
}
