import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { storeEnrolment } from '../../../src/db/enrolment';
import { dueCount, GUIDE_WAIT_MS, nextAttemptAt, retryWaitingForGuide } from '../../../src/db/outbox';
import { approveSummary } from '../../../src/db/sharing';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { uuidv4 } from '../../../src/domain/uuid';
import { drainOutbox } from '../../../src/sync/drain';
import { completedConversation } from '../flows/support/conversations';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`drain-guide-${Math.random()}`);
  await db.open();
  await storeEnrolment(db, {
    deviceToken: 'device-token',
    area: { id: 'gaasperdam', name: 'Gaasperdam' },
    enrolledAt: 0,
  });
});
afterEach(async () => {
  await db.delete();
});

/** Ingest as it answers a summary naming a guide version the area has not published. */
const refusingTheGuide = {
  baseUrl: 'http://server.invalid',
  fetch: async () =>
    new Response(
      JSON.stringify({
        error: {
          code: 'unknown_ids',
          message: 'unknown',
          fields: [{ path: 'body/summaries/0/guide/id', message: 'names guide "eigen", not published here' }],
        },
      }),
      { status: 400 },
    ),
};

describe('a summary naming a guide the area has not published', () => {
  it('is kept with the reason, waits hours rather than minutes, and goes again once a guide is published', async () => {
    await approveSummary(db, 'c1', encodeSummary(completedConversation('c1'), uuidv4(), []), 0);
    await drainOutbox({ db, client: refusingTheGuide, now: () => 1_000 });
    const [entry] = await db.outbox.toArray();
    expect(entry?.lastError).toBe('guide-not-published');
    expect(await nextAttemptAt(db)).toBe(1_000 + GUIDE_WAIT_MS);
    expect(await dueCount(db, 2_000)).toBe(0);
    expect(await retryWaitingForGuide(db, 2_000)).toBe(1);
    expect(await dueCount(db, 2_000)).toBe(1);
  });
});
