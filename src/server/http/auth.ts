import type { FastifyReply, FastifyRequest } from 'fastify';
import { type RoleScope, scopeCoversScope } from '../../domain/accounts/roles';
import { bearerToken } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { findDeviceByToken, noteDeviceSeen } from '../store/devices';
import { accountAuth, accountOf, scopesCoverArea } from './account-auth';
import { HttpError } from './api-error';

/**
 * Who is asking, decided in `onRequest`: before the body is read, so a stranger's upload is
 * refused without being parsed. The token is looked up on every request (one indexed read), never
 * cached, which is what makes a revocation count from the very next request.
 */
export interface DeviceIdentity {
  deviceId: string;
  areaId: string;
}

const devices = new WeakMap<FastifyRequest, DeviceIdentity>();
const readerScopes = new WeakMap<FastifyRequest, RoleScope[]>();

export function deviceAuth(db: Queryable) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'Send the device token as "Authorization: Bearer <token>"');
    }
    const device = await findDeviceByToken(db, token);
    if (device.status === 'unknown') {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unknown_device', 'This device token is not known; enrol the device again');
    }
    if (device.status === 'revoked') {
      throw new HttpError(
        403,
        'device_revoked',
        'This device has been revoked; ask an administrator for a new enrolment code',
      );
    }
    devices.set(request, { deviceId: device.deviceId, areaId: device.areaId });
    // "Last seen" is a convenience for the console: a failure to note it never fails the request.
    await noteDeviceSeen(db, device.deviceId).catch(() => undefined);
  };
}

export function deviceOf(request: FastifyRequest): DeviceIdentity {
  const device = devices.get(request);
  if (device === undefined) throw new Error('route uses deviceOf without deviceAuth');
  return device;
}

/**
 * Area-team routes: a signed-in account (bearer token from `/api/area-team/login`, or the console's
 * cookie with its CSRF token) holding `gebiedsteam` on some scope. The routes then check the area
 * they touch with `readerMayUseArea`; a group or organisation reader reaches the areas under it.
 */
export function readerAuth(db: Queryable) {
  const signedIn = accountAuth(db);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await signedIn(request, reply);
    const scopes = accountOf(request)
      .grants.filter((grant) => grant.role === 'gebiedsteam')
      .map((grant) => grant.scope);
    if (scopes.length === 0) throw new HttpError(403, 'forbidden', 'This account has no area-team role');
    readerScopes.set(request, sortScopes(scopes));
  };
}

/** Every scope the reader holds `gebiedsteam` on, the widest first. */
export function readerScopesOf(request: FastifyRequest): RoleScope[] {
  const scopes = readerScopes.get(request);
  if (scopes === undefined) throw new Error('route uses readerScopesOf without readerAuth');
  return scopes;
}

/** The reader's widest scope: the organisation, a group, or (for most area teams) its one area. */
export function readerScopeOf(request: FastifyRequest): RoleScope {
  const [widest] = readerScopesOf(request);
  if (widest === undefined) throw new Error('reader without a scope');
  return widest;
}

/**
 * The one area of an area-scoped reader (what the area-team app was built for). A reader of a
 * group, the organisation or several areas has no one area: 403, never another area's data.
 */
export function readerAreaOf(request: FastifyRequest): string {
  const scopes = readerScopesOf(request);
  const only = scopes.length === 1 ? scopes[0] : undefined;
  if (only?.kind !== 'area') {
    throw new HttpError(403, 'forbidden', 'This account reads more than one area; name the area');
  }
  return only.areaId;
}

/** Whether the reader's scopes reach the area. */
export function readerMayUseArea(db: Queryable, request: FastifyRequest, areaId: string): Promise<boolean> {
  return scopesCoverArea(db, readerScopesOf(request), areaId);
}

/** Whether the reader holds `gebiedsteam` on the scope itself (a group's sums, the organisation's). */
export function readerMayReadScope(request: FastifyRequest, wanted: RoleScope): boolean {
  return readerScopesOf(request).some((scope) => scopeCoversScope(scope, wanted));
}

const SCOPE_ORDER = { organisation: 0, group: 1, area: 2 } as const;

function sortScopes(scopes: RoleScope[]): RoleScope[] {
  const key = (scope: RoleScope) =>
    scope.kind === 'organisation' ? '' : scope.kind === 'group' ? scope.groupId : scope.areaId;
  return [...scopes].sort(
    (a, b) => SCOPE_ORDER[a.kind] - SCOPE_ORDER[b.kind] || key(a).localeCompare(key(b)),
  );
}
