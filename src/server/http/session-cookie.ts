import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfTokenOf } from '../accounts/sessions';
import type { SignedInAccount } from './account-auth';
import { SESSION_COOKIE } from './account-auth';

/**
 * The console's session cookie: HttpOnly (scripts never see the token), SameSite=Strict (never
 * sent on a request another site starts), Path=/, and Secure when the request came over HTTPS,
 * as the socket or, with TRUST_PROXY, the balancer's X-Forwarded-Proto says.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
  });
}

/** What the console learns about its session: never the token itself, which stays in the cookie. */
export interface SessionBody {
  account: SignedInAccount;
  csrfToken: string;
  expiresAt: string;
}

export function sessionBody(
  account: SignedInAccount,
  token: string,
  expiresAt: Date,
  mustChangePassword = false,
): SessionBody {
  return {
    account,
    csrfToken: csrfTokenOf(token),
    expiresAt: expiresAt.toISOString(),
    ...(mustChangePassword ? { mustChangePassword } : {}),
  };
}
