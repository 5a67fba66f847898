import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SHARE_ID_PATTERN } from '../../domain/wire/blobs';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { deviceAuth, deviceOf } from '../http/auth';
import { perDevice } from '../http/rate-limits';
import { shareIdOf, shareUnknown } from '../http/share-auth';
import { isShareWithdrawn, withdrawShare } from '../store/share-withdrawals';
import { findShareAccess } from '../store/shares';

/**
 * `PUT /api/shares/:id/withdrawal`: the resident withdrew consent, so the device that made the
 * share deletes it now rather than letting it wait for its expiry. Only that device may (its token,
 * not the coach's reply token). Repeating it answers 204 again, so a lost answer can be retried;
 * a share the server no longer knows at all answers 404, which the device also takes as done.
 */
export function shareWithdrawalRoutes(db: Database, config: ServerConfig) {
  const device = deviceAuth(db);
  const owner = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await device(request, reply);
    const id = shareIdOf(request);
    if (!SHARE_ID_PATTERN.test(id)) throw shareUnknown();
    const share = await findShareAccess(db, id);
    if (share === undefined) {
      if (await isShareWithdrawn(db, id)) return;
      throw shareUnknown();
    }
    if (share.deviceId !== deviceOf(request).deviceId) {
      throw new HttpError(403, 'forbidden', 'Only the device that made this share may withdraw it');
    }
  };
  return async (app: FastifyInstance): Promise<void> => {
    app.put(
      '/api/shares/:id/withdrawal',
      {
        onRequest: owner,
        config: { rateLimit: perDevice(config.rateLimits.blobRequestsPerMinute) },
      },
      async (request, reply) => {
        await withdrawShare(db, shareIdOf(request));
        return reply.code(204).send();
      },
    );
  };
}
