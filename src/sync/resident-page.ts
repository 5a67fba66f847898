import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { storeResidentPage } from '../db/resident-page';
import { parseResidentPage } from '../domain/wire/next-circle';
import { REQUEST_TIMEOUT_MS, type ServerClient } from './api';

/**
 * Fetches the address of the area's public page and the next circle's date for the resident card
 * (`GET /api/resident-page`), with every sync and on enrolment, and keeps them for offline use. A
 * failure keeps the copy the device has: the card says how old it is.
 */
export async function syncResidentPage(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  now: () => number = Date.now,
): Promise<boolean> {
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return false;
  const response = await client
    .fetch(`${client.baseUrl}/api/resident-page`, {
      headers: { authorization: `Bearer ${enrolment.deviceToken}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    .catch(() => null);
  if (response === null || !response.ok) return false;
  const page = parseResidentPage(await response.json().catch(() => undefined));
  if (page === undefined || page.areaId !== enrolment.area.id) return false;
  await storeResidentPage(db, page, now());
  return true;
}
