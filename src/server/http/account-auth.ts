import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Role, type RoleGrant, type RoleScope, scopeCoversArea } from '../../domain/accounts/roles';
import { groupOfArea } from '../accounts/grants';
import {
  csrfTokenOf,
  DEFAULT_SESSION_SETTINGS,
  findSession,
  type SessionSettings,
} from '../accounts/sessions';
import { bearerToken, DEVICE_TOKEN_PREFIX } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { HttpError } from './api-error';

export type { Role, RoleGrant, RoleScope } from '../../domain/accounts/roles';

/**
 * Who is signed in, for routes of people (the console, area teams). Decided in `onRequest`, before
 * the body is read. A session arrives either as the `bg_session` cookie (the console in a browser)
 * or as `Authorization: Bearer <token>` (the area team's app, scripts). A cookie is sent by the
 * browser on its own, so a state-changing request it authenticates must also carry the session's
 * CSRF token in `x-csrf-token`, which another site cannot read; a bearer token needs none.
 */
export interface SignedInAccount {
  id: string;
  name: string;
  email: string | null;
  grants: RoleGrant[];
}

export const SESSION_COOKIE = 'bg_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyInstance {
    /** Idle and absolute session limits (SESSION_IDLE_MINUTES, SESSION_MAX_HOURS). */
    sessionSettings: SessionSettings;
  }
}

export function installSessionSettings(app: FastifyInstance, settings: SessionSettings): void {
  app.decorate('sessionSettings', settings);
}

const accounts = new WeakMap<FastifyRequest, SignedInAccount>();
const sessions = new WeakMap<
  FastifyRequest,
  { token: string; expiresAt: Date; mustChangePassword: boolean }
>();

export function accountAuth(db: Queryable, options: { beforePasswordChange?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { token, fromCookie } = credentialOf(request);
    if (token === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'Sign in first');
    }
    if (token.startsWith(DEVICE_TOKEN_PREFIX)) {
      throw new HttpError(403, 'forbidden', 'A device token cannot be used here; sign in with an account');
    }
    // Before the lookup: a forged request costs no database work.
    if (fromCookie && !SAFE_METHODS.has(request.method) && !csrfMatches(request, token)) {
      throw new HttpError(403, 'csrf_failed', `Send the session's CSRF token in the ${CSRF_HEADER} header`);
    }
    const settings = request.server.sessionSettings ?? DEFAULT_SESSION_SETTINGS;
    const session = await findSession(db, token, settings);
    if (session === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'session_expired', 'This session is unknown or has expired; sign in again');
    }
    // A temporary password from an administrator opens only the way to replace it (and to sign out).
    if (session.mustChangePassword && options.beforePasswordChange !== true) {
      throw new HttpError(403, 'password_change_required', 'Choose a new password first');
    }
    accounts.set(request, session.account);
    sessions.set(request, {
      token,
      expiresAt: session.expiresAt,
      mustChangePassword: session.mustChangePassword,
    });
  };
}

export function accountOf(request: FastifyRequest): SignedInAccount {
  const account = accounts.get(request);
  if (account === undefined) throw new Error('route uses accountOf without accountAuth');
  return account;
}

/** The session of an authenticated request: its token (for signing out) and absolute end. */
export function sessionOf(request: FastifyRequest): {
  token: string;
  expiresAt: Date;
  mustChangePassword: boolean;
} {
  const session = sessions.get(request);
  if (session === undefined) throw new Error('route uses sessionOf without accountAuth');
  return session;
}

/**
 * `preHandler` (or a later `onRequest`) after accountAuth: 403 `forbidden` unless the account holds
 * `role` on a scope that reaches the area `areaOf` names. Without `areaOf`, any grant of the role
 * will do (the route limits what it shows itself); when `areaOf` gives no area, the request
 * reaches every area and only an organisation-wide grant covers it.
 */
export function requireRole(
  db: Queryable,
  role: Role,
  areaOf?: (request: FastifyRequest) => string | undefined,
) {
  return async (request: FastifyRequest): Promise<void> => {
    const grants = accountOf(request).grants.filter((grant) => grant.role === role);
    const allowed =
      areaOf === undefined
        ? grants.length > 0
        : await scopesCoverArea(
            db,
            grants.map((grant) => grant.scope),
            areaOf(request),
          );
    if (!allowed) throw new HttpError(403, 'forbidden', `This account is not ${role} here`);
  };
}

/** Whether any of the scopes reaches the area; `undefined` stands for every area at once. */
export async function scopesCoverArea(
  db: Queryable,
  scopes: readonly RoleScope[],
  areaId: string | undefined,
): Promise<boolean> {
  if (scopes.some((scope) => scope.kind === 'organisation')) return true;
  if (areaId === undefined || scopes.length === 0) return false;
  if (scopes.some((scope) => scope.kind === 'area' && scope.areaId === areaId)) return true;
  if (!scopes.some((scope) => scope.kind === 'group')) return false;
  const group = await groupOfArea(db, areaId);
  return group !== undefined && scopes.some((scope) => scopeCoversArea(scope, areaId, group));
}

export function credentialOf(request: FastifyRequest): { token: string | undefined; fromCookie: boolean } {
  const bearer = bearerToken(request.headers.authorization);
  if (bearer !== undefined) return { token: bearer, fromCookie: false };
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie === undefined || cookie.length > 200
    ? { token: undefined, fromCookie: false }
    : { token: cookie, fromCookie: true };
}

export function csrfMatches(request: FastifyRequest, token: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(token));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Every area a role reaches for this account: `'all'` for an organisation-wide grant, else the
 * ids of its areas and of the areas in its groups. For lists (devices, codes) a route filters.
 */
export async function areasReached(
  db: Queryable,
  account: SignedInAccount,
  role: Role,
): Promise<'all' | string[]> {
  const scopes = account.grants.filter((grant) => grant.role === role).map((grant) => grant.scope);
  if (scopes.some((scope) => scope.kind === 'organisation')) return 'all';
  const areaIds = scopes.flatMap((scope) => (scope.kind === 'area' ? [scope.areaId] : []));
  const groupIds = scopes.flatMap((scope) => (scope.kind === 'group' ? [scope.groupId] : []));
  if (areaIds.length === 0 && groupIds.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(
    'select id from areas where id = any($1::text[]) or group_id = any($2::text[]) order by id',
    [areaIds, groupIds],
  );
  return rows.map((row) => row.id);
}
