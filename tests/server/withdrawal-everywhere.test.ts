import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportDevice, restoreDevice } from '../../src/db/backup';
import { loadConversation, saveConversation } from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { readEnrolment } from '../../src/db/enrolment';
import { saveNote } from '../../src/db/notes';
import { coachReviews } from '../../src/db/reviews';
import { SaveQueue } from '../../src/db/save-queue';
import { createDataKey } from '../../src/db/sealed-box';
import { parseDeviceBackup } from '../../src/domain/packages/backup';
import { backupLookupId, openWithPassphrase, sealWithPassphrase } from '../../src/domain/packages/envelope';
import { backupSecret, normaliseRecoveryCode } from '../../src/domain/packages/recovery-code';
import { reviewLinkUrl } from '../../src/domain/review-link';
import type { StoredBackup } from '../../src/domain/wire/blobs';
import { backUpToServer, setUpServerBackup } from '../../src/flows/back-up';
import { enrolDevice } from '../../src/flows/enrol';
import { restoreFromServer } from '../../src/flows/restore';
import { openKeptReview, openReviewLink } from '../../src/flows/review-as-coach';
import type { ServerAccess } from '../../src/flows/server-access';
import { shareForReview } from '../../src/flows/share-for-review';
import { withdrawConsent } from '../../src/flows/withdraw';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import { uploadBackup } from '../../src/sync/blobs';
import { drainOutbox } from '../../src/sync/drain';
import { completedConversation, noteWithQuote } from '../unit/flows/support/conversations';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, enrolmentCode, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Issue 11 §3: withdrawing consent reaches every copy — the share waiting for a coach, the coach's
 * device, and every older backup version at the server (checked by restoring each one that is left).
 * And §4: a backup slot found by the recovery code, while backups of the old scheme still restore.
 */
const targets = await databaseTargets();
const PASSPHRASE = 'lange wachtwoordzin voor de reservekopie';
const nothingPending = new SaveQueue();

