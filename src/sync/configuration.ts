import { readAreaConfiguration, storeAreaConfiguration } from '../db/area-configuration';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { parseConfigurationResponse } from '../domain/wire/configuration';
import { REQUEST_TIMEOUT_MS, readApiError, type ServerClient } from './api';

export type ConfigurationSync =
  | { kind: 'updated'; version: number }
  | { kind: 'unchanged' }
  | { kind: 'not-enrolled' }
  | {
      kind: 'failed';
      problem:
        | 'offline'
        | 'server-unreachable'
        | 'refused'
        | 'malformed'
        | 'device-revoked'
        | 'device-unknown';
    };

/**
 * Fetches the configuration of the device's area, cheaply when unchanged (If-None-Match → 304),
 * and keeps it for offline use. Called on enrolment and with every sync; a failure leaves the copy
 * the device has, which it goes on following.
 */
export async function syncConfiguration(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  now: () => number = Date.now,
  isOnline: () => boolean = () => true,
): Promise<ConfigurationSync> {
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return { kind: 'not-enrolled' };
  const stored = await readAreaConfiguration(db);
  // A copy of another area (enrolled again elsewhere) must not be revalidated as this one.
  const etag = stored?.response.areaId === enrolment.area.id ? stored.etag : null;
  let response: Response;
  try {
    response = await client.fetch(`${client.baseUrl}/api/configuration`, {
      headers: {
        authorization: `Bearer ${enrolment.deviceToken}`,
        ...(etag === null ? {} : { 'if-none-match': etag }),
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'failed', problem: isOnline() ? 'server-unreachable' : 'offline' };
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (response.status === 401) return { kind: 'failed', problem: 'device-unknown' };
  if (!response.ok) {
    const { code } = await readApiError(response);
    return { kind: 'failed', problem: code === 'device_revoked' ? 'device-revoked' : 'refused' };
  }
  const parsed = parseConfigurationResponse(await response.json().catch(() => undefined));
  if (parsed === undefined || parsed.areaId !== enrolment.area.id)
    return { kind: 'failed', problem: 'malformed' };
  await storeAreaConfiguration(db, parsed, response.headers.get('etag'), now());
  return { kind: 'updated', version: parsed.version };
}
