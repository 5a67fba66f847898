import type { FastifyReply, FastifyRequest } from 'fastify';
import { SHARE_ID_PATTERN } from '../../domain/wire/blobs';
import { bearerToken, DEVICE_TOKEN_PREFIX } from '../auth/secrets';
import { isReplyToken } from '../auth/share-secrets';
import type { Queryable } from '../db/database';
import { isShareWithdrawn } from '../store/share-withdrawals';
import { findShareAccess } from '../store/shares';
import { HttpError } from './api-error';
import { deviceAuth, deviceOf } from './auth';

/**
 * Who may write to a share, decided in `onRequest` like every credential (before the body is
 * read): the coach, with the reply token the sharing device made, and for closing also the device
 * that made the share. Reading needs no credential: the share id is the capability.
 */
export function shareUnknown(): HttpError {
  return new HttpError(404, 'share_unknown', 'This share is not known; check the link');
}

export function shareEnded(): HttpError {
  return new HttpError(
    410,
    'share_expired',
    'This share has expired or was closed; its packages are deleted',
  );
}

/** The resident withdrew consent: the coach's app erases its copy when it hears this. */
export function shareWithdrawn(): HttpError {
  return new HttpError(
    410,
    'share_withdrawn',
    'The resident withdrew consent; this share and its packages are deleted',
  );
}

export function shareIdOf(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

/**
 * `answer`: the coach's reply token, and the share must still be open (410 before the body is
 * read). `close`: the reply token or the token of the device that made the share, also once the
 * share ended, so that closing can be repeated.
 */
export function shareAuth(db: Queryable, purpose: 'answer' | 'close') {
  const ownerAuth = deviceAuth(db);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const id = shareIdOf(request);
    const share = SHARE_ID_PATTERN.test(id) ? await findShareAccess(db, id) : undefined;
    if (share === undefined) throw (await isShareWithdrawn(db, id)) ? shareWithdrawn() : shareUnknown();
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'Send the reply token as "Authorization: Bearer <token>"');
    }
    if (purpose === 'close' && token.startsWith(DEVICE_TOKEN_PREFIX)) {
      await ownerAuth(request, reply);
      if (deviceOf(request).deviceId !== share.deviceId) {
        throw new HttpError(
          403,
          'forbidden',
          'Only the device that made this share, or its coach, may close it',
        );
      }
    } else if (!isReplyToken(token, share.replyTokenHash)) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'reply_token_wrong', 'This reply token does not belong to this share');
    }
    if (purpose === 'answer' && !share.open) throw shareEnded();
  };
}
