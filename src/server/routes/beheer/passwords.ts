import type { FastifyInstance } from 'fastify';
import type { PasswordResetResponse } from '../../../domain/wire/beheer';
import { resetPassword } from '../../accounts/password-changes';
import type { Database } from '../../db/database';
import { accountOf } from '../../http/account-auth';
import { HttpError } from '../../http/api-error';
import { actorOf, consoleAccess } from './guard';

const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 36 } },
} as const;

/**
 * `POST /api/beheer/accounts/:id/password-reset`: a one-time temporary password, in this answer only
 * (never stored in the clear, never in the audit trail); the account's sessions end at once and
 * its owner must choose a new password at her next sign-in. Organisation administrators only, as
 * for every account change; her own password she changes herself (`POST /api/account/password`).
 */
export function consolePasswordRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    app.post(
      '/api/beheer/accounts/:id/password-reset',
      { onRequest: [access.onRequest, access.organisation], schema: { params: ID_PARAMS } },
      async (request, reply): Promise<PasswordResetResponse> => {
        const { id } = request.params as { id: string };
        if (id === accountOf(request).id) {
          throw new HttpError(409, 'own_account', 'Change your own password with your current one');
        }
        const reset = await resetPassword(db, actorOf(request), id);
        if (reset === 'unknown') throw new HttpError(404, 'not_found', 'There is no such account');
        reply.header('cache-control', 'no-store');
        return reset;
      },
    );
  };
}
