import type { FastifyInstance } from 'fastify';
import { BUILT_IN_GUIDE_IDS } from '../../domain/guides/built-in';
import { GUIDE_LIMITS } from '../../domain/guides/guide';
import { personalDetailsInGuide } from '../../domain/proposals/guide-proposal-text';
import {
  GUIDE_PROPOSAL_LIMITS,
  type GuideProposalAnswer,
  parseGuideProposalRequest,
} from '../../domain/wire/guide-proposals';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { perDevice } from '../http/rate-limits';
import {
  guideProposalsFollowed,
  guideProposalsOfDevice,
  receiveGuideProposal,
} from '../store/guide-proposals';
import { followRequestOf } from './proposals';

/**
 * `POST /api/guide-proposals`: a guide written on a device, proposed for publication after the
 * anonymiser and the interviewer's explicit send. The server runs the anonymiser over every free
 * text again and refuses a guide in which it still finds personal details, naming each field and
 * the kinds found, never the text. `POST /api/guide-proposals/outcomes`: what became of the guide
 * proposals of the device's area whose id and follow key it presents (its own, and those sent from
 * a device it was restored from). `GET /api/guide-proposals`: what became of this device's.
 */
export function guideProposalRoutes(db: Database, config: ServerConfig) {
  const limits = config.rateLimits;
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/guide-proposals',
      {
        bodyLimit: GUIDE_LIMITS.fileBytes + 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request, reply): Promise<GuideProposalAnswer> => {
        const device = deviceOf(request);
        const parsed = parseGuideProposalRequest(request.body);
        if (!parsed.ok) {
          const fields = parsed.errors.map(({ path, message }) => ({
            path: path === '' ? 'body' : `body/${path}`,
            message,
          }));
          throw new HttpError(400, 'invalid_request', 'The request has invalid fields', fields);
        }
        const { id, guide, followKey } = parsed.request;
        if (BUILT_IN_GUIDE_IDS.has(guide.id)) {
          throw new HttpError(400, 'guide_built_in', 'A built-in guide ships with the app', [
            { path: 'body/guide/id', message: 'names a built-in guide' },
          ]);
        }
        const found = personalDetailsInGuide(guide);
        if (found.length > 0) {
          throw new HttpError(
            400,
            'personal_details',
            'The guide still holds personal details',
            found.slice(0, 20).map(({ path, kinds }) => ({
              path: `body/${path}`,
              message: `still holds personal details (${kinds.join(', ')}): anonymise it on the device`,
            })),
          );
        }
        const received = await receiveGuideProposal(
          db,
          { id, guide, areaId: device.areaId, deviceId: device.deviceId, followKey },
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
      '/api/guide-proposals/outcomes',
      {
        bodyLimit: 64 * 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.summariesPerMinute) },
      },
      async (request) => {
        const { proposals } = followRequestOf(request.body, GUIDE_PROPOSAL_LIMITS.listed);
        return { proposals: await guideProposalsFollowed(db, deviceOf(request), proposals) };
      },
    );

    app.get(
      '/api/guide-proposals',
      { onRequest: deviceAuth(db), config: { rateLimit: perDevice(limits.summariesPerMinute) } },
      async (request) => ({
        proposals: await guideProposalsOfDevice(db, deviceOf(request).deviceId, GUIDE_PROPOSAL_LIMITS.listed),
      }),
    );
  };
}
