import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codebookInUse, readAreaConfiguration } from '../../src/db/area-configuration';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { listProposals } from '../../src/db/proposals';
import { createDataKey } from '../../src/db/sealed-box';
import { themeOfferedFor } from '../../src/domain/proposals/theme-proposal';
import { enrolDevice } from '../../src/flows/enrol';
import { noteProposal, previewProposal, sendProposal } from '../../src/flows/propose-theme';
import type { ServerAccess } from '../../src/flows/server-access';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import { drainExclusively } from '../../src/sync/outbox-sync';
import { rawDump } from '../support/raw-dump';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, enrolmentCode, migrated } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/** The proposal flow as the screens call it, on a device database against the real server. */
const targets = await databaseTargets();
// Invented people only.
const LABEL = 'Ruzie met Esi Owusu over de tuin';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new BuurtgesprekDatabase(name).delete();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`proposing a theme from a device (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let access: ServerAccess;
    let requests: string[];

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn' });
      requests = [];
      access = {
        client: {
          baseUrl: server.url,
          fetch: (input, init) => {
            requests.push(`${init?.method ?? 'GET'} ${String(input).replace(server.url, '')}`);
            return fetch(input, init);
          },
        },
        isOnline: () => true,
      };
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

    it('keeps a noted theme sealed on the device, sends only its anonymised text on request, and follows the decision', async () => {
      const name = `proposal-flow-${Math.random()}`;
      names.push(name);
      const device = new BuurtgesprekDatabase(name);
      await device.open();
      const key = await createDataKey(false);
      const enrolled = await enrolDevice(device, access, await enrolmentCode(db, AREAS.gaasperdam.id));
      expect(enrolled.ok).toBe(true);
      // Enrolment fetches the area's configuration and what its resident card shows at once.
      expect(requests).toEqual(['POST /api/enrol', 'GET /api/configuration', 'GET /api/resident-page']);
      expect((await readAreaConfiguration(device))?.response.areaId).toBe('gaasperdam');

      const noted = await noteProposal(device, key, LABEL, 'c1');
      if (!noted.ok) throw new Error(noted.problem);
      // Noting the same words again tags the same proposal.
      const again = await noteProposal(device, key, LABEL.toUpperCase(), 'c2');
      expect(again.ok && again.proposal.id).toBe(noted.proposal.id);
      expect(await rawDump(name)).not.toContain('Owusu');
      // A sync before she sends: the proposal does not leave the device.
      await drainExclusively({ db: device, client: access.client });
      expect(requests.filter((r) => r.startsWith('POST /api/proposals'))).toEqual([]);
      expect(await admin('list-proposals')).toBe('No proposals');

      const { text } = previewProposal(noted.proposal);
      expect(text).toBe('Ruzie met [naam] over de tuin');
      expect(await sendProposal(device, key, access, noted.proposal.id, 'something else')).toEqual({
        ok: false,
        problem: 'changed',
      });
      const sent = await sendProposal(device, key, access, noted.proposal.id, text);
      expect(sent.ok).toBe(true);
      const listed = await admin('list-proposals', '--area', 'gaasperdam');
      expect(listed).toContain(JSON.stringify(text));
      expect(listed).not.toContain('Owusu');

      await admin('accept-proposal', noted.proposal.id, '--nl', 'Burenruzie', '--en', 'Neighbour disputes');
      await drainExclusively({ db: device, client: access.client });
      const [proposal] = await listProposals(device, key);
      expect(proposal).toMatchObject({
        status: 'accepted',
        themeId: 'burenruzie',
        conversationIds: ['c1', 'c2'],
      });
      const codebook = await codebookInUse(device);
      expect(codebook.themes.find((theme) => theme.id === 'burenruzie')).toMatchObject({ retired: false });
      // Offered to the conversations tagged with it, never put on them by itself.
      if (proposal === undefined) throw new Error('no proposal');
      expect(themeOfferedFor(proposal, [])).toBe('burenruzie');
      device.close();
    });
  });
}
