import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupStored, BackupVersion, Envelope, StoredBackup } from '../../src/domain/wire/blobs';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { revokeDevice } from '../../src/server/store/devices';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated } from './support/fixtures';
import { deleteBackup, fakeEnvelope, getBackup, lookupId, putBackup } from './support/packages';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`backups (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    /** Two devices of Gaasperdam (the second restores), one of Driemond. */
    let laptop: string;
    let tablet: string;
    let driemond: string;
    const secrets: string[] = [];

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      laptop = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      tablet = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      driemond = (await deviceToken(db, AREAS.driemond.id)).token;
      secrets.push(laptop, tablet, driemond);
      server = await startTestServer({
        db,
        logLevel: 'trace',
        // Many lookup ids from one device here; tests/server/quotas.test.ts covers the device quotas.
        env: {
          BLOB_RATE_LIMIT: '1000',
          BACKUP_VERSIONS: '3',
          DEVICE_BACKUP_SLOTS: '100',
          DEVICE_BACKUP_MB: '10000',
        },
      });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    const newLookup = (): string => {
      const id = lookupId();
      secrets.push(id);
      return id;
    };

    const upload = async (token: string, lookup: string, envelope: Envelope, status = 201) => {
      const response = await putBackup(server.url, token, lookup, { package: envelope });
      expect(response.status).toBe(status);
      return (await response.json()) as BackupStored;
    };

    const versionsOf = async (token: string, lookup: string): Promise<BackupVersion[]> => {
      const response = await getBackup(server.url, token, `${lookup}/versions`);
      expect(response.status).toBe(200);
      return (await response.json()) as BackupVersion[];
    };

    it('stores versions and gives the newest back to any device of the area', async () => {
      const lookup = newLookup();
      const first = fakeEnvelope('backup', 500);
      const second = fakeEnvelope('backup', 700);
      const one = await upload(laptop, lookup, first);
      expect(one.version).toBe(1);
      expect(new Date(one.createdAt).toISOString()).toBe(one.createdAt);
      const two = await upload(laptop, lookup, second);
      expect(two.version).toBe(2);

      const response = await getBackup(server.url, tablet, lookup);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ package: second, ...two } satisfies StoredBackup);
      const older = await getBackup(server.url, tablet, `${lookup}?version=1`);
      expect(await older.json()).toEqual({ package: first, ...one });
      expect((await getBackup(server.url, tablet, `${lookup}?version=3`)).status).toBe(404);

      const versions = await versionsOf(tablet, lookup);
      expect(versions.map(({ version, createdAt }) => ({ version, createdAt }))).toEqual([two, one]);
      expect(versions[0]?.bytes).toBe(Buffer.byteLength(JSON.stringify(second)));
    });

    it('answers a resend of the newest version with that version, storing nothing twice', async () => {
      const lookup = newLookup();
      const envelope = fakeEnvelope('backup');
      const stored = await upload(laptop, lookup, envelope);
      expect(await upload(tablet, lookup, envelope, 200)).toEqual(stored);
      expect(await versionsOf(laptop, lookup)).toHaveLength(1);
    });

    it('keeps the newest BACKUP_VERSIONS versions', async () => {
      const lookup = newLookup();
      const envelopes = Array.from({ length: 5 }, () => fakeEnvelope('backup'));
      for (const envelope of envelopes) await upload(laptop, lookup, envelope);
      expect((await versionsOf(laptop, lookup)).map((v) => v.version)).toEqual([5, 4, 3]);
      expect((await getBackup(server.url, laptop, `${lookup}?version=2`)).status).toBe(404);
      const newest = (await (await getBackup(server.url, laptop, lookup)).json()) as StoredBackup;
      expect(newest.package).toEqual(envelopes[4]);
    });

    it('numbers concurrent uploads one after another', async () => {
      const lookup = newLookup();
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          putBackup(server.url, i % 2 === 0 ? laptop : tablet, lookup, { package: fakeEnvelope('backup') }),
        ),
      );
      const versions = await Promise.all(
        responses.map(async (response) => {
          expect(response.status).toBe(201);
          return ((await response.json()) as BackupStored).version;
        }),
      );
      expect([...versions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect((await versionsOf(laptop, lookup)).map((v) => v.version)).toEqual([8, 7, 6]);
    });

    it("keeps each area's backups apart: another area finds nothing under the same lookup id", async () => {
      const lookup = newLookup();
      const ours = fakeEnvelope('backup');
      await upload(laptop, lookup, ours);
      for (const path of [lookup, `${lookup}/versions`]) {
        const response = await getBackup(server.url, driemond, path);
        expect(response.status).toBe(404);
        expect(await errorOf(response)).toEqual({
          code: 'backup_unknown',
          message: 'There is no backup for this passphrase in this area',
        });
      }
      const theirs = fakeEnvelope('backup');
      expect((await upload(driemond, lookup, theirs)).version).toBe(1);
      expect(((await (await getBackup(server.url, tablet, lookup)).json()) as StoredBackup).package).toEqual(
        ours,
      );
      expect(
        ((await (await getBackup(server.url, driemond, lookup)).json()) as StoredBackup).package,
      ).toEqual(theirs);
      expect((await deleteBackup(server.url, driemond, lookup)).status).toBe(204);
      expect((await getBackup(server.url, tablet, lookup)).status).toBe(200);
    });

    it('deletes every version of a backup', async () => {
      const lookup = newLookup();
      await upload(laptop, lookup, fakeEnvelope('backup'));
      await upload(laptop, lookup, fakeEnvelope('backup'));
      expect((await deleteBackup(server.url, tablet, lookup)).status).toBe(204);
      expect((await getBackup(server.url, laptop, lookup)).status).toBe(404);
      expect((await getBackup(server.url, laptop, `${lookup}/versions`)).status).toBe(404);
      expect((await deleteBackup(server.url, tablet, lookup)).status).toBe(204);
    });

    it('answers 404 before the first backup', async () => {
      const response = await getBackup(server.url, laptop, newLookup());
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('backup_unknown');
    });

    it('needs the token of an active device', async () => {
      const lookup = newLookup();
      const revoked = await deviceToken(db, AREAS.gaasperdam.id);
      secrets.push(revoked.token);
      await revokeDevice(db, revoked.deviceId);
      for (const [token, status, code] of [
        [undefined, 401, 'unauthorized'],
        ['bgd_unknown', 401, 'unknown_device'],
        [revoked.token, 403, 'device_revoked'],
      ] as const) {
        for (const response of [
          await putBackup(server.url, token, lookup, 'not even json'),
          await getBackup(server.url, token, lookup),
          await getBackup(server.url, token, `${lookup}/versions`),
          await deleteBackup(server.url, token, lookup),
        ]) {
          expect(response.status).toBe(status);
          expect((await errorOf(response)).code).toBe(code);
        }
      }
    });

    it.each<[string, unknown, { path: string; message: string }[]]>([
      [
        'a backup without kdf',
        { package: { ...fakeEnvelope('backup'), kdf: undefined } },
        [{ path: 'body/package/kdf', message: 'is required' }],
      ],
      [
        'a review package',
        { package: { ...fakeEnvelope('review'), kdf: fakeEnvelope('backup').kdf } },
        [{ path: 'body/package/kind', message: 'must be "backup"' }],
      ],
      [
        'a kdf of another kind, a short salt and too many iterations',
        {
          package: {
            ...fakeEnvelope('backup'),
            kdf: { name: 'scrypt', salt: 'AAAA', iterations: 10_000_001 },
          },
        },
        [
          { path: 'body/package/kdf/name', message: 'must be "PBKDF2-SHA-256"' },
          { path: 'body/package/kdf/salt', message: 'must be 16 to 64 bytes in base64url' },
          { path: 'body/package/kdf/iterations', message: 'must be at most 10000000' },
        ],
      ],
      ['no package', {}, [{ path: 'body/package', message: 'is required' }]],
    ])('refuses %s with 400', async (_, body, fields) => {
      const lookup = newLookup();
      const response = await putBackup(server.url, laptop, lookup, body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_request',
        message: 'The request has invalid fields',
        fields,
      });
      expect((await getBackup(server.url, laptop, lookup)).status).toBe(404);
    });

    it.each(['short', `${lookupId()}x`, `${lookupId().slice(1)}.`])(
      'refuses the lookup id "%s" with 400',
      async (lookup) => {
        for (const response of [
          await putBackup(server.url, laptop, lookup, { package: fakeEnvelope('backup') }),
          await getBackup(server.url, laptop, lookup),
        ]) {
          expect(response.status).toBe(400);
          expect((await errorOf(response)).fields?.[0]?.path).toBe('params/lookupId');
        }
      },
    );

    it('takes backups over the default body limit, up to BACKUP_MAX_MB', async () => {
      const lookup = newLookup();
      const large = fakeEnvelope('backup', 3 * 1024 * 1024);
      await upload(laptop, lookup, large);
      const read = (await (await getBackup(server.url, tablet, lookup)).json()) as StoredBackup;
      expect(read.package.data).toBe(large.data);

      const small = await startTestServer({ db, env: { BACKUP_MAX_MB: '1', DEVICE_BACKUP_SLOTS: '100' } });
      try {
        const response = await putBackup(small.url, laptop, newLookup(), {
          package: fakeEnvelope('backup', 1024 * 1024),
        });
        expect(response.status).toBe(413);
        expect(await errorOf(response)).toEqual({
          code: 'payload_too_large',
          message: 'The request body is larger than 1 MiB',
        });
      } finally {
        await small.close();
      }
    });

    it('limits requests per device with 429', async () => {
      const limited = await startTestServer({
        db,
        env: { BLOB_RATE_LIMIT: '2', DEVICE_BACKUP_SLOTS: '100' },
      });
      try {
        const lookup = newLookup();
        for (let i = 0; i < 2; i++) {
          expect(
            (await putBackup(limited.url, laptop, lookup, { package: fakeEnvelope('backup') })).status,
          ).toBe(201);
        }
        const refused = await putBackup(limited.url, laptop, lookup, { package: fakeEnvelope('backup') });
        expect(refused.status).toBe(429);
        expect((await errorOf(refused)).code).toBe('too_many_requests');
        expect(
          (await putBackup(limited.url, tablet, lookup, { package: fakeEnvelope('backup') })).status,
        ).toBe(201);
      } finally {
        await limited.close();
      }
    });

    it('never logs lookup ids or tokens', () => {
      const logs = server.logs.join('\n');
      expect(logs).toContain('"path":"/api/backups/:lookupId"');
      expect(logs).toContain('"path":"/api/backups/:lookupId/versions"');
      for (const secret of secrets) expect(logs).not.toContain(secret);
    });
  });
}
