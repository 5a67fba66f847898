import type { FastifyInstance } from 'fastify';
import { auditSignIn } from '../accounts/sign-in-audit';
import { bearerToken } from '../auth/secrets';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import type { SignInLimiter } from '../http/sign-in-limiter';
import { readerSignIn, signOut } from '../store/readers';
import { LOGIN_BODY, usernameOf } from './account';

/**
 * Area-team sign-in for the area-team app: username and password (scrypt-checked) for a session
 * token, which then goes in `Authorization: Bearer <token>` on aggregate and agenda requests. The
 * account must hold `gebiedsteam`; `area` is in the answer when it holds it on exactly one area,
 * `scopes` always. Brute force is stopped before the database, as for the console's sign-in.
 */
export function areaTeamRoutes(db: Database, config: ServerConfig, limiter: SignInLimiter) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post(
      '/api/area-team/login',
      {
        schema: { body: LOGIN_BODY },
        onRequest: limiter.perAddress,
        preHandler: limiter.perName(usernameOf),
      },
      async (request, reply) => {
        const { username, password } = request.body as { username: string; password: string };
        const result = await readerSignIn(db, username, password, config.accounts.sessions);
        const audit = { method: 'password', address: request.ip, route: 'area-team' } as const;
        if (!result.ok && result.reason === 'invalid_credentials') {
          limiter.failed(username);
          await auditSignIn(db, { ...audit, outcome: 'failure', nameTried: username });
          throw new HttpError(401, 'invalid_credentials', 'Unknown username or wrong password');
        }
        limiter.succeeded(username);
        if (!result.ok) {
          await auditSignIn(db, {
            ...audit,
            outcome: 'refused',
            account: { id: result.accountId, name: username },
            reason: 'no_role',
          });
          throw new HttpError(403, 'forbidden', 'This account has no area-team role');
        }
        const { session } = result;
        await auditSignIn(db, {
          ...audit,
          outcome: 'success',
          account: { id: session.accountId, name: username },
        });
        reply.code(201);
        return {
          token: session.token,
          expiresAt: session.expiresAt.toISOString(),
          scopes: session.scopes,
          ...(session.area === undefined ? {} : { area: session.area }),
          choices: session.choices,
        };
      },
    );

    app.post('/api/area-team/logout', async (request, reply) => {
      const token = bearerToken(request.headers.authorization);
      if (token !== undefined) await signOut(db, token);
      return reply.code(204).send();
    });
  };
}
