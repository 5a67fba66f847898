import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigurationResponse } from '../../src/domain/wire/configuration';
import type { Database } from '../../src/server/db/database';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  addThemesToCodebook,
  createAreas,
  createReaderAccount,
  deviceToken,
  login,
  migrated,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

for (const target of targets) {
  describe.skipIf(!target.available)(`the area team's copy of the configuration (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      await addThemesToCodebook(db, ['het-pontje']);
      await createReaderAccount(db, AREAS.gaasperdam.id, 'team-gaasperdam');
      server = await startTestServer({ db });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const get = (areaId: string, token: string) =>
      fetch(`${server.url}/api/areas/${areaId}/configuration`, {
        headers: { authorization: `Bearer ${token}` },
      });

    it("gives a signed-in area team its area's theme labels, and nobody else's", async () => {
      const reader = await login(server.url, 'team-gaasperdam');
      const response = await get('gaasperdam', reader);
      expect(response.status).toBe(200);
      const parsed = parseConfigurationResponse(await response.json());
      expect(parsed?.configuration.codebook.themes.find((t) => t.id === 'het-pontje')?.labels.nl).toBe(
        'het-pontje',
      );
      expect((await get('driemond', reader)).status).toBe(403);
      expect((await get('gaasperdam', (await deviceToken(db, AREAS.gaasperdam.id)).token)).status).toBe(403);
      expect((await fetch(`${server.url}/api/areas/gaasperdam/configuration`)).status).toBe(401);
    });
  });
}
