import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accountForClaims } from '../accounts/oidc-accounts';
import { OidcClient, type SignInReturn, signInReturnOf } from '../accounts/oidc-client';
import { startSession } from '../accounts/sessions';
import { auditSignIn } from '../accounts/sign-in-audit';
import { SESSION_TOKEN_PREFIX } from '../auth/secrets';
import type { ServerConfig } from '../config';
import type { Database } from '../db/database';
import { HttpError } from '../http/api-error';
import { setSessionCookie } from '../http/session-cookie';
import type { SignInLimiter } from '../http/sign-in-limiter';

/**
 * Single sign-on (OpenID Connect): `GET /api/account/oidc/start` sends the browser to the
 * provider; `GET /api/account/oidc/callback` checks its answer, finds the account (see
 * accounts/oidc-accounts.ts), starts a session and sends the browser back where it started: the
 * console (/beheer, the default) or a coach's overview (`?return=/reviews`, which then finds
 * `?signin=ok` and takes the session over). A refusal goes back there too, with
 * `?signin=<reason>` to explain. Both routes count against the per-address sign-in limit before
 * any database work.
 */
export function oidcRoutes(db: Database, config: ServerConfig, limiter: SignInLimiter) {
  const settings = config.accounts.oidc;
  return async (app: FastifyInstance): Promise<void> => {
    if (settings === undefined) return;
    const oidc = new OidcClient(settings);

    app.get('/api/account/oidc/start', { onRequest: limiter.perAddress }, async (request, reply) => {
      let target: URL;
      try {
        const { return: returnTo } = request.query as { return?: unknown };
        target = await oidc.start(db, oidc.redirectUri(originOf(request)), signInReturnOf(returnTo));
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on provider unavailable');
        throw new HttpError(503, 'sso_unavailable', 'The sign-on provider does not answer; try again later');
      }
      return reply.redirect(target.href, 302);
    });

    app.get('/api/account/oidc/callback', { onRequest: limiter.perAddress }, async (request, reply) => {
      const callbackUrl = new URL(oidc.redirectUri(originOf(request)));
      callbackUrl.search = new URL(request.url, 'http://placeholder').search;
      let claims: Record<string, unknown>;
      let returnTo: SignInReturn;
      try {
        ({ claims, returnTo } = await oidc.finish(db, callbackUrl));
      } catch (error) {
        request.log.info(refusalOf(error), 'single sign-on refused');
        await auditSignIn(db, {
          method: 'oidc',
          outcome: 'failure',
          reason: 'provider_answer',
          address: request.ip,
        });
        return reply.redirect('/beheer?signin=failed', 302);
      }
      const outcome = await accountForClaims(db, settings, claims);
      if (!outcome.ok) {
        await auditSignIn(db, {
          method: 'oidc',
          outcome: 'refused',
          reason: outcome.reason,
          address: request.ip,
          ...(outcome.account === undefined
            ? { nameTried: outcome.label }
            : { account: { id: outcome.account.id, name: outcome.account.name } }),
        });
        return reply.redirect(`${returnTo}?signin=${outcome.reason}`, 302);
      }
      const { account } = outcome;
      const { token, expiresAt } = await startSession(
        db,
        account.id,
        config.accounts.sessions,
        SESSION_TOKEN_PREFIX,
      );
      await auditSignIn(db, { method: 'oidc', outcome: 'success', account, address: request.ip });
      setSessionCookie(request, reply, token, expiresAt);
      return reply.redirect(returnTo === '/beheer' ? '/beheer' : `${returnTo}?signin=ok`, 302);
    });
  };
}

// As the browser sees this server: behind a trusted proxy, its scheme and host.
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

// What went wrong, for the operator's log: openid-client's code, the check that failed (its
// cause's message and the claim it names, as "the claim value" alone does not say whether the
// audience, issuer or nonce was wrong; never the claims' values) and the provider's error name.
/** A parse error's message quotes the text it could not read: part of the provider's token answer. */
function safeMessage(error: Error): string {
  return error instanceof SyntaxError ? error.name : error.message;
}

function refusalOf(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { reason: 'unknown' };
  const { code, error: providerError } = error as Error & { code?: unknown; error?: unknown };
  const check = error.cause instanceof Error ? error.cause : undefined;
  const claim = (check?.cause as { claim?: unknown } | undefined)?.claim;
  return {
    reason: safeMessage(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(check === undefined || check.message === error.message ? {} : { check: safeMessage(check) }),
    ...(typeof claim === 'string' ? { claim } : {}),
    ...(typeof providerError === 'string' ? { providerError } : {}),
  };
}
