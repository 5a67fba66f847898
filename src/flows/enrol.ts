import type { BuurtgesprekDatabase } from '../db/database';
import { storeEnrolment } from '../db/enrolment';
import type { EnrolledArea } from '../domain/wire/enrolment';
import { syncConfiguration } from '../sync/configuration';
import { type EnrolProblem, enrol } from '../sync/enrol';
import { syncPublishedGuides } from '../sync/published-guides';
import { syncResidentPage } from '../sync/resident-page';
import type { ServerAccess } from './server-access';

/**
 * Enrolling this device in an area with a one-time code: the device token that comes back is kept,
 * and the area becomes one a new conversation can be held in; its configuration is fetched at once.
 * Summaries that waited can go now.
 */
export async function enrolDevice(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
  typedCode: string,
  now: number = Date.now(),
): Promise<{ ok: true; area: EnrolledArea } | { ok: false; problem: EnrolProblem }> {
  const result = await enrol(server.client, typedCode, server.isOnline);
  if (!result.ok) return result;
  const { deviceToken, area } = result.response;
  await storeEnrolment(db, { deviceToken, area, enrolledAt: now });
  // The area's configuration at once, so the first conversation already follows its codebook and
  // guides; if it fails, the next sync fetches it and the built-in set serves until then.
  await syncConfiguration(db, server.client, () => now, server.isOnline).catch(() => undefined);
  await syncPublishedGuides(db, server.client).catch(() => undefined);
  await syncResidentPage(db, server.client, () => now).catch(() => undefined);
  return { ok: true, area };
}
