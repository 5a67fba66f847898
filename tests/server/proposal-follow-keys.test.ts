import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveConversation } from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { listGuideProposals } from '../../src/db/guide-proposals';
import { storeGuide } from '../../src/db/guides';
import { listProposals } from '../../src/db/proposals';
import { createDataKey } from '../../src/db/sealed-box';
import { summaryIdFor } from '../../src/db/sharing';
import { serialiseGuide } from '../../src/domain/guides/file';
import type { Guide } from '../../src/domain/guides/guide';
import { guideRef } from '../../src/domain/guides/versions';
import { newFollowKey } from '../../src/domain/proposals/follow-key';
import { parseGuideProposalList } from '../../src/domain/wire/guide-proposals';
import { parseProposalList } from '../../src/domain/wire/proposals';
import { backUpToServer, setUpServerBackup } from '../../src/flows/back-up';
import { enrolDevice } from '../../src/flows/enrol';
import { previewGuideProposal, sendGuideProposal } from '../../src/flows/propose-guide';
import { noteProposal, previewProposal, sendProposal } from '../../src/flows/propose-theme';
import { restoreFromServer } from '../../src/flows/restore';
import type { ServerAccess } from '../../src/flows/server-access';
import { approveSharing } from '../../src/flows/share-summary';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { drainOutbox } from '../../src/sync/drain';
import { drainExclusively } from '../../src/sync/outbox-sync';
import { minimalGuide } from '../unit/domain/guides/fixtures';
import { completedConversation } from '../unit/flows/support/conversations';
import { accountWith, type ConsoleSession, consoleLogin } from './support/accounts';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, enrolmentCode, json, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * Proposals followed by id and follow key: a new device of the same interviewer, restored from her
 * backup, learns what became of the proposals her old device sent; a device that has an id but not
 * its key, or is enrolled in another area, learns nothing.
 */
const targets = await databaseTargets();

interface Device {
  db: BuurtgesprekDatabase;
  key: CryptoKey;
}
const devices: Device[] = [];
async function newDevice(): Promise<Device> {
  const db = new BuurtgesprekDatabase(`follow-keys-${Math.random()}`);
  await db.open();
  const device = { db, key: await createDataKey(false) };
  devices.push(device);
  return device;
}
afterEach(async () => {
  for (const device of devices.splice(0)) await device.db.delete();
});

