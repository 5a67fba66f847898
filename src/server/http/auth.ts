import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken, DEVICE_TOKEN_PREFIX } from '../auth/secrets';
import type { Queryable } from '../db/database';
import { findDeviceByToken, noteDeviceSeen } from '../store/devices';
import { sessionArea } from '../store/readers';
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
const readerAreas = new WeakMap<FastifyRequest, string>();

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

export function readerAuth(db: Queryable) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(
        401,
        'unauthorized',
        'Sign in as the area team and send the token as "Authorization: Bearer <token>"',
      );
    }
    if (token.startsWith(DEVICE_TOKEN_PREFIX)) {
      throw new HttpError(403, 'forbidden', 'A device token cannot be used here; sign in as the area team');
    }
    const areaId = await sessionArea(db, token);
    if (areaId === undefined) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'session_expired', 'This session is unknown or has expired; sign in again');
    }
    readerAreas.set(request, areaId);
  };
}

export function readerAreaOf(request: FastifyRequest): string {
  const areaId = readerAreas.get(request);
  if (areaId === undefined) throw new Error('route uses readerAreaOf without readerAuth');
  return areaId;
}
