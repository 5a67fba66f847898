import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareCreated } from '../../src/domain/wire/blobs';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { purgeShares } from '../../src/server/store/shares';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated } from './support/fixtures';
import { fakeEnvelope, getShare, postShare, putFeedback, replyToken } from './support/packages';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as ApiErrorBody).error.code;
}

function withdraw(baseUrl: string, id: string, token: string): Promise<Response> {
  return fetch(`${baseUrl}/api/shares/${id}/withdrawal`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}` },
  });
}

for (const target of targets) {
  describe.skipIf(!target.available)(`withdrawing a share (${target.kind})`, () => {
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
      server = await startTestServer({ db, logLevel: 'warn', env: { BLOB_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const share = async (envelope = fakeEnvelope('review')) => {
      const reply = replyToken();
      const response = await postShare(server.url, owner, {
        package: envelope,
        replyTokenHash: reply.hash,
      });
      expect(response.status).toBe(201);
      return { id: ((await response.json()) as ShareCreated).id, token: reply.token };
    };

    it('deletes the share for its own device, and the link then answers "withdrawn", also after the purge', async () => {
      const envelope = fakeEnvelope('review');
      const { id, token } = await share(envelope);
      expect((await withdraw(server.url, id, owner)).status).toBe(204);
      const read = await getShare(server.url, id);
      expect(read.status).toBe(410);
      expect(await codeOf(read)).toBe('share_withdrawn');
      const answer = await putFeedback(server.url, id, token, { package: fakeEnvelope('feedback') });
      expect(answer.status).toBe(410);
      expect(await codeOf(answer)).toBe('share_withdrawn');
      // No copy of the package is left in the shares table, not even as a tombstone.
      const { rows } = await db.query<{ n: number }>(
        "select count(*)::int as n from shares where package like '%' || $1 || '%'",
        [envelope.data],
      );
      expect(rows[0]?.n).toBe(0);
      await purgeShares(db, 0);
      expect(await codeOf(await getShare(server.url, id))).toBe('share_withdrawn');
      // Repeating it (a lost answer) is fine.
      expect((await withdraw(server.url, id, owner)).status).toBe(204);
    });

    it("refuses another device's withdrawal and the coach's reply token, and keeps the share", async () => {
      const { id, token } = await share();
      const other = await withdraw(server.url, id, colleague);
      expect(other.status).toBe(403);
      expect((await withdraw(server.url, id, token)).status).toBe(401);
      expect((await getShare(server.url, id)).status).toBe(200);
    });

    it('answers 404 for a share it never knew', async () => {
      const unknown = await withdraw(server.url, 'AAAAAAAAAAAAAAAAAAAAAA', owner);
      expect(unknown.status).toBe(404);
      expect(await codeOf(unknown)).toBe('share_unknown');
    });
  });
}
