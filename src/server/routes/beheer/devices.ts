import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConsoleDevice, DeviceRemovalResponse, DevicesResponse } from '../../../domain/wire/beheer';
import { recordAudit } from '../../audit/record';
import type { Database } from '../../db/database';
import { HttpError } from '../../http/api-error';
import { revokeAndRemoveDevice } from '../../store/device-removal';
import { type DeviceRecord, findDevice, listDevices, revokeDevice } from '../../store/devices';
import { actorOf, consoleAccess } from './guard';

const AREA_PARAMS = {
  type: 'object',
  required: ['areaId'],
  properties: { areaId: { type: 'string', maxLength: 64 } },
} as const;
const DEVICE_PARAMS = {
  type: 'object',
  required: ['deviceId'],
  properties: { deviceId: { type: 'string', maxLength: 36 } },
} as const;
const REMOVE_BODY = {
  type: 'object',
  required: ['removeBackups'],
  additionalProperties: false,
  properties: { removeBackups: { type: 'boolean' } },
} as const;

function wire(device: DeviceRecord): ConsoleDevice {
  return {
    id: device.id,
    areaId: device.areaId,
    label: device.label,
    enrolledAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    summaries: device.summaries,
  };
}

/**
 * `/api/beheer/areas/:areaId/devices` and `/api/beheer/devices/:deviceId/…`: the devices of an area,
 * revoking one, and revoking one and removing what it sent (the same store functions as the CLI).
 */
export function consoleDeviceRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    const access = consoleAccess(db);
    // A device route names no area: the device's own area decides, looked up after the role is
    // known to be held somewhere, so a stranger learns nothing about which device ids exist.
    const found = new WeakMap<FastifyRequest, DeviceRecord>();
    const loadDevice = async (request: FastifyRequest, _reply: FastifyReply) => {
      const device = await findDevice(db, (request.params as { deviceId: string }).deviceId);
      if (device === undefined) throw new HttpError(404, 'not_found', 'There is no such device');
      found.set(request, device);
    };
    const deviceRoute = {
      onRequest: [
        access.onRequest,
        access.anyArea,
        loadDevice,
        access.area((request) => found.get(request)?.areaId),
      ],
    };
    const deviceOf = (request: FastifyRequest): DeviceRecord => {
      const device = found.get(request);
      if (device === undefined) throw new Error('device route without loadDevice');
      return device;
    };

    app.get(
      '/api/beheer/areas/:areaId/devices',
      {
        onRequest: [
          access.onRequest,
          access.area((request) => (request.params as { areaId?: string }).areaId),
        ],
        schema: { params: AREA_PARAMS },
      },
      async (request) => {
        const { areaId } = request.params as { areaId: string };
        return { devices: (await listDevices(db, areaId)).map(wire) } satisfies DevicesResponse;
      },
    );

    app.post(
      '/api/beheer/devices/:deviceId/revoke',
      { ...deviceRoute, schema: { params: DEVICE_PARAMS } },
      async (request) => {
        const device = deviceOf(request);
        await db.transaction(async (tx) => {
          await revokeDevice(tx, device.id);
          await recordAudit(tx, {
            actor: actorOf(request),
            action: 'device.revoke',
            areaId: device.areaId,
            detail: { deviceId: device.id },
          });
        });
        const revoked = await findDevice(db, device.id);
        if (revoked === undefined) throw new HttpError(404, 'not_found', 'There is no such device');
        return { device: wire(revoked) };
      },
    );

    app.post(
      '/api/beheer/devices/:deviceId/remove',
      { ...deviceRoute, schema: { params: DEVICE_PARAMS, body: REMOVE_BODY } },
      async (request): Promise<DeviceRemovalResponse> => {
        const device = deviceOf(request);
        const { removeBackups } = request.body as { removeBackups: boolean };
        const removed = await revokeAndRemoveDevice(db, device.id, { removeBackups });
        if (removed === 'unknown') throw new HttpError(404, 'not_found', 'There is no such device');
        // Written after the removal, which runs in batches: the entry says what was removed.
        await recordAudit(db, {
          actor: actorOf(request),
          action: 'device.remove',
          areaId: device.areaId,
          detail: { deviceId: device.id, ...removed, removeBackups },
        });
        return removed;
      },
    );
  };
}
