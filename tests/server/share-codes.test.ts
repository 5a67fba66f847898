import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareCreated } from '../../src/domain/wire/blobs';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, json, migrated } from './support/fixtures';
import { deleteShare, fakeEnvelope, postShare, replyToken } from './support/packages';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

/**
 * The short code of a review (src/domain/review-code.ts): the sharing device files the link,
 * sealed, under the code's id; a coach's app fetches it by that id while the share is open.
 */
for (const target of targets) {
  describe.skipIf(!target.available)(`short codes for review links (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    let owner: string;
    let colleague: string;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      owner = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      colleague = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      server = await startTestServer({ db, env: { BLOB_RATE_LIMIT: '1000', SHARE_READ_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const share = async (): Promise<string> => {
      const response = await postShare(server.url, owner, {
        package: fakeEnvelope('review'),
        replyTokenHash: replyToken().hash,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as ShareCreated).id;
    };
    const file = (token: string, shareId: string, codeId: string, body: unknown = { package: sealed }) =>
      fetch(`${server.url}/api/shares/${shareId}/code/${codeId}`, {
        method: 'PUT',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const fetchCode = (codeId: string) => fetch(`${server.url}/api/shares/code/${codeId}`);
    const errorCode = async (response: Response) => ((await response.json()) as ApiErrorBody).error.code;
    const sealed = { ...fakeEnvelope('review-key', 120), kdf: fakeEnvelope('backup').kdf };

    it('gives the sealed link back by the code id, exactly as filed', async () => {
      const id = await share();
      expect((await file(owner, id, 'ABC123')).status).toBe(204);
      const answer = await fetchCode('ABC123');
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ package: sealed });
    });

    it('lets only the device that made the share file a code for it', async () => {
      const id = await share();
      const refused = await file(colleague, id, 'DEF456');
      expect(refused.status).toBe(404);
      expect((await fetchCode('DEF456')).status).toBe(404);
    });

    it('refuses an id another open share uses with 409, and frees it when that share ends', async () => {
      const first = await share();
      const second = await share();
      expect((await file(owner, first, 'GHJ789')).status).toBe(204);
      const taken = await file(owner, second, 'GHJ789');
      expect(taken.status).toBe(409);
      expect(await errorCode(taken)).toBe('code_taken');

      expect((await deleteShare(server.url, first, owner)).status).toBe(204);
      const gone = await fetchCode('GHJ789');
      expect(gone.status).toBe(404);
      expect(await errorCode(gone)).toBe('code_unknown');
      expect((await file(owner, second, 'GHJ789')).status).toBe(204);
    });

    it('refuses a code id that is not six Crockford characters, and a package that is not a sealed link', async () => {
      const id = await share();
      expect((await file(owner, id, 'ABCDEFG')).status).toBe(400);
      expect((await file(owner, id, 'ABCDEU')).status).toBe(400);
      expect((await fetchCode('abc')).status).toBe(404);
      const wrongKind = await file(owner, id, 'KMN234', { package: fakeEnvelope('review') });
      expect(wrongKind.status).toBe(400);
    });

    it('limits lookups per address with 429 and Retry-After, guesses of unknown codes included', async () => {
      const limited = await startTestServer({
        db,
        env: { BLOB_RATE_LIMIT: '1000', SHARE_READ_RATE_LIMIT: '3' },
      });
      try {
        const lookUp = (codeId: string) => fetch(`${limited.url}/api/shares/code/${codeId}`);
        const id = await share();
        expect((await file(owner, id, 'STV890')).status).toBe(204);
        expect((await lookUp('STV890')).status).toBe(200);
        expect((await lookUp('WXY234')).status).toBe(404);
        expect((await lookUp('WXY235')).status).toBe(404);
        // A fourth try in the minute is refused, even with the right code.
        const refused = await lookUp('STV890');
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await errorCode(refused)).toBe('too_many_requests');
      } finally {
        await limited.close();
      }
    });

    it('needs a device token to file a code', async () => {
      const id = await share();
      const response = await fetch(`${server.url}/api/shares/${id}/code/PQR567`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ package: sealed }),
      });
      expect(response.status).toBe(401);
    });
  });
}
