import 'fake-indexeddb/auto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { allGuides } from '../../src/db/guides';
import { algemeenEn } from '../../src/domain/guides/built-in/algemeen.en';
import { algemeenNl } from '../../src/domain/guides/built-in/algemeen.nl';
import { serialiseGuide } from '../../src/domain/guides/file';
import type { Guide } from '../../src/domain/guides/guide';
import { enrolDevice } from '../../src/flows/enrol';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import { drainExclusively } from '../../src/sync/outbox-sync';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  deviceToken,
  enrolmentCode,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

/** The organisation's own guide, as an interviewer would export it from the app. */
function walk(language: 'nl' | 'en', version: number, title?: string): Guide {
  const base = language === 'nl' ? algemeenNl : algemeenEn;
  return {
    ...base,
    id: 'buurtwandeling',
    version,
    title: title ?? `${base.title} (wandeling)`,
    builtIn: false,
  };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`guides published to devices (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let folder: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, env: { SUMMARY_RATE_LIMIT: '1000' } });
      folder = await mkdtemp(join(tmpdir(), 'guides-'));
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
      await rm(folder, { recursive: true, force: true });
    });

    async function admin(...argv: string[]): Promise<string> {
      const out: string[] = [];
      const handle: Database = { ...db, close: async () => undefined };
      const code = await runAdmin([...argv, '--by', 'beheerder-anna'], async () => handle, {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        readLine: async () => '',
      });
      if (code !== 0) throw new Error(out.join('\n'));
      return out.join('\n');
    }

    async function file(guide: Guide): Promise<string> {
      const path = join(folder, `${guide.id}-${guide.version}-${guide.language}-${Math.random()}.json`);
      await writeFile(path, serialiseGuide(guide));
      return path;
    }

    const getGuide = (token: string, version: number) =>
      fetch(`${server.url}/api/guides/buurtwandeling/${version}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    it("serves a published guide's text to its area's devices only, and never changes a version", async () => {
      expect(
        await admin('publish-guide', '--file', await file(walk('nl', 1)), '--area', 'gaasperdam'),
      ).toMatch(/Published guide buurtwandeling version 1 \(nl\)/);
      expect(
        await admin('publish-guide', '--file', await file(walk('en', 1)), '--area', 'gaasperdam'),
      ).toMatch(/Stored the en text/);
      const gaasperdam = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      const driemond = (await deviceToken(db, AREAS.driemond.id)).token;
      const served = await getGuide(gaasperdam, 1);
      expect(served.status).toBe(200);
      const { guides } = (await served.json()) as { guides: Guide[] };
      expect(guides.map((g) => [g.language, g.title])).toEqual([
        ['en', `${algemeenEn.title} (wandeling)`],
        ['nl', `${algemeenNl.title} (wandeling)`],
      ]);
      expect((await getGuide(driemond, 1)).status).toBe(404);
      expect((await getGuide(gaasperdam, 2)).status).toBe(404);
      // A summary may name it in Gaasperdam now, not in Driemond.
      const named = { guide: { id: 'buurtwandeling', version: 1 } };
      expect((await postSummaries(server.url, gaasperdam, { summaries: [summary(named)] })).status).toBe(200);
      const elsewhere = summary({ ...named, areaId: AREAS.driemond.id });
      expect((await postSummaries(server.url, driemond, { summaries: [elsewhere] })).status).toBe(400);
      // Version 1 is what it is: other words need version 2.
      await expect(
        admin('publish-guide', '--file', await file(walk('nl', 1, 'Iets anders')), '--area', 'gaasperdam'),
      ).rejects.toThrow(/never changes, publish version 2/);
      await expect(
        admin('publish-guide', '--file', await file({ ...algemeenNl, version: 9 })),
      ).rejects.toThrow(/built-in guide/);
    });

    it('reaches a device at enrolment, and the next version with a sync, the earlier one kept', async () => {
      const name = `published-guides-${Math.random()}`;
      const device = new BuurtgesprekDatabase(name);
      await device.open();
      const access = {
        client: { baseUrl: server.url, fetch: (...a: Parameters<typeof fetch>) => fetch(...a) },
        isOnline: () => true,
      };
      const enrolled = await enrolDevice(device, access, await enrolmentCode(db, AREAS.gaasperdam.id));
      expect(enrolled.ok).toBe(true);
      const versions = async () =>
        (await allGuides(device))
          .filter((g) => g.id === 'buurtwandeling')
          .map((g) => `${g.language}${g.version}`)
          .sort();
      expect(await versions()).toEqual(['en1', 'nl1']);
      await admin(
        'publish-guide',
        '--file',
        await file(walk('nl', 2, 'Wandeling, tweede versie')),
        '--area',
        'gaasperdam',
      );
      await drainExclusively({ db: device, client: access.client });
      expect(await versions()).toEqual(['en1', 'nl1', 'nl2']);
      device.close();
      await device.delete();
    });
  });
}
