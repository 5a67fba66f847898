import type { FastifyInstance } from 'fastify';
import { findPersonalDetails } from '../../domain/anonymiser';
import {
  PROPOSAL_LIMITS,
  type ProposalAnswer,
  type ProposalFollowRequest,
  type ProposalList,
  parseProposalFollowRequest,
  parseProposalRequest,
} from '../../domain/wire/proposals';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { perDevice } from '../http/rate-limits';
import { proposalsFollowed, proposalsOfDevice, receiveProposal } from '../store/proposals';

/** The body of an outcomes request, or a 400 naming the fields (never a key). */
export function followRequestOf(body: unknown, max: number): ProposalFollowRequest {
  const parsed = parseProposalFollowRequest(body, max);
  if (parsed.ok) return parsed.request;
  const fields = parsed.errors.map(({ path, message }) => ({
    path: path === '' ? 'body' : `body/${path}`,
    message,
  }));
  throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
}

/**
 * `POST /api/proposals`: a theme the codebook lacks, sent by an interviewer after the anonymiser
 * and her explicit send. The server runs the anonymiser once more (as for quotes) and refuses a
 * text in which it still finds personal details, naming the kinds found and never the text.
 * `POST /api/proposals/outcomes`: what became of the proposals whose id and follow key the device
 * presents, asked with every sync: the proposals it sent, and those a device of the same
 * interviewer sent before hers was restored from a backup. Only proposals of the device's own area
 * answer, and only with the right key: an id alone, guessed or seen, gives nothing away.
 * `GET /api/proposals`: what became of the proposals this device sent (apps before follow keys).
 */
export function proposalRoutes(db: Database, config: ServerConfig) {
  const limits = config.rateLimits;
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/proposals',
      {
        bodyLimit: 4 * 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request, reply): Promise<ProposalAnswer> => {
        const device = deviceOf(request);
        const parsed = parseProposalRequest(request.body);
        if (!parsed.ok) {
          const fields = parsed.errors.map(({ path, message }) => ({
            path: path === '' ? 'body' : `body/${path}`,
            message,
          }));
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
        }
        const { id, kind, text, followKey } = parsed.request;
        const kinds = [...new Set(findPersonalDetails(text).map((found) => found.type))];
        if (kinds.length > 0) {
          throw new HttpError(400, 'personal_details', 'The proposal still holds personal details', [
            {
              path: 'body/text',
              message: `still holds personal details (${kinds.join(', ')}): anonymise it on the device`,
            },
          ]);
        }
        const received = await receiveProposal(
          db,
          { id, kind, text: text.trim(), areaId: device.areaId, deviceId: device.deviceId, followKey },
          config.quotas.openProposals,
        );
        if (received.kind === 'taken') {
          throw new HttpError(409, 'proposal_id_taken', 'Another device sent a proposal with this id');
        }
        if (received.kind === 'over-quota') {
          throw new HttpError(
            429,
            'quota_exceeded',
            `This device has ${config.quotas.openProposals} proposals waiting for a decision; send more once the administrators have decided on some`,
          );
        }
        reply.code(received.kind === 'stored' ? 201 : 200);
        return received.answer;
      },
    );

    app.post(
      '/api/proposals/outcomes',
      {
        bodyLimit: 64 * 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request): Promise<ProposalList> => {
        const { proposals } = followRequestOf(request.body, PROPOSAL_LIMITS.listed);
        return { proposals: await proposalsFollowed(db, deviceOf(request), proposals) };
      },
    );

    app.get(
      '/api/proposals',
      { onRequest: deviceAuth(db), config: { rateLimit: perDevice(limits.summariesPerMinute) } },
      async (request): Promise<ProposalList> => ({
        proposals: await proposalsOfDevice(db, deviceOf(request).deviceId, PROPOSAL_LIMITS.listed),
      }),
    );
  };
}
