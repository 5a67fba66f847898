import { readAreaConfiguration } from '../db/area-configuration';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { hasGuideVersion, storePublishedGuide } from '../db/guides';
import { validateGuideFileContent } from '../domain/guides/schema';
import { REQUEST_TIMEOUT_MS, type ServerClient } from './api';

/**
 * Fetches the guide versions the area's configuration publishes that this device does not have,
 * and keeps them for offline use. Each is checked as an imported file is: the server is trusted
 * for what it publishes, not for the shape of what arrives. A failure leaves it for the next sync.
 */
export async function syncPublishedGuides(db: BuurtgesprekDatabase, client: ServerClient): Promise<number> {
  const enrolment = await readEnrolment(db);
  const stored = await readAreaConfiguration(db);
  if (enrolment === null || stored === null || stored.response.areaId !== enrolment.area.id) return 0;
  let added = 0;
  for (const ref of stored.response.configuration.guides) {
    if (await hasGuideVersion(db, ref.id, ref.version)) continue;
    const response = await client
      .fetch(`${client.baseUrl}/api/guides/${encodeURIComponent(ref.id)}/${ref.version}`, {
        headers: { authorization: `Bearer ${enrolment.deviceToken}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      .catch(() => null);
    if (response === null || !response.ok) continue;
    const body = (await response.json().catch(() => undefined)) as { guides?: unknown } | undefined;
    for (const candidate of Array.isArray(body?.guides) ? body.guides : []) {
      const checked = validateGuideFileContent(candidate);
      // Only the version asked for: an answer cannot slip in another guide or version.
      if (!checked.ok || checked.guide.id !== ref.id || checked.guide.version !== ref.version) continue;
      if (await storePublishedGuide(db, checked.guide)) added++;
    }
  }
  return added;
}
