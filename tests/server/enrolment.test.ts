import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEnrolmentCode } from '../../src/domain/wire/enrolment';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { createEnrolmentCode, listDevices, revokeDevice } from '../../src/server/store/devices';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  createAreas,
  enrolmentCode,
  json,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`device enrolment and revocation (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      // The address limit is tested on a server of its own; here every test enrols from one address.
      server = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '1000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const enrol = (body: unknown, url = server.url) =>
      fetch(`${url}/api/enrol`, { method: 'POST', headers: json, body: JSON.stringify(body) });

    it('exchanges a code, typed loosely, for a device token and the area; the code is then used up', async () => {
      const code = await enrolmentCode(db, AREAS.gaasperdam.id);
      const typed = formatEnrolmentCode(code).toLowerCase().replace('-', ' ');
      const response = await enrol({ code: typed });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { deviceToken: string; area: unknown };
      expect(body.area).toEqual(AREAS.gaasperdam);
      expect(body.deviceToken).toMatch(/^bgd_[A-Za-z0-9_-]{43}$/);

      const device = await fetch(`${server.url}/api/device`, {
        headers: { authorization: `Bearer ${body.deviceToken}` },
      });
      expect(await device.json()).toEqual({ area: AREAS.gaasperdam });

      const again = await enrol({ code });
      expect(again.status).toBe(409);
      expect(await errorOf(again)).toEqual({
        code: 'enrolment_code_used',
        message: 'This enrolment code has already been used; ask for a new one',
      });
    });

    it('stores neither the code nor the token, only their hashes', async () => {
      const code = await enrolmentCode(db, AREAS.gaasperdam.id);
      const { deviceToken } = (await (await enrol({ code })).json()) as { deviceToken: string };
      const dump = JSON.stringify([
        (await db.query('select * from enrolment_codes')).rows,
        (await db.query('select * from devices')).rows,
      ]);
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(deviceToken);
      expect(dump).not.toContain(deviceToken.slice(4));
    });

    it('lets only one of several devices racing with one code enrol', async () => {
      const code = await enrolmentCode(db, AREAS.driemond.id);
      const statuses = await Promise.all(
        Array.from({ length: 5 }, () => enrol({ code }).then((r) => r.status)),
      );
      expect(statuses.sort()).toEqual([201, 409, 409, 409, 409]);
    });

    it('refuses an unknown, a malformed and an expired code with a clear message', async () => {
      const unknown = await enrol({ code: 'ABCD-EFGH-JKMN' });
      expect(unknown.status).toBe(400);
      expect((await errorOf(unknown)).code).toBe('enrolment_code_unknown');
      expect((await enrol({ code: 'not a code!' })).status).toBe(400);

      const { code } = await createEnrolmentCode(db, { areaId: AREAS.gaasperdam.id, validForMs: -1_000 });
      const expired = await enrol({ code });
      expect(expired.status).toBe(410);
      expect(await errorOf(expired)).toEqual({
        code: 'enrolment_code_expired',
        message: 'This enrolment code has expired; ask for a new one',
      });
    });

    it.each([[{}], [{ code: 12 }], [{ code: 'x', extra: true }], [[]]])(
      'refuses the body %j with 400',
      async (body) => {
        const response = await enrol(body);
        expect(response.status).toBe(400);
        expect(await errorOf(response)).toMatchObject({ code: 'invalid_request' });
      },
    );

    it('refuses a revoked device from its very next request', async () => {
      const code = await enrolmentCode(db, AREAS.gaasperdam.id);
      const { deviceToken } = (await (await enrol({ code })).json()) as { deviceToken: string };
      expect((await postSummaries(server.url, deviceToken, { summaries: [summary()] })).status).toBe(200);

      const devices = await listDevices(db, AREAS.gaasperdam.id);
      const newest = devices.at(-1);
      if (newest === undefined) throw new Error('no device listed');
      expect(await revokeDevice(db, newest.id)).toBe('revoked');

      const refused = await postSummaries(server.url, deviceToken, { summaries: [summary()] });
      expect(refused.status).toBe(403);
      expect(await errorOf(refused)).toEqual({
        code: 'device_revoked',
        message: 'This device has been revoked; ask an administrator for a new enrolment code',
      });
      const whoami = await fetch(`${server.url}/api/device`, {
        headers: { authorization: `Bearer ${deviceToken}` },
      });
      expect(whoami.status).toBe(403);
    });

    it('limits enrolment attempts per address with 429', async () => {
      const limited = await startTestServer({ db, env: { SIGN_IN_RATE_LIMIT: '2' } });
      try {
        const statuses = [];
        for (let i = 0; i < 3; i++)
          statuses.push((await enrol({ code: 'ABCD-EFGH-JKMN' }, limited.url)).status);
        expect(statuses).toEqual([400, 400, 429]);
      } finally {
        await limited.close();
      }
    });
  });
}
