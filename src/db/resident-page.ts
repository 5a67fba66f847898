import { parseResidentPage, type ResidentPage } from '../domain/wire/next-circle';
import type { BuurtgesprekDatabase } from './database';
import { readEnrolment } from './enrolment';

/**
 * What the resident card shows (the area's public page and the next circle's date), as last
 * fetched with a sync, kept so the card can be shown and printed offline. Published, not secret,
 * and nothing about a resident: stored in the clear like the area's configuration.
 */
const KEY = 'resident-page';

export type ResidentCardFacts =
  | { kind: 'not-enrolled' }
  /** Enrolled, but the device has not fetched it yet (or only for an area it left). */
  | { kind: 'not-fetched'; areaName: string }
  | {
      kind: 'known';
      areaName: string;
      /** The public page's path; null while the area team has none published. */
      path: string | null;
      nextCircle: string | null;
      fetchedAt: number;
    };

export async function storeResidentPage(
  db: BuurtgesprekDatabase,
  page: ResidentPage,
  fetchedAt: number,
): Promise<void> {
  await db.settings.put({ key: KEY, value: { page, fetchedAt } });
}

export async function readResidentCardFacts(db: BuurtgesprekDatabase): Promise<ResidentCardFacts> {
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return { kind: 'not-enrolled' };
  const value = (await db.settings.get(KEY))?.value as { page?: unknown; fetchedAt?: unknown } | undefined;
  // Checked like an answer from the server; a copy of another area (enrolled again) is not this one's.
  const page = parseResidentPage(value?.page);
  if (page === undefined || page.areaId !== enrolment.area.id) {
    return { kind: 'not-fetched', areaName: enrolment.area.name };
  }
  return {
    kind: 'known',
    areaName: enrolment.area.name,
    path: page.page?.path ?? null,
    nextCircle: page.nextCircle,
    fetchedAt: typeof value?.fetchedAt === 'number' ? value.fetchedAt : 0,
  };
}
