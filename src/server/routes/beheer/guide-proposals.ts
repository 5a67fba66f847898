import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ConfigurationChangeAnswer } from '../../../domain/wire/beheer-configuration';
import { GUIDE_PROPOSAL_LIMITS } from '../../../domain/wire/guide-proposals';
import { publishGuideProposal, rejectGuideProposal } from '../../configuration/guide-proposal-decisions';
import { type DecidedBy, ProposalTakenError } from '../../configuration/proposal-decisions';
import type { Database } from '../../db/database';
import { HttpError } from '../../http/api-error';
import { guideProposalById, type StoredGuideProposal } from '../../store/guide-proposals';
import { actorOf, changeActorOf, consoleAccess } from './guard';

const PARAMS = {
  type: 'object',
  required: ['proposalId'],
  properties: { proposalId: { type: 'string', maxLength: 36 } },
} as const;
const PUBLISH_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: { preview: { type: 'boolean' } },
} as const;
const REJECT_BODY = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', maxLength: GUIDE_PROPOSAL_LIMITS.reasonLength } },
} as const;

/**
 * `POST /api/beheer/guide-proposals/:id/publish` (`{preview?}`) and `.../reject` (`{reason}`):
 * an administrator of the proposal's area publishes a guide proposed from a device (as a guide
 * file is published: stored, a configuration change with its preview, audited) or rejects it
 * with a reason the interviewer is shown. The proposals themselves are listed with the area's
 * configuration (`GET /api/beheer/areas/:areaId/configuration`, `guideProposals`).
 */
export function consoleGuideProposalRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    const found = new WeakMap<FastifyRequest, StoredGuideProposal>();
    // The route names no area: the proposal's own area decides, once the role is held somewhere.
    const load = async (request: FastifyRequest) => {
      const proposal = await guideProposalById(db, (request.params as { proposalId: string }).proposalId);
      if (proposal === undefined) throw new HttpError(404, 'not_found', 'There is no such guide proposal');
      found.set(request, proposal);
    };
    const onRequest = [access.onRequest, access.anyArea, load, access.area((r) => found.get(r)?.areaId)];
    const pendingOf = (request: FastifyRequest): StoredGuideProposal => {
      const proposal = found.get(request);
      if (proposal === undefined) throw new Error('guide proposal route without load');
      if (proposal.status !== 'pending') {
        throw new HttpError(409, 'proposal_decided', `This guide proposal was ${proposal.status} already`);
      }
      return proposal;
    };
    const byOf = (request: FastifyRequest): DecidedBy => ({
      name: changeActorOf(request),
      audit: actorOf(request),
    });
    const taken = (error: unknown): never => {
      if (error instanceof ProposalTakenError) throw new HttpError(409, 'proposal_decided', error.message);
      throw error;
    };

    app.post(
      '/api/beheer/guide-proposals/:proposalId/publish',
      { onRequest, schema: { params: PARAMS, body: PUBLISH_BODY } },
      async (request): Promise<ConfigurationChangeAnswer> => {
        const { preview = false } = (request.body ?? {}) as { preview?: boolean };
        const result = await publishGuideProposal(db, pendingOf(request), byOf(request), {
          previewOnly: preview,
        }).catch(taken);
        if (result === 'unknown-area') throw new HttpError(404, 'not_found', 'The area no longer exists');
        if (result === 'differs') {
          throw new HttpError(409, 'guide_differs', 'This guide version is stored with other content', [
            { path: 'body', message: 'a published version never changes: propose its next version' },
          ]);
        }
        if (!result.ok) {
          throw new HttpError(
            409,
            'guide_published',
            `The change was refused (${result.problem}); nothing changed`,
          );
        }
        return {
          applied: result.applied,
          preview: result.preview,
          guide: result.guide,
          ...(result.version === undefined ? {} : { version: result.version }),
        };
      },
    );

    app.post(
      '/api/beheer/guide-proposals/:proposalId/reject',
      { onRequest, schema: { params: PARAMS, body: REJECT_BODY } },
      async (request, reply) => {
        const reason = (request.body as { reason: string }).reason.trim();
        if (reason === '') {
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', [
            { path: 'body/reason', message: 'must say why, for the interviewer' },
          ]);
        }
        await rejectGuideProposal(db, pendingOf(request), reason, byOf(request)).catch(taken);
        return reply.code(204).send();
      },
    );
  };
}
