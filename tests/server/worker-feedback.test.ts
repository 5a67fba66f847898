import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveConversation } from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { fetchedFeedback } from '../../src/db/fetched-feedback';
import { saveNote } from '../../src/db/notes';
import { outboxSize } from '../../src/db/outbox';
import { feedbackOf } from '../../src/db/reviews';
import { createDataKey } from '../../src/db/sealed-box';
import { summaryIdFor } from '../../src/db/sharing';
import { reviewLinkUrl } from '../../src/domain/review-link';
import { enrolDevice } from '../../src/flows/enrol';
import { pickUpFeedback } from '../../src/flows/pick-up-feedback';
import { openReviewLink, sendCoachFeedback } from '../../src/flows/review-as-coach';
import type { ServerAccess } from '../../src/flows/server-access';
import { shareForReview } from '../../src/flows/share-for-review';
import { approveSharing } from '../../src/flows/share-summary';
import type { Database } from '../../src/server/db/database';
import type { ServerClient } from '../../src/sync/api';
import { FEEDBACK_SYNC_TAG, syncInBackground } from '../../src/sync/background-sync';
import { OUTBOX_SYNC_TAG } from '../../src/sync/outbox-sync';
import { rawDump } from '../support/raw-dump';
import { completedConversation, noteWithQuote } from '../unit/flows/support/conversations';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, counter, createAreas, enrolmentCode, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Coach feedback fetched by the service worker (src/sw/sw.ts runs `syncInBackground` on its sync
 * and periodicsync events): on a device database (fake-indexeddb) against the real server, with
 * no data key, as when the notes are locked; the page opens what it kept on unlock, offline.
 */
const targets = await databaseTargets();
const OVERALL = 'Mooi hoe u bij haar eigen woorden bleef.';

interface Device {
  db: BuurtgesprekDatabase;
  key: CryptoKey;
}
const devices: Device[] = [];
async function newDevice(): Promise<Device> {
  const db = new BuurtgesprekDatabase(`worker-feedback-${Math.random()}`);
  await db.open();
  const device = { db, key: await createDataKey(false) };
  devices.push(device);
  return device;
}
afterEach(async () => {
  for (const device of devices.splice(0)) await device.db.delete();
});

/** The network gone: every request fails, and counted, so a test can say none was made. */
function offline(): ServerAccess & { requests: () => number } {
  let requests = 0;
  return {
    client: {
      baseUrl: 'http://server.invalid',
      fetch: () => {
        requests++;
        return Promise.reject(new TypeError('offline'));
      },
    },
    isOnline: () => false,
    requests: () => requests,
  };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`the worker fetches coach feedback (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let access: ServerAccess;
    let client: ServerClient;
    let interviewer: Device;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn' });
      client = { baseUrl: server.url, fetch: (...args) => fetch(...args) };
      access = { client, isOnline: () => true };
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });
    beforeEach(async () => {
      interviewer = await newDevice();
      const enrolled = await enrolDevice(
        interviewer.db,
        access,
        await enrolmentCode(db, AREAS.gaasperdam.id),
      );
      if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.problem}`);
      await saveConversation(interviewer.db, interviewer.key, completedConversation());
      await saveNote(interviewer.db, interviewer.key, noteWithQuote());
    });

    /** Shared for review; a coach opens it and sends her feedback through the server. */
    async function answeredByCoach(): Promise<void> {
      const shared = await shareForReview(interviewer.db, interviewer.key, access, {
        conversationId: 'c1',
        anonymise: true,
        leftOut: [],
        removed: [],
      });
      if (!shared.ok) throw new Error(`share failed: ${shared.problem}`);
      const coach = await newDevice();
      const link = reviewLinkUrl('https://elders', shared.link);
      const opened = await openReviewLink(coach.db, coach.key, access, link);
      if (!opened.ok) throw new Error(`open failed: ${opened.problem}`);
      const answered = { ...opened.value, feedback: { ...opened.value.feedback, overall: OVERALL } };
      const sent = await sendCoachFeedback(coach.db, coach.key, access, answered);
      if (!sent.ok) throw new Error(`feedback not sent: ${sent.problem}`);
    }

    it('keeps the feedback still sealed without the data key; the page opens it offline on unlock', async () => {
      await answeredByCoach();
      // Woken by the browser: no key anywhere in reach.
      await syncInBackground(FEEDBACK_SYNC_TAG, { db: interviewer.db, client, isOnline: () => true });
      expect(await fetchedFeedback(interviewer.db)).toHaveLength(1);
      expect(await rawDump(interviewer.db.name)).not.toContain('eigen woorden');
      expect(await feedbackOf(interviewer.db, interviewer.key, 'c1')).toEqual([]);

      // Unlocked later without a connection: the feedback opens from the device, no request made.
      const network = offline();
      expect(await pickUpFeedback(interviewer.db, interviewer.key, network)).toBe(1);
      expect(network.requests()).toBe(0);
      const [received] = await feedbackOf(interviewer.db, interviewer.key, 'c1');
      expect(received?.feedback.overall).toBe(OVERALL);
      expect(await fetchedFeedback(interviewer.db)).toEqual([]);
      expect(await rawDump(interviewer.db.name)).not.toContain('eigen woorden');

      // Nothing new at the server: neither the page nor the worker brings it in twice.
      expect(await pickUpFeedback(interviewer.db, interviewer.key, access)).toBe(0);
      await syncInBackground(FEEDBACK_SYNC_TAG, { db: interviewer.db, client, isOnline: () => true });
      expect(await fetchedFeedback(interviewer.db)).toEqual([]);
    });

    it('fetches the feedback in the same wake-up that drains the outbox', async () => {
      const approval = {
        conversationId: 'c1',
        summaryId: await summaryIdFor(interviewer.db, 'c1'),
        approvedQuotes: [],
      };
      expect((await approveSharing(interviewer.db, interviewer.key, approval)).ok).toBe(true);
      await answeredByCoach();
      const before = await counter(db, AREAS.gaasperdam.id, 'n');

      await syncInBackground(OUTBOX_SYNC_TAG, { db: interviewer.db, client, isOnline: () => true });
      expect(await outboxSize(interviewer.db)).toBe(0);
      expect(await counter(db, AREAS.gaasperdam.id, 'n')).toBe(before + 1);
      expect(await fetchedFeedback(interviewer.db)).toHaveLength(1);
    });

    it('fails the wake-up when the network is the problem, so the browser tries again, and keeps nothing', async () => {
      await answeredByCoach();
      const network = offline();
      await expect(syncInBackground(FEEDBACK_SYNC_TAG, { db: interviewer.db, ...network })).rejects.toThrow(
        /no network/,
      );
      expect(network.requests()).toBe(1);
      expect(await fetchedFeedback(interviewer.db)).toEqual([]);
    });
  });
}