interface Device {
  db: BuurtgesprekDatabase;
  key: CryptoKey;
}
const devices: Device[] = [];
async function newDevice(): Promise<Device> {
  const db = new BuurtgesprekDatabase(`everywhere-${Math.random()}`);
  await db.open();
  const device = { db, key: await createDataKey(false) };
  devices.push(device);
  return device;
}
afterEach(async () => {
  for (const device of devices.splice(0)) await device.db.delete();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`withdrawal reaches every copy (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let access: ServerAccess;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn', env: { BLOB_RATE_LIMIT: '1000' } });
      access = { client: { baseUrl: server.url, fetch: (...args) => fetch(...args) }, isOnline: () => true };
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    async function enrolled(device: Device): Promise<string> {
      const result = await enrolDevice(device.db, access, await enrolmentCode(db, AREAS.gaasperdam.id));
      if (!result.ok) throw new Error(`enrolment failed: ${result.problem}`);
      return (await readEnrolment(device.db))?.deviceToken ?? '';
    }

    /** Every backup version the server keeps in the area, as rows. */
    const storedVersions = async () =>
      (
        await db.query<{ lookup_hash: string; version: number; envelope: string }>(
          'select lookup_hash, version, envelope from backups where area_id = $1 order by lookup_hash, version',
          [AREAS.gaasperdam.id],
        )
      ).rows;

    it('after sharing for review and two backups: no share, no backup version with it, no coach copy', async () => {
      const interviewer = await newDevice();
      const token = await enrolled(interviewer);
      await saveConversation(interviewer.db, interviewer.key, completedConversation('c1'));
      await saveNote(interviewer.db, interviewer.key, noteWithQuote());
      await saveConversation(interviewer.db, interviewer.key, completedConversation('c2'));

      // A backup of the old scheme, from before this server knew which device wrote it.
      const legacyId = await backupLookupId(PASSPHRASE, AREAS.gaasperdam.id);
      const legacy = await sealWithPassphrase(
        'backup',
        await exportDevice(interviewer.db, interviewer.key, 500),
        PASSPHRASE,
      );
      expect((await uploadBackup(access.client, token, legacyId, legacy)).ok).toBe(true);
      await db.query('update backups set device_id = null where lookup_hash = $1', [hashSecret(legacyId)]);

      const shared = await shareForReview(interviewer.db, interviewer.key, access, {
        conversationId: 'c1',
        anonymise: false,
        leftOut: [],
        removed: [],
      });
      if (!shared.ok) throw new Error(`share failed: ${shared.problem}`);
      const coach = await newDevice();
      expect(
        (await openReviewLink(coach.db, coach.key, access, reviewLinkUrl('https://elders', shared.link))).ok,
      ).toBe(true);

      const code = await setUpServerBackup(interviewer.db, interviewer.key);
      expect(await backUpToServer(interviewer.db, interviewer.key, access, { now: 1_000 })).toEqual({
        ok: true,
      });
      expect(await backUpToServer(interviewer.db, interviewer.key, access, { now: 2_000 })).toEqual({
        ok: true,
      });

      // A colleague in the same area backs up too; that backup is theirs and stays.
      const colleague = await newDevice();
      await enrolled(colleague);
      await saveConversation(colleague.db, colleague.key, completedConversation('k1'));
      await setUpServerBackup(colleague.db, colleague.key);
      expect(await backUpToServer(colleague.db, colleague.key, access)).toEqual({ ok: true });
      expect(await storedVersions()).toHaveLength(4);

      await withdrawConsent(interviewer.db, 'c1', nothingPending, 3_000);
      expect(await drainOutbox({ db: interviewer.db, client: access.client })).toEqual({
        kind: 'done',
        sent: 0,
      });
      expect(
        await backUpToServer(interviewer.db, interviewer.key, access, { now: 4_000, passphrase: PASSPHRASE }),
      ).toEqual({ ok: true });

      // The share: gone at the server, and the coach's copy goes the next time it opens.
      expect(
        (await db.query('select 1 from shares where id_hash = $1', [hashSecret(shared.link.shareId)])).rows,
      ).toEqual([]);
      expect(await openKeptReview(coach.db, coach.key, access, shared.link.shareId)).toEqual({
        ok: false,
        problem: 'withdrawn',
      });
      expect(await coachReviews(coach.db, coach.key)).toEqual([]);

      // The backups: of the interviewer only the newest version is left, the old slot is gone,
      // the colleague's is untouched; restoring each one left never brings the conversation back.
      const left = await storedVersions();
      expect(left).toHaveLength(2);
      expect(left.map((row) => row.lookup_hash)).not.toContain(hashSecret(legacyId));
      const secret = backupSecret(normaliseRecoveryCode(code) ?? '');
      let opened = 0;
      for (const row of left) {
        const fresh = await newDevice();
        let backup: ReturnType<typeof parseDeviceBackup>;
        try {
          backup = await openWithPassphrase('backup', JSON.parse(row.envelope), secret, parseDeviceBackup);
        } catch {
          continue; // The colleague's, sealed with their own code.
        }
        opened++;
        await restoreDevice(fresh.db, fresh.key, backup);
        expect(await loadConversation(fresh.db, fresh.key, 'c1')).toBeUndefined();
        expect(await loadConversation(fresh.db, fresh.key, 'c2')).toBeDefined();
      }
      expect(opened).toBe(1);

      // And through the API, as a new device would ask: the newest version, and no other.
      const fresh = await newDevice();
      await enrolled(fresh);
      expect(await restoreFromServer(fresh.db, fresh.key, { recoveryCode: code }, access)).toMatchObject({
        ok: true,
      });
      expect(await loadConversation(fresh.db, fresh.key, 'c1')).toBeUndefined();
      expect(await restoreFromServer(fresh.db, fresh.key, { passphrase: PASSPHRASE }, access)).toEqual({
        ok: false,
        problem: 'unknown',
      });
    });

    it('still restores a backup of the old scheme with the passphrase and the area', async () => {
      const old = await newDevice();
      const token = await enrolled(old);
      await saveConversation(old.db, old.key, completedConversation('c1'));
      const envelope = await sealWithPassphrase(
        'backup',
        await exportDevice(old.db, old.key, 500),
        PASSPHRASE,
      );
      const lookupId = await backupLookupId(PASSPHRASE, AREAS.gaasperdam.id);
      expect((await uploadBackup(access.client, token, lookupId, envelope)).ok).toBe(true);
      const response = await fetch(`${server.url}/api/backups/${lookupId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await response.json()) as StoredBackup).version).toBeGreaterThanOrEqual(1);

      const fresh = await newDevice();
      await enrolled(fresh);
      expect(await restoreFromServer(fresh.db, fresh.key, { passphrase: PASSPHRASE }, access)).toMatchObject({
        ok: true,
        report: { added: { conversations: 1 } },
      });
      expect(await loadConversation(fresh.db, fresh.key, 'c1')).toBeDefined();
    });
  });
}
