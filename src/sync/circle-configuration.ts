import { storeCircleConfiguration } from '../db/area-configuration';
import type { BuurtgesprekDatabase } from '../db/database';
import type { AreaSession } from '../db/values-circle';
import { parseConfigurationResponse } from '../domain/wire/configuration';
import { REQUEST_TIMEOUT_MS, type ServerClient } from './api';

/**
 * Fetches the configuration of the area an area-team session reads, so the values circle names
 * themes as the organisation does. A failure keeps what was fetched before (or the device's own).
 */
export async function fetchCircleConfiguration(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  session: AreaSession,
): Promise<boolean> {
  try {
    const response = await client.fetch(
      `${client.baseUrl}/api/areas/${encodeURIComponent(session.area.id)}/configuration`,
      {
        headers: { authorization: `Bearer ${session.token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      },
    );
    if (!response.ok) return false;
    const parsed = parseConfigurationResponse(await response.json().catch(() => undefined));
    if (parsed === undefined || parsed.areaId !== session.area.id) return false;
    await storeCircleConfiguration(db, parsed);
    return true;
  } catch {
    return false;
  }
}
