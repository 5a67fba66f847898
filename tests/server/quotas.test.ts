import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareCreated } from '../../src/domain/wire/blobs';
import { runAdmin } from '../../src/server/admin/run';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated, postSummaries, summary } from './support/fixtures';
import {
  deleteShare,
  fakeEnvelope,
  getShare,
  lookupId,
  postShare,
  putBackup,
  replyToken,
} from './support/packages';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

const QUOTAS = {
  DEVICE_SUMMARIES_PER_DAY: '5',
  DEVICE_OPEN_SHARES: '2',
  DEVICE_BACKUP_SLOTS: '2',
  DEVICE_BACKUP_MB: '1',
};

async function refusal(response: Response, status: number): Promise<ApiErrorBody['error']> {
  expect(response.status).toBe(status);
  return ((await response.json()) as ApiErrorBody).error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`per-device quotas (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    // Two processes on one database: quotas must hold across them.
    let first: TestServer;
    let second: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      first = await startTestServer({ db, env: QUOTAS });
      second = await startTestServer({ db, env: QUOTAS });
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await storage?.dispose();
    });

    const share = (url: string, token: string) =>
      postShare(url, token, { package: fakeEnvelope('review'), replyTokenHash: replyToken().hash });

    it('counts summaries per device and day across server processes, answering 429 with Retry-After', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      const other = await deviceToken(db, AREAS.gaasperdam.id);
      const three = () => ({ summaries: [summary(), summary(), summary()] });
      expect((await postSummaries(first.url, token, three())).status).toBe(200);
      const refused = await postSummaries(second.url, token, three());
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(await refusal(refused, 429)).toEqual({
        code: 'quota_exceeded',
        message: 'This device has sent its 5 summaries for today; the rest can be sent after midnight (UTC)',
      });
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
      // What still fits is accepted; another device has its own quota.
      expect((await postSummaries(second.url, token, { summaries: [summary(), summary()] })).status).toBe(
        200,
      );
      expect((await postSummaries(first.url, token, { summaries: [summary()] })).status).toBe(429);
      expect((await postSummaries(first.url, other.token, three())).status).toBe(200);
    });

    it('limits the shares open at once; closing one makes room', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      const made = await share(first.url, token);
      expect(made.status).toBe(201);
      expect((await share(second.url, token)).status).toBe(201);
      const refused = await share(first.url, token);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refusal(refused, 429)).code).toBe('quota_exceeded');
      const { id } = (await made.json()) as ShareCreated;
      expect((await deleteShare(first.url, id, token)).status).toBe(204);
      expect((await share(second.url, token)).status).toBe(201);
    });

    it('limits a device’s backups by lookup ids and by bytes, with 413 and a reason', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      const [a, b] = [lookupId(), lookupId()];
      expect((await putBackup(first.url, token, a, { package: fakeEnvelope('backup') })).status).toBe(201);
      expect((await putBackup(second.url, token, b, { package: fakeEnvelope('backup') })).status).toBe(201);
      // A fresh lookup id per upload no longer escapes the versions kept per backup.
      const fresh = await putBackup(first.url, token, lookupId(), { package: fakeEnvelope('backup') });
      expect(await refusal(fresh, 413)).toEqual({
        code: 'quota_exceeded',
        message: 'This device holds 2 backups, the most it may; delete one before starting another',
      });
      // New versions of a backup it holds are fine until the bytes run out (1 MiB here).
      expect(
        (await putBackup(first.url, token, a, { package: fakeEnvelope('backup', 600_000) })).status,
      ).toBe(201);
      const large = await putBackup(second.url, token, a, { package: fakeEnvelope('backup', 600_000) });
      expect((await refusal(large, 413)).message).toMatch(/more than its 1 MiB; delete an old backup first/);
    });

    it('removes a device’s summaries, backups and share links with remove-device', async () => {
      const device = await deviceToken(db, AREAS.gaasperdam.id);
      const made = await share(first.url, device.token);
      const { id } = (await made.json()) as ShareCreated;
      expect((await getShare(second.url, id)).status).toBe(200);
      expect(
        (await putBackup(first.url, device.token, lookupId(), { package: fakeEnvelope('backup') })).status,
      ).toBe(201);
      const out: string[] = [];
      const code = await runAdmin(
        ['remove-device', device.deviceId, '--remove-backups'],
        async () => ({ ...db, close: async () => undefined }),
        { out: (line) => out.push(line), err: () => undefined, readLine: async () => '' },
      );
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/removed 0 summaries and 1 backup versions, ended 1 shares/);
      expect((await getShare(second.url, id)).status).toBe(410);
      const { rows } = await db.query<{ n: number }>(
        'select count(*) as n from backups where device_id = $1::uuid',
        [device.deviceId],
      );
      expect(rows[0]?.n).toBe(0);
    });
  });
}
