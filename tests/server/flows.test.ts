import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAreas } from '../../src/db/areas';
import { lastBackup } from '../../src/db/backup';
import { loadConversation, saveConversation } from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { readEnrolment } from '../../src/db/enrolment';
import { notesOfConversation, saveNote } from '../../src/db/notes';
import { outboxSize } from '../../src/db/outbox';
import { coachReview, coachReviews, feedbackOf } from '../../src/db/reviews';
import { SaveQueue } from '../../src/db/save-queue';
import { createDataKey } from '../../src/db/sealed-box';
import { shareWithdrawalCount } from '../../src/db/share-withdrawals';
import { summaryIdFor } from '../../src/db/sharing';
import { withdrawalCount } from '../../src/db/withdrawals';
import { formatReviewCode } from '../../src/domain/review-code';
import { reviewLinkUrl } from '../../src/domain/review-link';
import { backUpToServer, setUpServerBackup } from '../../src/flows/back-up';
import { enrolDevice } from '../../src/flows/enrol';
import { pickUpFeedback } from '../../src/flows/pick-up-feedback';
import { restoreFromServer } from '../../src/flows/restore';
import {
  checkCoachReviews,
  closeCoachReview,
  openKeptReview,
  openReviewLink,
  sendCoachFeedback,
} from '../../src/flows/review-as-coach';
import type { ServerAccess } from '../../src/flows/server-access';
import { shareForReview } from '../../src/flows/share-for-review';
import { approveSharing } from '../../src/flows/share-summary';
import { withdrawConsent } from '../../src/flows/withdraw';
import { withdrawCoachConsent } from '../../src/flows/withdraw-coach-consent';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { drainOutbox } from '../../src/sync/drain';
import { rawDump } from '../support/raw-dump';
import {
  completedConversation,
  noteWithQuote,
  SECRET_NAME,
  SECRET_OBSTACLE,
} from '../unit/flows/support/conversations';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, counter, createAreas, enrolmentCode, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Each flow as a screen calls it, on a device database (fake-indexeddb) against the real server:
 * what the interviewer and the coach rely on end to end, without a browser.
 */
const targets = await databaseTargets();
const nothingPending = new SaveQueue();

