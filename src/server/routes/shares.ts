import type { FastifyInstance } from 'fastify';
import { REVIEW_CODE_ID_PATTERN } from '../../domain/review-code';
import {
  BLOB_LIMITS,
  type FeedbackSaved,
  maxDataChars,
  parseNewShare,
  parsePackageUpload,
  SHARE_ID_PATTERN,
  type ShareCreated,
} from '../../domain/wire/blobs';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { invalidBody, jsonValue, sendJsonText } from '../http/blob-replies';
import { perAddress, perCredential, perDevice } from '../http/rate-limits';
import { shareAuth, shareEnded, shareIdOf, shareUnknown, shareWithdrawn } from '../http/share-auth';
import { checkOpenShares } from '../quotas/device-quotas';
import { areaConfiguration } from '../store/configuration';
import { isShareWithdrawn } from '../store/share-withdrawals';
import {
  closeShare,
  createShare,
  fileShareCode,
  findShareCode,
  loadShare,
  saveFeedback,
} from '../store/shares';

/**
 * Shares for coach review: the interviewer's device uploads an encrypted conversation
 * (`POST /api/shares`), the coach reads it with the link (`GET /api/shares/:id`, the id being the
 * capability and the key staying in the link's fragment), answers with encrypted feedback
 * (`PUT …/feedback`, with the reply token) and either side closes it (`DELETE`). For a coach who
 * types rather than clicks, the sharing device files the link sealed under a short code
 * (`PUT …/code/:codeId`, src/domain/review-code.ts) and the coach's app fetches it by the code's
 * id (`GET /api/shares/code/:codeId`).
 */
export function shareRoutes(db: Database, config: ServerConfig) {
  const { rateLimits: limits, blobs } = config;
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/shares',
      {
        bodyLimit: BLOB_LIMITS.shareBodyBytes,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.blobRequestsPerMinute) },
      },
      async (request, reply): Promise<ShareCreated> => {
        const parsed = parseNewShare(request.body, maxDataChars(BLOB_LIMITS.shareBodyBytes));
        if (!parsed.ok) throw invalidBody(parsed.errors);
        const device = deviceOf(request);
        await checkOpenShares(db, reply, device.deviceId, config.quotas);
        const created = await createShare(db, {
          deviceId: device.deviceId,
          packageJson: JSON.stringify(parsed.share.package),
          replyTokenHash: parsed.share.replyTokenHash,
          days: await shareDaysOf(db, device.areaId, blobs.shareDays),
        });
        reply.code(201);
        return { id: created.id, expiresAt: created.expiresAt.toISOString() };
      },
    );

    app.get(
      '/api/shares/:id',
      { config: { rateLimit: perAddress(limits.shareReadsPerMinute) } },
      async (request, reply) => {
        const id = shareIdOf(request);
        const share = SHARE_ID_PATTERN.test(id) ? await loadShare(db, id) : ({ status: 'unknown' } as const);
        if (share.status === 'unknown') {
          throw (await isShareWithdrawn(db, id)) ? shareWithdrawn() : shareUnknown();
        }
        if (share.status === 'ended') throw shareEnded();
        // The shape of SharedPackage.
        return sendJsonText(
          reply,
          `{"package":${share.packageJson},"feedback":${share.feedbackJson ?? 'null'},` +
            `"feedbackAt":${jsonValue(share.feedbackAt?.toISOString() ?? null)},` +
            `"expiresAt":${jsonValue(share.expiresAt.toISOString())}}`,
        );
      },
    );

    app.put(
      '/api/shares/:id/code/:codeId',
      {
        bodyLimit: 8 * 1024,
        onRequest: deviceAuth(db),
        config: { rateLimit: perDevice(limits.blobRequestsPerMinute) },
      },
      async (request, reply) => {
        const { codeId } = request.params as { codeId: string };
        if (!REVIEW_CODE_ID_PATTERN.test(codeId)) throw codeIdWrong();
        const parsed = parsePackageUpload(request.body, 'review-key', 2048);
        if (!parsed.ok) throw invalidBody(parsed.errors);
        const filed = await fileShareCode(db, {
          shareId: shareIdOf(request),
          deviceId: deviceOf(request).deviceId,
          codeId,
          packageJson: JSON.stringify(parsed.upload.package),
        });
        if (filed === 'unknown') throw shareUnknown();
        if (filed === 'taken') {
          throw new HttpError(409, 'code_taken', 'Another open share uses this code; make a new code');
        }
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/shares/code/:codeId',
      { config: { rateLimit: perAddress(limits.shareReadsPerMinute) } },
      async (request, reply) => {
        const { codeId } = request.params as { codeId: string };
        const sealed = REVIEW_CODE_ID_PATTERN.test(codeId) ? await findShareCode(db, codeId) : undefined;
        // Unknown, ended and withdrawn look the same here: the code id says nothing of which share.
        if (sealed === undefined) throw new HttpError(404, 'code_unknown', 'No open review has this code');
        return sendJsonText(reply, `{"package":${sealed}}`);
      },
    );

    app.put(
      '/api/shares/:id/feedback',
      {
        bodyLimit: BLOB_LIMITS.feedbackBodyBytes,
        onRequest: shareAuth(db, 'answer'),
        config: { rateLimit: perCredential(limits.blobRequestsPerMinute) },
      },
      async (request): Promise<FeedbackSaved> => {
        const parsed = parsePackageUpload(
          request.body,
          'feedback',
          maxDataChars(BLOB_LIMITS.feedbackBodyBytes),
        );
        if (!parsed.ok) throw invalidBody(parsed.errors);
        const feedbackAt = await saveFeedback(db, shareIdOf(request), JSON.stringify(parsed.upload.package));
        // Expired or closed since the check in onRequest.
        if (feedbackAt === null) throw shareEnded();
        return { feedbackAt: feedbackAt.toISOString() };
      },
    );

    app.delete(
      '/api/shares/:id',
      {
        onRequest: shareAuth(db, 'close'),
        config: { rateLimit: perCredential(limits.blobRequestsPerMinute) },
      },
      async (request, reply) => {
        // Also for a share that ended already: a close whose answer was lost can simply be sent again.
        await closeShare(db, shareIdOf(request));
        return reply.code(204).send();
      },
    );
  };
}

function codeIdWrong(): HttpError {
  return new HttpError(400, 'invalid_code', 'A code id is six characters of Crockford base32');
}

/**
 * How long a new share of this area is kept: the area's configured `shareDays` (its own, its
 * group's or the organisation's), never longer than the server's SHARE_DAYS, as an area may raise
 * k but never lower the server's: each setting may only make the server keep less.
 */
async function shareDaysOf(db: Database, areaId: string, serverDays: number): Promise<number> {
  const configured = (await areaConfiguration(db, areaId))?.configuration.retention.shareDays;
  return Math.min(serverDays, configured ?? serverDays);
}
