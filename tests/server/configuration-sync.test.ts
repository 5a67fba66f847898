import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  followedConfiguration,
  markThemesSeen,
  newThemesFromAreaTeam,
  readAreaConfiguration,
} from '../../src/db/area-configuration';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { storeEnrolment } from '../../src/db/enrolment';
import { defaultCodebook } from '../../src/domain/themes';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import type { ServerClient } from '../../src/sync/api';
import { syncConfiguration } from '../../src/sync/configuration';
import { drainExclusively } from '../../src/sync/outbox-sync';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated, postSummaries, summary } from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/** The device's side: fetching its area's configuration into IndexedDB (fake-indexeddb), against the real server. */
const targets = await databaseTargets();

let device: BuurtgesprekDatabase;
beforeEach(async () => {
  device = new BuurtgesprekDatabase(`configuration-${Math.random()}`);
  await device.open();
});
afterEach(async () => {
  await device.delete();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`a device following its area's configuration (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    const client = (): ServerClient => ({ baseUrl: server.url, fetch: (input, init) => fetch(input, init) });

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    async function admin(...argv: string[]): Promise<void> {
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin(argv, async () => handle, {
        out: () => undefined,
        err: () => undefined,
        readLine: async () => '',
      });
      expect(code).toBe(0);
    }

    it('fetches the configuration with every sync of the outbox', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await storeEnrolment(device, {
        deviceToken: token,
        area: { id: 'gaasperdam', name: 'Gaasperdam' },
        enrolledAt: 0,
      });
      expect(await readAreaConfiguration(device)).toBeNull();
      await drainExclusively({ db: device, client: client() });
      expect((await readAreaConfiguration(device))?.response.areaId).toBe('gaasperdam');
    });

    it('follows the built-in configuration before enrolment, as a device used on its own', async () => {
      expect(await syncConfiguration(device, client())).toEqual({ kind: 'not-enrolled' });
      const followed = await followedConfiguration(device);
      expect(followed.codebook.themes.map((t) => t.id)).toEqual(defaultCodebook().themes.map((t) => t.id));
    });

    it('fetches on sync, revalidates cheaply, and announces the area team’s new themes once', async () => {
      const { token } = await deviceToken(db, AREAS.driemond.id);
      await storeEnrolment(device, {
        deviceToken: token,
        area: { id: 'driemond', name: 'Driemond' },
        enrolledAt: 0,
      });
      expect(await syncConfiguration(device, client())).toMatchObject({ kind: 'updated' });
      expect(await newThemesFromAreaTeam(device)).toEqual([]);
      expect(await syncConfiguration(device, client())).toEqual({ kind: 'unchanged' });

      await admin('add-theme', '--nl', 'Het pontje', '--en', 'The ferry', '--area', 'driemond');
      expect(await syncConfiguration(device, client())).toMatchObject({ kind: 'updated' });
      expect((await newThemesFromAreaTeam(device)).map((t) => t.id)).toEqual(['het-pontje']);
      await markThemesSeen(device);
      expect(await newThemesFromAreaTeam(device)).toEqual([]);

      // Offline, the device keeps following the copy it has.
      const offline: ServerClient = {
        baseUrl: server.url,
        fetch: () => Promise.reject(new TypeError('offline')),
      };
      expect(await syncConfiguration(device, offline, Date.now, () => false)).toEqual({
        kind: 'failed',
        problem: 'offline',
      });
      const followed = await followedConfiguration(device);
      expect(followed.codebook.themes.map((t) => t.id)).toContain('het-pontje');

      // A summary tagged with the new theme is accepted by the server.
      const tagged = summary({ areaId: 'driemond', themeIds: ['het-pontje'] });
      expect((await postSummaries(server.url, token, { summaries: [tagged] })).status).toBe(200);
    });

    it('follows the new area’s configuration after enrolling again elsewhere', async () => {
      const first = await deviceToken(db, AREAS.driemond.id);
      await storeEnrolment(device, {
        deviceToken: first.token,
        area: { id: 'driemond', name: 'Driemond' },
        enrolledAt: 0,
      });
      await syncConfiguration(device, client());
      const second = await deviceToken(db, AREAS.gaasperdam.id);
      await storeEnrolment(device, {
        deviceToken: second.token,
        area: { id: 'gaasperdam', name: 'Gaasperdam' },
        enrolledAt: 1,
      });
      expect(await syncConfiguration(device, client())).toMatchObject({ kind: 'updated' });
      expect((await readAreaConfiguration(device))?.response.areaId).toBe('gaasperdam');
      expect((await followedConfiguration(device)).codebook.themes.map((t) => t.id)).not.toContain(
        'het-pontje',
      );
    });
  });
}
