import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth/secrets';
import type { RateLimits } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { perAddress } from '../http/rate-limits';
import { signIn, signOut } from '../store/readers';

const LOGIN_BODY = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

/**
 * Area-team sign-in: username and password (scrypt-checked) for a session token, which then goes
 * in `Authorization: Bearer <token>` on aggregate requests. Sign-out deletes the session.
 */
export function areaTeamRoutes(db: Database, limits: RateLimits) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/area-team/login',
      { schema: { body: LOGIN_BODY }, config: { rateLimit: perAddress(limits.signInPerMinute) } },
      async (request, reply) => {
        const { username, password } = request.body as { username: string; password: string };
        const session = await signIn(db, username, password);
        if (session === undefined) {
          throw new HttpError(401, 'invalid_credentials', 'Unknown username or wrong password');
        }
        reply.code(201);
        return { token: session.token, expiresAt: session.expiresAt.toISOString(), area: session.area };
      },
    );

    app.post('/api/area-team/logout', async (request, reply) => {
      const token = bearerToken(request.headers.authorization);
      if (token !== undefined) await signOut(db, token);
      return reply.code(204).send();
    });
  };
}