interface Device {
  db: BuurtgesprekDatabase;
  key: CryptoKey;
}
const devices: Device[] = [];
async function newDevice(): Promise<Device> {
  const db = new BuurtgesprekDatabase(`flows-${Math.random()}`);
  await db.open();
  const device = { db, key: await createDataKey(false) };
  devices.push(device);
  return device;
}
afterEach(async () => {
  for (const device of devices.splice(0)) await device.db.delete();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`flows against the real server (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let access: ServerAccess;
    let interviewer: Device;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      // Every test enrols a device from this one address; the per-address limit on guessing codes
      // is enrolment.test.ts's business, and must not decide which test here runs last.
      server = await startTestServer({ db, logLevel: 'warn', env: { SIGN_IN_RATE_LIMIT: '100' } });
      access = { client: { baseUrl: server.url, fetch: (...args) => fetch(...args) }, isOnline: () => true };
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });
    beforeEach(async () => {
      interviewer = await newDevice();
    });

    async function enrolled(device: Device): Promise<void> {
      const result = await enrolDevice(device.db, access, await enrolmentCode(db, AREAS.gaasperdam.id));
      if (!result.ok) throw new Error(`enrolment failed: ${result.problem}`);
    }

    it('enrols with a typed code, makes its area choosable, and refuses the same code on a second device', async () => {
      const code = await enrolmentCode(db, AREAS.gaasperdam.id);
      // Typed the way people type it: lower case, with spaces.
      const typed = ` ${code.toLowerCase().replace(/(.{4})/g, '$1 ')}`;
      expect(await enrolDevice(interviewer.db, access, typed, 1_000)).toEqual({
        ok: true,
        area: AREAS.gaasperdam,
      });
      expect(await readEnrolment(interviewer.db)).toMatchObject({
        area: AREAS.gaasperdam,
        enrolledAt: 1_000,
      });
      expect((await listAreas(interviewer.db)).map((area) => area.id)).toContain(AREAS.gaasperdam.id);

      const other = await newDevice();
      expect(await enrolDevice(other.db, access, code)).toEqual({ ok: false, problem: 'used-code' });
      expect(await readEnrolment(other.db)).toBeNull();
    });

    it('counts an approved summary at the server, and takes it out again when consent is withdrawn', async () => {
      await enrolled(interviewer);
      await saveConversation(interviewer.db, interviewer.key, completedConversation());
      const before = await counter(db, AREAS.gaasperdam.id, 'n');
      const approval = {
        conversationId: 'c1',
        summaryId: await summaryIdFor(interviewer.db, 'c1'),
        approvedQuotes: [],
      };
      expect((await approveSharing(interviewer.db, interviewer.key, approval)).ok).toBe(true);
      expect(await drainOutbox({ db: interviewer.db, client: access.client })).toEqual({
        kind: 'done',
        sent: 1,
      });
      expect(await counter(db, AREAS.gaasperdam.id, 'n')).toBe(before + 1);

      await withdrawConsent(interviewer.db, 'c1', nothingPending);
      expect(await loadConversation(interviewer.db, interviewer.key, 'c1')).toBeUndefined();
      expect(await withdrawalCount(interviewer.db)).toBe(1);
      expect(await drainOutbox({ db: interviewer.db, client: access.client })).toEqual({
        kind: 'done',
        sent: 0,
      });
      expect(await withdrawalCount(interviewer.db)).toBe(0);
      expect(await outboxSize(interviewer.db)).toBe(0);
      expect(await counter(db, AREAS.gaasperdam.id, 'n')).toBe(before);
    });

    /** The interviewer's completed conversation (with a quoted note unless told not), shared for review. */
    async function shareConversation(options: { anonymise: boolean; withNote?: boolean }) {
      await enrolled(interviewer);
      await saveConversation(interviewer.db, interviewer.key, completedConversation());
      if (options.withNote ?? true) await saveNote(interviewer.db, interviewer.key, noteWithQuote());
      const shared = await shareForReview(interviewer.db, interviewer.key, access, {
        conversationId: 'c1',
        anonymise: options.anonymise,
        leftOut: [],
        removed: [],
      });
      if (!shared.ok) throw new Error(`share failed: ${shared.problem}`);
      return shared;
    }

    it('shares for review; the coach opens, answers and closes it; the interviewer reads the answer', async () => {
      const shared = await shareConversation({ anonymise: true });
      const stored = await (await fetch(`${server.url}/api/shares/${shared.link.shareId}`)).text();
      expect(stored).not.toContain(SECRET_OBSTACLE);
      expect(stored).not.toContain(shared.link.key);

      const coach = await newDevice();
      const opened = await openReviewLink(
        coach.db,
        coach.key,
        access,
        reviewLinkUrl('https://elders', shared.link),
      );
      if (!opened.ok) throw new Error(`open failed: ${opened.problem}`);
      expect(opened.value.package.notes[0]?.text).toContain('[naam]');
      expect(JSON.stringify(opened.value.package)).not.toContain(SECRET_NAME);
      expect(await rawDump(coach.db.name)).not.toContain('thuis komt');

      const answered = {
        ...opened.value,
        feedback: { ...opened.value.feedback, overall: 'Mooi doorgevraagd.' },
      };
      const sent = await sendCoachFeedback(coach.db, coach.key, access, answered, nothingPending, 7_000);
      expect(sent).toMatchObject({ ok: true, value: { sentAt: 7_000 } });
      expect((await coachReview(coach.db, coach.key, shared.link.shareId))?.sentAt).toBe(7_000);

      expect(await pickUpFeedback(interviewer.db, interviewer.key, access)).toBe(1);
      expect(await pickUpFeedback(interviewer.db, interviewer.key, access)).toBe(0);
      const [received] = await feedbackOf(interviewer.db, interviewer.key, 'c1');
      expect(received?.feedback.overall).toBe('Mooi doorgevraagd.');

      expect(await closeCoachReview(access, answered)).toEqual({ ok: true, value: null });
      const late = await newDevice();
      expect(
        await openReviewLink(late.db, late.key, access, reviewLinkUrl('https://elders', shared.link)),
      ).toEqual({
        ok: false,
        problem: 'expired',
      });
    });

    it("withdrawing consent deletes the share at the server, and the coach's app erases its copy and says so", async () => {
      const shared = await shareConversation({ anonymise: false });
      const coach = await newDevice();
      const link = reviewLinkUrl('https://elders', shared.link);
      expect((await openReviewLink(coach.db, coach.key, access, link)).ok).toBe(true);

      await withdrawConsent(interviewer.db, 'c1', nothingPending);
      expect(await shareWithdrawalCount(interviewer.db)).toBe(1);
      expect(await drainOutbox({ db: interviewer.db, client: access.client })).toEqual({
        kind: 'done',
        sent: 0,
      });
      expect(await shareWithdrawalCount(interviewer.db)).toBe(0);
      expect(
        (await db.query('select 1 from shares where id_hash = $1', [hashSecret(shared.link.shareId)])).rows,
      ).toEqual([]);

      // Offline, the coach's copy still opens; the next time the server can be asked, it goes.
      const offline: ServerAccess = {
        client: { baseUrl: server.url, fetch: () => Promise.reject(new TypeError('offline')) },
        isOnline: () => false,
      };
      expect((await openKeptReview(coach.db, coach.key, offline, shared.link.shareId)).ok).toBe(true);
      expect(await openKeptReview(coach.db, coach.key, access, shared.link.shareId)).toEqual({
        ok: false,
        problem: 'withdrawn',
      });
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);
      expect(await rawDump(coach.db.name)).not.toContain(shared.link.shareId);
      // The link itself, opened again anywhere, says the same.
      expect(await openReviewLink(coach.db, coach.key, access, link)).toEqual({
        ok: false,
        problem: 'withdrawn',
      });
    });

    it("withdrawing only consent point (d) deletes the open share at the server, and the coach's app erases its copy", async () => {
      const shared = await shareConversation({ anonymise: false });
      const coach = await newDevice();
      const link = reviewLinkUrl('https://elders', shared.link);
      expect((await openReviewLink(coach.db, coach.key, access, link)).ok).toBe(true);

      const done = await withdrawCoachConsent(interviewer.db, interviewer.key, 'c1', nothingPending);
      expect(done).toMatchObject({ withdrawn: 1, files: 0 });
      expect(await shareWithdrawalCount(interviewer.db)).toBe(1);
      expect(await drainOutbox({ db: interviewer.db, client: access.client })).toEqual({
        kind: 'done',
        sent: 0,
      });
      expect(await shareWithdrawalCount(interviewer.db)).toBe(0);
      expect(
        (await db.query('select 1 from shares where id_hash = $1', [hashSecret(shared.link.shareId)])).rows,
      ).toEqual([]);
      // The conversation and its notes stay; the interviewer's app asks nothing more about the share.
      expect((await loadConversation(interviewer.db, interviewer.key, 'c1'))?.consent?.coachReview).toBe(
        false,
      );
      expect(await notesOfConversation(interviewer.db, interviewer.key, 'c1')).toHaveLength(1);
      expect(await pickUpFeedback(interviewer.db, interviewer.key, access)).toBe(0);

      // The coach's app, asking about its kept copy, finds it withdrawn and erases it.
      expect(await openKeptReview(coach.db, coach.key, access, shared.link.shareId)).toEqual({
        ok: false,
        problem: 'withdrawn',
      });
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);
      expect(await openReviewLink(coach.db, coach.key, access, link)).toEqual({
        ok: false,
        problem: 'withdrawn',
      });
      // And no new review can be made of it.
      expect(
        await shareForReview(interviewer.db, interviewer.key, access, {
          conversationId: 'c1',
          anonymise: true,
          leftOut: [],
          removed: [],
        }),
      ).toEqual({ ok: false, problem: 'unknown' });
    });

    it("erases, when the coach's overview asks, every review whose resident withdrew consent", async () => {
      const shared = await shareConversation({ anonymise: false, withNote: false });
      const coach = await newDevice();
      await openReviewLink(coach.db, coach.key, access, reviewLinkUrl('https://elders', shared.link));
      expect(await checkCoachReviews(coach.db, coach.key, access)).toBe(0);
      await withdrawConsent(interviewer.db, 'c1', nothingPending);
      await drainOutbox({ db: interviewer.db, client: access.client });
      expect(await checkCoachReviews(coach.db, coach.key, access)).toBe(1);
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);
    });

    it('opens a review from the short code typed in lower case, and nothing with a wrong code', async () => {
      const shared = await shareConversation({ anonymise: true });
      if (!shared.code) throw new Error('the server filed no code');
      const spoken = formatReviewCode(shared.code);
      expect(spoken).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){3}$/);

      const coach = await newDevice();
      const wrong = `${shared.code.id}${shared.code.code.endsWith('0000') ? '1111' : '0000'}`.padEnd(16, '2');
      expect(await openReviewLink(coach.db, coach.key, access, wrong.toLowerCase())).toEqual({
        ok: false,
        problem: 'cannot-open',
      });
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);

      const opened = await openReviewLink(coach.db, coach.key, access, spoken.toLowerCase());
      if (!opened.ok) throw new Error(`open failed: ${opened.problem}`);
      expect(opened.value.id).toBe(shared.link.shareId);
      expect(opened.value.package.notes[0]?.text).toContain('[naam]');
      // The server keeps the link only sealed: neither the share id nor the key is readable there.
      const filed = await (await fetch(`${server.url}/api/shares/code/${shared.code.id}`)).text();
      expect(filed).not.toContain(shared.link.shareId);
      expect(filed).not.toContain(shared.link.key);
    });

    it('opens nothing and keeps nothing from a link with the wrong key', async () => {
      const shared = await shareConversation({ anonymise: false, withNote: false });
      const coach = await newDevice();
      const wrongKey = `${shared.link.key.slice(0, -2)}${shared.link.key.endsWith('AA') ? 'BB' : 'AA'}`;
      const link = reviewLinkUrl('https://elders', { ...shared.link, key: wrongKey });
      expect(await openReviewLink(coach.db, coach.key, access, link)).toEqual({
        ok: false,
        problem: 'cannot-open',
      });
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);
    });

    it('backs up to the server and restores on a new device with only enrolment and the recovery code', async () => {
      await enrolled(interviewer);
      const conversation = completedConversation();
      await saveConversation(interviewer.db, interviewer.key, conversation);
      await saveNote(interviewer.db, interviewer.key, noteWithQuote());
      expect(await backUpToServer(interviewer.db, interviewer.key, access, { now: 9_000 })).toEqual({
        ok: false,
        problem: 'no-recovery-code',
      });
      const code = await setUpServerBackup(interviewer.db, interviewer.key);
      expect(await backUpToServer(interviewer.db, interviewer.key, access, { now: 9_000 })).toEqual({
        ok: true,
      });
      expect(await lastBackup(interviewer.db)).toEqual({ where: 'server', at: 9_000 });

      const fresh = await newDevice();
      expect(await restoreFromServer(fresh.db, fresh.key, { recoveryCode: code }, access)).toEqual({
        ok: false,
        problem: 'not-enrolled',
      });
      await enrolled(fresh);
      const otherCode = await setUpServerBackup((await newDevice()).db, fresh.key);
      expect(await restoreFromServer(fresh.db, fresh.key, { recoveryCode: otherCode }, access)).toEqual({
        ok: false,
        problem: 'unknown',
      });
      // Typed as people type it.
      const typed = code.toLowerCase().replaceAll('-', ' ');
      const restored = await restoreFromServer(fresh.db, fresh.key, { recoveryCode: typed }, access);
      expect(restored).toMatchObject({ ok: true, report: { added: { conversations: 1, notes: 1 } } });
      expect(await loadConversation(fresh.db, fresh.key, 'c1')).toEqual(conversation);
      expect(await notesOfConversation(fresh.db, fresh.key, 'c1')).toEqual([noteWithQuote()]);
    });
  });
}
