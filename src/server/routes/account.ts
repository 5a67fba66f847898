import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findAccount } from '../accounts/accounts';
import { signOutEverywhere } from '../accounts/changes';
import { changeOwnPassword } from '../accounts/password-changes';
import { checkPassword } from '../accounts/password-check';
import { endSession, startSession } from '../accounts/sessions';
import { auditSignIn } from '../accounts/sign-in-audit';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { SESSION_TOKEN_PREFIX } from '../auth/secrets';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { accountAuth, accountOf, credentialOf, csrfMatches, sessionOf } from '../http/account-auth';
import { HttpError } from '../http/api-error';
import { clearSessionCookie, sessionBody, setSessionCookie } from '../http/session-cookie';
import type { SignInLimiter } from '../http/sign-in-limiter';

export const LOGIN_BODY = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

const PASSWORD_BODY = {
  type: 'object',
  required: ['currentPassword', 'newPassword'],
  additionalProperties: false,
  properties: {
    currentPassword: { type: 'string', minLength: 1, maxLength: 200 },
    newPassword: { type: 'string', maxLength: 200 },
  },
} as const;

export const usernameOf = (request: FastifyRequest): string =>
  (request.body as { username: string }).username;

/**
 * The console's sign-in with a local password, and what every signed-in person can do with their
 * own session. Brute force is stopped before the database: per address in `onRequest`
 * (@fastify/rate-limit), per account name in `preHandler` (SignInLimiter).
 */
export function accountRoutes(db: Database, config: ServerConfig, limiter: SignInLimiter) {
  const settings = config.accounts.sessions;
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/api/account/methods', async () => ({
      password: true,
      oidc: config.accounts.oidc !== undefined,
    }));

    app.post(
      '/api/account/login',
      {
        schema: { body: LOGIN_BODY },
        onRequest: limiter.perAddress,
        preHandler: limiter.perName(usernameOf),
      },
      async (request, reply) => {
        const { username, password } = request.body as { username: string; password: string };
        const checked = await checkPassword(db, username, password);
        if (checked === undefined) {
          limiter.failed(username);
          await auditSignIn(db, {
            method: 'password',
            outcome: 'failure',
            nameTried: username,
            address: request.ip,
          });
          throw new HttpError(401, 'invalid_credentials', 'Unknown username or wrong password');
        }
        limiter.succeeded(username);
        const account = await findAccount(db, { id: checked.accountId });
        if (account === undefined || account.grants.length === 0) {
          await auditSignIn(db, {
            method: 'password',
            outcome: 'refused',
            account: { id: checked.accountId, name: checked.name },
            reason: 'no_role',
            address: request.ip,
          });
          throw new HttpError(403, 'no_role', 'This account holds no role yet; ask an administrator');
        }
        const { token, expiresAt } = await startSession(db, account.id, settings, SESSION_TOKEN_PREFIX);
        await auditSignIn(db, { method: 'password', outcome: 'success', account, address: request.ip });
        setSessionCookie(request, reply, token, expiresAt);
        reply.code(201);
        const { id, name, email, grants } = account;
        return sessionBody({ id, name, email, grants }, token, expiresAt, checked.mustChangePassword);
      },
    );

    // Open to a session with a temporary password: the console must learn it has to ask for a new one.
    const beforePasswordChange = accountAuth(db, { beforePasswordChange: true });
    app.get('/api/account/session', { onRequest: beforePasswordChange }, async (request) => {
      const { token, expiresAt, mustChangePassword } = sessionOf(request);
      return sessionBody(accountOf(request), token, expiresAt, mustChangePassword);
    });

    app.post(
      '/api/account/password',
      { onRequest: beforePasswordChange, schema: { body: PASSWORD_BODY } },
      async (request, reply) => {
        const { currentPassword, newPassword } = request.body as {
          currentPassword: string;
          newPassword: string;
        };
        const account = accountOf(request);
        const changed = await changeOwnPassword(
          db,
          { kind: 'account', id: account.id, label: account.name },
          {
            current: currentPassword,
            next: newPassword,
            keepSessionToken: sessionOf(request).token,
            address: request.ip,
          },
        );
        if (changed === 'wrong-password') {
          throw new HttpError(400, 'wrong_password', 'The current password is not right', [
            { path: 'body/currentPassword', message: 'is not the current password' },
          ]);
        }
        if (changed === 'too-short' || changed === 'same') {
          const message =
            changed === 'same'
              ? 'must differ from the current one'
              : `must be at least ${MIN_PASSWORD_LENGTH} characters`;
          throw new HttpError(
            400,
            changed === 'same' ? 'password_same' : 'password_too_short',
            `The new password ${message}`,
            [{ path: 'body/newPassword', message }],
          );
        }
        return reply.code(204).send();
      },
    );

    // Ends this session even when it has expired already, and always clears the cookie.
    app.post('/api/account/logout', async (request, reply) => {
      const { token, fromCookie } = credentialOf(request);
      if (token !== undefined) {
        if (fromCookie && !csrfMatches(request, token)) {
          throw new HttpError(403, 'csrf_failed', "Send the session's CSRF token in the x-csrf-token header");
        }
        await endSession(db, token);
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    });

    app.post(
      '/api/account/logout-everywhere',
      { onRequest: beforePasswordChange },
      async (request, reply) => {
        const account = accountOf(request);
        const ended = await signOutEverywhere(
          db,
          { actor: { kind: 'account', id: account.id, label: account.name }, address: request.ip },
          account.id,
        );
        clearSessionCookie(request, reply);
        return { sessionsEnded: ended };
      },
    );
  };
}
