import type { EnrolledArea } from '../domain/wire/enrolment';
import type { BuurtgesprekDatabase } from './database';

/**
 * The device's enrolment in an area. The device token is a secret, yet it is kept in the clear:
 * the service worker must send the outbox while the notes are locked, and the token grants only
 * writing summaries for this area, which is all the outbox holds.
 */
export interface Enrolment {
  deviceToken: string;
  area: EnrolledArea;
  enrolledAt: number;
}

const KEY = 'enrolment';

function isEnrolment(value: unknown): value is Enrolment {
  if (typeof value !== 'object' || value === null) return false;
  const { deviceToken, area, enrolledAt } = value as Partial<Enrolment>;
  return (
    typeof deviceToken === 'string' &&
    typeof enrolledAt === 'number' &&
    typeof area?.id === 'string' &&
    typeof area.name === 'string'
  );
}

export async function readEnrolment(db: BuurtgesprekDatabase): Promise<Enrolment | null> {
  const value = (await db.settings.get(KEY))?.value;
  return isEnrolment(value) ? value : null;
}

/**
 * Keeps the enrolment and makes sure its area is one the interviewer can choose for a new
 * conversation: a summary can only be sent for the area the device is enrolled in.
 */
export async function storeEnrolment(db: BuurtgesprekDatabase, enrolment: Enrolment): Promise<void> {
  await db.transaction('rw', db.settings, db.areas, async () => {
    await db.settings.put({ key: KEY, value: enrolment });
    if (!(await db.areas.get(enrolment.area.id))) {
      const last = await db.areas.orderBy('order').last();
      await db.areas.put({ ...enrolment.area, order: (last?.order ?? -1) + 1 });
    }
  });
}