/** Her own guide, as she wrote it on her device. */
function ownGuide(overrides: Partial<Guide> = {}): Guide {
  return { ...minimalGuide(), id: 'buurtwandeling', version: 1, title: 'Buurtwandeling', ...overrides };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`following proposals by id and follow key (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let access: ServerAccess;
    let beheer: ConsoleSession;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn', env: { SUMMARY_RATE_LIMIT: '1000' } });
      access = { client: { baseUrl: server.url, fetch: (...args) => fetch(...args) }, isOnline: () => true };
      await accountWith(db, 'beheer-follow', [{ role: 'beheerder', scope: { kind: 'organisation' } }]);
      beheer = await consoleLogin(server.url, 'beheer-follow');
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    async function admin(...argv: string[]): Promise<string> {
      const out: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin(argv, async () => handle, {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        readLine: async () => '',
      });
      if (code !== 0) throw new Error(out.join('\n'));
      return out.join('\n');
    }
    const console = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...json, cookie: beheer.cookie, 'x-csrf-token': beheer.csrfToken },
        body: JSON.stringify(body),
      });
    const post = (path: string, bearer: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${bearer}` },
        body: JSON.stringify(body),
      });
    async function themeOutcomes(bearer: string, proposals: { id: string; followKey: string }[]) {
      const response = await post('/api/proposals/outcomes', bearer, { proposals });
      expect(response.status).toBe(200);
      const list = parseProposalList(await response.json());
      if (list === undefined) throw new Error('the answer does not fit the proposal list schema');
      return list.proposals;
    }
    async function guideOutcomes(bearer: string, proposals: { id: string; followKey: string }[]) {
      const response = await post('/api/guide-proposals/outcomes', bearer, { proposals });
      expect(response.status).toBe(200);
      const list = parseGuideProposalList(await response.json());
      if (list === undefined) throw new Error('the answer does not fit the guide proposal list schema');
      return list.proposals;
    }
    async function enrolled(device: Device, areaId: string = AREAS.gaasperdam.id): Promise<void> {
      const result = await enrolDevice(device.db, access, await enrolmentCode(db, areaId));
      if (!result.ok) throw new Error(`enrolment failed: ${result.problem}`);
    }

    it('answers a device of the same area that presents id and key, and nobody with an id alone or from another area', async () => {
      const old = await deviceToken(db, AREAS.gaasperdam.id);
      const restored = await deviceToken(db, AREAS.gaasperdam.id);
      const elsewhere = await deviceToken(db, AREAS.driemond.id);
      const id = randomUUID();
      const followKey = newFollowKey();
      const sent = await post('/api/proposals', old.token, {
        id,
        kind: 'theme',
        text: 'Buren die helpen',
        followKey,
      });
      expect(sent.status).toBe(201);

      expect(await themeOutcomes(restored.token, [{ id, followKey }])).toEqual([{ id, status: 'pending' }]);
      // The id without its key, or the key from a device of another area: nothing.
      expect(await themeOutcomes(restored.token, [{ id, followKey: newFollowKey() }])).toEqual([]);
      expect(await themeOutcomes(elsewhere.token, [{ id, followKey }])).toEqual([]);

      await admin('accept-proposal', id, '--nl', 'Burenhulp', '--en', 'Neighbours helping');
      expect(await themeOutcomes(restored.token, [{ id, followKey }])).toEqual([
        { id, status: 'accepted', themeId: 'burenhulp' },
      ]);
      // Sending the same id again from another device still cannot take it over.
      expect(
        (await post('/api/proposals', restored.token, { id, kind: 'theme', text: 'Iets anders', followKey }))
          .status,
      ).toBe(409);
    });

    it('keys a proposal sent before follow keys only from the device that sent it', async () => {
      const old = await deviceToken(db, AREAS.gaasperdam.id);
      const other = await deviceToken(db, AREAS.gaasperdam.id);
      const id = randomUUID();
      expect((await post('/api/proposals', old.token, { id, kind: 'theme', text: 'Speeltuin' })).status).toBe(
        201,
      );
      const otherKey = newFollowKey();
      // Another device cannot claim it with a key of its own, before or after its own device did.
      expect(await themeOutcomes(other.token, [{ id, followKey: otherKey }])).toEqual([]);
      const followKey = newFollowKey();
      expect(await themeOutcomes(old.token, [{ id, followKey }])).toEqual([{ id, status: 'pending' }]);
      expect(await themeOutcomes(other.token, [{ id, followKey: otherKey }])).toEqual([]);
      expect(await themeOutcomes(old.token, [{ id, followKey: otherKey }])).toEqual([]);
      // The key the device that sent it kept now follows it from anywhere in the area.
      expect(await themeOutcomes(other.token, [{ id, followKey }])).toEqual([{ id, status: 'pending' }]);
      const stored = await db.query<{ follow_hash: string }>(
        'select follow_hash from proposals where id = $1::uuid',
        [id],
      );
      // Only its hash is kept.
      expect(stored.rows[0]?.follow_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored.rows)).not.toContain(followKey);
    });

    it('follows a guide proposal by its key, and refuses a request that is not a list of ids and keys', async () => {
      const old = await deviceToken(db, AREAS.gaasperdam.id);
      const restored = await deviceToken(db, AREAS.gaasperdam.id);
      const id = randomUUID();
      const followKey = newFollowKey();
      const { builtIn: _builtIn, ...guide } = ownGuide({
        id: 'wandelen-met-de-wijk',
        title: 'Wandelen met de wijk',
      });
      expect((await post('/api/guide-proposals', old.token, { id, guide, followKey })).status).toBe(201);
      expect(await guideOutcomes(restored.token, [{ id, followKey: newFollowKey() }])).toEqual([]);
      expect((await console(`/api/beheer/guide-proposals/${id}/publish`, {})).status).toBe(200);
      expect(await guideOutcomes(restored.token, [{ id, followKey }])).toEqual([
        { id, status: 'published', guide: { id: 'wandelen-met-de-wijk', version: 1 } },
      ]);

      const wrongKey = await post('/api/guide-proposals/outcomes', restored.token, {
        proposals: [{ id, followKey: 'short' }],
      });
      expect(wrongKey.status).toBe(400);
      const error = ((await wrongKey.json()) as ApiErrorBody).error;
      expect(error.fields?.map((field) => field.path)).toEqual(['body/proposals/0/followKey']);
      const tooMany = await post('/api/proposals/outcomes', restored.token, {
        proposals: Array.from({ length: 501 }, () => ({ id: randomUUID(), followKey })),
      });
      expect(tooMany.status).toBe(400);
      const badSend = await post('/api/proposals', old.token, {
        id: randomUUID(),
        kind: 'theme',
        text: 'Speeltuin',
        followKey: 'not a key',
      });
      expect(badSend.status).toBe(400);
    });

    it('a new device restored from her backup follows the decisions on what her old device sent', async () => {
      const old = await newDevice();
      await enrolled(old);
      const noted = await noteProposal(old.db, old.key, 'Hangjongeren bij de flat');
      if (!noted.ok) throw new Error(noted.problem);
      const { text } = previewProposal(noted.proposal);
      expect((await sendProposal(old.db, old.key, access, noted.proposal.id, text)).ok).toBe(true);
      const guide = ownGuide({ id: 'avondwandeling', title: 'Avondwandeling' });
      await storeGuide(old.db, guide);
      const proposed = await sendGuideProposal(
        old.db,
        access,
        guideRef(guide),
        previewGuideProposal(guide).guide,
      );
      expect(proposed.ok).toBe(true);
      const code = await setUpServerBackup(old.db, old.key);
      expect(await backUpToServer(old.db, old.key, access)).toEqual({ ok: true });

      // The old device is lost; the new one is enrolled afresh and restored from the backup.
      const fresh = await newDevice();
      await enrolled(fresh);
      expect((await restoreFromServer(fresh.db, fresh.key, { recoveryCode: code }, access)).ok).toBe(true);
      expect((await listProposals(fresh.db, fresh.key)).map((p) => p.status)).toEqual(['sent']);

      await admin('accept-proposal', noted.proposal.id, '--nl', 'Overlast', '--en', 'Nuisance');
      const guideProposalId = (await listGuideProposals(fresh.db))[0]?.id;
      const rejected = await console(`/api/beheer/guide-proposals/${guideProposalId}/reject`, {
        reason: 'Past beter in de algemene leidraad',
      });
      expect(rejected.status).toBe(204);

      await drainExclusively({ db: fresh.db, client: access.client });
      expect(await listProposals(fresh.db, fresh.key)).toEqual([
        expect.objectContaining({ status: 'accepted', themeId: 'overlast' }),
      ]);
      expect(await listGuideProposals(fresh.db)).toEqual([
        expect.objectContaining({ status: 'rejected', reason: 'Past beter in de algemene leidraad' }),
      ]);
    });

    it('sends the summaries that waited for her guide once it is published under another id, naming that id', async () => {
      // Another area published a guide with her guide's id first, so hers is published under a fresh id.
      const { builtIn: _builtIn, ...theirs } = ownGuide({ id: 'buurtrondje', title: 'Buurtrondje' });
      const taken = await console(`/api/beheer/areas/${AREAS.driemond.id}/configuration/changes`, {
        edit: { kind: 'publish-guide', file: serialiseGuide({ ...theirs, builtIn: false }) },
      });
      expect(taken.status).toBe(200);

      const device = await newDevice();
      await enrolled(device);
      const guide = ownGuide({ id: 'buurtrondje', title: 'Rondje door de buurt' });
      await storeGuide(device.db, guide);
      const conversation = { ...completedConversation('c-rondje'), guideId: guide.id, guideVersion: 1 };
      await saveConversation(device.db, device.key, conversation);
      const summaryId = await summaryIdFor(device.db, 'c-rondje');
      const approved = await approveSharing(device.db, device.key, {
        conversationId: 'c-rondje',
        summaryId,
        approvedQuotes: [],
      });
      expect(approved.ok).toBe(true);
      // Refused: her guide is not published in her area. It waits with that reason.
      await drainOutbox({ db: device.db, client: access.client });
      expect(await device.db.outbox.toArray()).toEqual([
        expect.objectContaining({ lastError: 'guide-not-published' }),
      ]);

      const proposed = await sendGuideProposal(
        device.db,
        access,
        guideRef(guide),
        previewGuideProposal(guide).guide,
      );
      if (!proposed.ok) throw new Error(proposed.problem);
      const published = await console(`/api/beheer/guide-proposals/${proposed.proposal.id}/publish`, {});
      const { guide: as } = (await published.json()) as { guide: { id: string; version: number } };
      expect(as.id).not.toBe('buurtrondje');

      // One sync learns the publication, and the summary goes in it, naming the published guide.
      const outcome = await drainExclusively({ db: device.db, client: access.client });
      expect(outcome).toEqual({ kind: 'done', sent: 1 });
      expect(await device.db.outbox.count()).toBe(0);
      const stored = await db.query<{ guide_id: string; guide_version: number }>(
        'select guide_id, guide_version from summaries where id = $1::uuid',
        [summaryId],
      );
      expect(stored.rows).toEqual([{ guide_id: as.id, guide_version: as.version }]);
    });
  });
}
