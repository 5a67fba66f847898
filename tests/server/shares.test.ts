import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRetentionIn } from '../../src/domain/configuration/retention';
import {
  BLOB_LIMITS,
  type Envelope,
  type FeedbackSaved,
  maxDataChars,
  type ShareCreated,
  type SharedPackage,
} from '../../src/domain/wire/blobs';
import { hashSecret } from '../../src/server/auth/secrets';
import type { Database } from '../../src/server/db/database';
import type { ApiErrorBody } from '../../src/server/http/api-error';
import { loggedPath } from '../../src/server/http/logging';
import { changeLayer } from '../../src/server/store/configuration';
import { revokeDevice } from '../../src/server/store/devices';
import { purgeShares } from '../../src/server/store/shares';
import { databaseTargets, type TestStorage } from './support/databases';
import { AREAS, createAreas, deviceToken, migrated } from './support/fixtures';
import {
  deleteShare,
  fakeEnvelope,
  getShare,
  kdf,
  postShare,
  putFeedback,
  replyToken,
} from './support/packages';
import { startTestServer, type TestServer } from './support/server';

const targets = await databaseTargets();
const DAY_MS = 24 * 60 * 60 * 1000;

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

/** Base64url data of exactly `chars` characters that is whole bytes (never 4n + 1 long). */
function dataOf(chars: number): string {
  return 'A'.repeat(chars % 4 === 1 ? chars - 1 : chars);
}

describe('loggedPath', () => {
  it.each([
    ['/api/shares/abcDEF_-0123456789abcd', '/api/shares/:id'],
    ['/api/shares/abcDEF_-0123456789abcd/feedback?x=1', '/api/shares/:id/feedback'],
    ['//api//shares/abcDEF', '//api//shares/:id'],
    ['/API/Shares/abcDEF', '/API/Shares/:id'],
    ['/api/backups/lookup-id/versions', '/api/backups/:lookupId/versions'],
    ['/review/abcDEF_-0123456789abcd', '/review/:shareId'],
    ['/review', '/review'],
    ['/reviews', '/reviews'],
    ['/api/shares', '/api/shares'],
    ['/api/health', '/api/health'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggedPath(url)).toBe(logged);
  });
});

for (const target of targets) {
  describe.skipIf(!target.available)(`shares for coach review (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;
    /** The interviewer's device, another device of the same area, and one of another area. */
    let owner: { token: string; deviceId: string };
    let colleague: string;
    const secrets: string[] = [];

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      owner = await deviceToken(db, AREAS.gaasperdam.id);
      colleague = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      secrets.push(owner.token, colleague);
      // The most verbose level: no id or token may reach the logs even there.
      server = await startTestServer({
        db,
        logLevel: 'trace',
        env: { BLOB_RATE_LIMIT: '1000', SHARE_READ_RATE_LIMIT: '1000' },
      });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    /** A new share by the owner; answers its id, package and the coach's reply token. */
    const share = async (
      envelope: Envelope = fakeEnvelope('review'),
    ): Promise<{ id: string; token: string; envelope: Envelope; expiresAt: string }> => {
      const reply = replyToken();
      const response = await postShare(server.url, owner.token, {
        package: envelope,
        replyTokenHash: reply.hash,
      });
      expect(response.status).toBe(201);
      const created = (await response.json()) as ShareCreated;
      secrets.push(created.id, reply.token);
      return { id: created.id, token: reply.token, envelope, expiresAt: created.expiresAt };
    };

    const read = async (id: string): Promise<SharedPackage> => {
      const response = await getShare(server.url, id);
      expect(response.status).toBe(200);
      return (await response.json()) as SharedPackage;
    };

    const stored = async (id: string) =>
      (
        await db.query<{ package: string | null; feedback: string | null; closed: boolean }>(
          'select package, feedback, closed_at is not null as closed from shares where id_hash = $1',
          [hashSecret(id)],
        )
      ).rows[0];

    it('stores a review package and gives it back to whoever has the link, without feedback yet', async () => {
      const before = Date.now();
      const { id, envelope, expiresAt } = await share(fakeEnvelope('review', 1000));
      // 128 random bits, base64url.
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
      const expires = Date.parse(expiresAt);
      expect(expires).toBeGreaterThanOrEqual(before + 14 * DAY_MS - 60_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + 14 * DAY_MS + 60_000);

      const response = await getShare(server.url, id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        package: envelope,
        feedback: null,
        feedbackAt: null,
        expiresAt,
      });
    });

    it('gives every share a different id', async () => {
      const ids = await Promise.all(Array.from({ length: 20 }, async () => (await share()).id));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('keeps an optional kdf on a review package as sent', async () => {
      const envelope = { ...fakeEnvelope('review'), kdf: kdf() };
      const { id } = await share(envelope);
      expect((await read(id)).package).toEqual(envelope);
    });

    it("takes the coach's feedback with the reply token, and replaces it on a second answer", async () => {
      const { id, token, envelope } = await share();
      const first = fakeEnvelope('feedback');
      const saved = await putFeedback(server.url, id, token, { package: first });
      expect(saved.status).toBe(200);
      const { feedbackAt } = (await saved.json()) as FeedbackSaved;
      expect(await read(id)).toMatchObject({ package: envelope, feedback: first, feedbackAt });

      const second = fakeEnvelope('feedback', 300);
      const again = await putFeedback(server.url, id, token, { package: second });
      expect(again.status).toBe(200);
      const later = (await again.json()) as FeedbackSaved;
      expect(Date.parse(later.feedbackAt)).toBeGreaterThanOrEqual(Date.parse(feedbackAt));
      expect(await read(id)).toMatchObject({
        package: envelope,
        feedback: second,
        feedbackAt: later.feedbackAt,
      });
    });

    it('refuses feedback without the right reply token with 401, before reading the body', async () => {
      const { id, token } = await share();
      const other = await share();
      const wrong: [string | undefined, string][] = [
        [undefined, 'unauthorized'],
        [replyToken().token, 'reply_token_wrong'],
        [other.token, 'reply_token_wrong'],
        [owner.token, 'reply_token_wrong'],
        [`${token}x`, 'reply_token_wrong'],
      ];
      for (const [bearer, code] of wrong) {
        const response = await putFeedback(server.url, id, bearer, 'not even json');
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect((await errorOf(response)).code).toBe(code);
      }
      expect((await read(id)).feedback).toBeNull();
    });

    it('answers 404 share_unknown for an id it does not know', async () => {
      const { token } = await share();
      for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'short', 'x'.repeat(60), '%00']) {
        for (const response of [
          await getShare(server.url, id),
          await putFeedback(server.url, id, token, { package: fakeEnvelope('feedback') }),
          await deleteShare(server.url, id, token),
        ]) {
          expect(response.status).toBe(404);
          expect(await errorOf(response)).toEqual({
            code: 'share_unknown',
            message: 'This share is not known; check the link',
          });
        }
      }
    });

    it('lets the coach close the review: both packages are deleted, the link answers 410', async () => {
      const { id, token } = await share();
      expect((await putFeedback(server.url, id, token, { package: fakeEnvelope('feedback') })).status).toBe(
        200,
      );
      const closed = await deleteShare(server.url, id, token);
      expect(closed.status).toBe(204);
      expect(await stored(id)).toEqual({ package: null, feedback: null, closed: true });

      const gone = await getShare(server.url, id);
      expect(gone.status).toBe(410);
      expect(await errorOf(gone)).toEqual({
        code: 'share_expired',
        message: 'This share has expired or was closed; its packages are deleted',
      });
      const late = await putFeedback(server.url, id, token, { package: fakeEnvelope('feedback') });
      expect(late.status).toBe(410);
      // Closing again (a lost answer, or the other side) is fine.
      expect((await deleteShare(server.url, id, token)).status).toBe(204);
      expect((await deleteShare(server.url, id, owner.token)).status).toBe(204);
    });

    it('lets the device that made the share close it, and no other device', async () => {
      const { id } = await share();
      const other = await deviceToken(db, AREAS.driemond.id);
      secrets.push(other.token);
      for (const [token, status, code] of [
        [colleague, 403, 'forbidden'],
        [other.token, 403, 'forbidden'],
        ['bgd_unknown', 401, 'unknown_device'],
        [undefined, 401, 'unauthorized'],
      ] as const) {
        const response = await deleteShare(server.url, id, token);
        expect(response.status).toBe(status);
        expect((await errorOf(response)).code).toBe(code);
      }
      expect((await read(id)).package).toBeDefined();
      expect((await deleteShare(server.url, id, owner.token)).status).toBe(204);
      expect((await getShare(server.url, id)).status).toBe(410);
    });

    it('refuses a revoked device, for making a share and for closing one', async () => {
      const device = await deviceToken(db, AREAS.gaasperdam.id);
      secrets.push(device.token);
      const reply = replyToken();
      const made = await postShare(server.url, device.token, {
        package: fakeEnvelope('review'),
        replyTokenHash: reply.hash,
      });
      const { id } = (await made.json()) as ShareCreated;
      secrets.push(id, reply.token);
      await revokeDevice(db, device.deviceId);
      for (const response of [
        await postShare(server.url, device.token, {
          package: fakeEnvelope('review'),
          replyTokenHash: reply.hash,
        }),
        await deleteShare(server.url, id, device.token),
      ]) {
        expect(response.status).toBe(403);
        expect((await errorOf(response)).code).toBe('device_revoked');
      }
      // The coach can still close it.
      expect((await deleteShare(server.url, id, reply.token)).status).toBe(204);
    });

    it('needs a device token to share: none or an unknown one is 401', async () => {
      const body = { package: fakeEnvelope('review'), replyTokenHash: replyToken().hash };
      for (const [token, code] of [
        [undefined, 'unauthorized'],
        ['bgd_unknown', 'unknown_device'],
        ['bgr_session', 'unknown_device'],
      ] as const) {
        const response = await postShare(server.url, token, body);
        expect(response.status).toBe(401);
        expect((await errorOf(response)).code).toBe(code);
      }
    });

    it('answers 410 once a share has expired, before the purge empties it', async () => {
      const { id, token } = await share();
      await db.query(`update shares set expires_at = now() - interval '1 second' where id_hash = $1`, [
        hashSecret(id),
      ]);
      expect((await getShare(server.url, id)).status).toBe(410);
      const late = await putFeedback(server.url, id, token, { package: fakeEnvelope('feedback') });
      expect(late.status).toBe(410);
      expect((await errorOf(late)).code).toBe('share_expired');
      expect((await stored(id))?.feedback).toBeNull();
      expect((await deleteShare(server.url, id, token)).status).toBe(204);
      expect(await stored(id)).toEqual({ package: null, feedback: null, closed: true });
    });

    it('purges expired packages, and tombstones 30 days after the share ended', async () => {
      const expired = await share();
      const open = await share();
      const oldTombstone = await share();
      const oldClosed = await share();
      const recentClosed = await share();
      expect(
        (await putFeedback(server.url, expired.id, expired.token, { package: fakeEnvelope('feedback') }))
          .status,
      ).toBe(200);
      const setExpiry = (id: string, sql: string) =>
        db.query(`update shares set expires_at = ${sql} where id_hash = $1`, [hashSecret(id)]);
      await setExpiry(expired.id, "now() - interval '1 minute'");
      await setExpiry(oldTombstone.id, "now() - interval '31 days'");
      for (const { id, token } of [oldClosed, recentClosed]) {
        expect((await deleteShare(server.url, id, token)).status).toBe(204);
      }
      await db.query(`update shares set closed_at = now() - interval '31 days' where id_hash = $1`, [
        hashSecret(oldClosed.id),
      ]);

      const purged = await purgeShares(db);
      expect(purged.emptied).toBeGreaterThanOrEqual(2);
      expect(purged.deleted).toBeGreaterThanOrEqual(2);
      expect(await stored(expired.id)).toEqual({ package: null, feedback: null, closed: false });
      expect((await getShare(server.url, expired.id)).status).toBe(410);
      expect((await getShare(server.url, recentClosed.id)).status).toBe(410);
      for (const { id } of [oldTombstone, oldClosed]) {
        expect(await stored(id)).toBeUndefined();
        expect((await getShare(server.url, id)).status).toBe(404);
      }
      expect((await read(open.id)).package).toEqual(open.envelope);
      expect(await purgeShares(db)).toEqual({ emptied: 0, deleted: 0 });
    });

    it('purges when the server starts', async () => {
      const { id } = await share();
      await db.query(`update shares set expires_at = now() - interval '1 minute' where id_hash = $1`, [
        hashSecret(id),
      ]);
      const restarted = await startTestServer({ db });
      try {
        // The log line follows the purge's last statement, so it is the later of the two to appear.
        await expect
          .poll(() => restarted.logs.join('\n'), { timeout: 5_000 })
          .toContain('purged expired shares');
        expect((await stored(id))?.package).toBeNull();
      } finally {
        await restarted.close();
      }
    });

    it('takes SHARE_DAYS for the expiry', async () => {
      const short = await startTestServer({ db, env: { SHARE_DAYS: '1' } });
      try {
        const response = await postShare(short.url, owner.token, {
          package: fakeEnvelope('review'),
          replyTokenHash: replyToken().hash,
        });
        const { id, expiresAt } = (await response.json()) as ShareCreated;
        secrets.push(id);
        expect(Math.abs(Date.parse(expiresAt) - Date.now() - DAY_MS)).toBeLessThan(60_000);
      } finally {
        await short.close();
      }
    });

    it("takes the area's configured shareDays when shorter than SHARE_DAYS", async () => {
      // An area of its own, so the setting reaches no other test here.
      const scope = { kind: 'area', areaId: AREAS.driemond.id } as const;
      const shorter = await changeLayer(
        db,
        [{ kind: 'organisation' }, scope],
        { actor: 'test', action: 'set-retention', detail: { shareDays: 2 } },
        (layer) => setRetentionIn(layer, scope, { shareDays: 2 }),
      );
      if (!shorter.ok) throw new Error(shorter.problem);
      const device = await deviceToken(db, AREAS.driemond.id);
      const response = await postShare(server.url, device.token, {
        package: fakeEnvelope('review'),
        replyTokenHash: replyToken().hash,
      });
      const { id, expiresAt } = (await response.json()) as ShareCreated;
      secrets.push(id);
      expect(Math.abs(Date.parse(expiresAt) - Date.now() - 2 * DAY_MS)).toBeLessThan(60_000);
    });

    const review = fakeEnvelope('review');
    it.each<[string, unknown, { path: string; message: string }[]]>([
      [
        'a feedback package',
        { package: { ...review, kind: 'feedback' }, replyTokenHash: replyToken().hash },
        [{ path: 'body/package/kind', message: 'must be "review"' }],
      ],
      [
        'another format, version and cipher',
        {
          package: { ...review, format: 'zip', version: 2, cipher: 'AES-CBC' },
          replyTokenHash: replyToken().hash,
        },
        [
          { path: 'body/package/format', message: 'must be "buurtgesprek-package"' },
          { path: 'body/package/version', message: 'must be 1' },
          { path: 'body/package/cipher', message: 'must be "AES-GCM-256"' },
        ],
      ],
      [
        'an iv of the wrong length, and data that is no base64url',
        {
          package: { ...review, iv: 'AAAA', data: `${'A'.repeat(40)}==` },
          replyTokenHash: replyToken().hash,
        },
        [
          { path: 'body/package/iv', message: 'must be 12 bytes in base64url' },
          { path: 'body/package/data', message: 'must be ciphertext in base64url without padding' },
        ],
      ],
      [
        'data shorter than a GCM tag, and no hash',
        { package: { ...review, data: 'AAAA' } },
        [
          { path: 'body/package/data', message: 'must be ciphertext in base64url without padding' },
          { path: 'body/replyTokenHash', message: 'is required' },
        ],
      ],
      [
        'a reply token instead of its hash',
        { package: review, replyTokenHash: 'secret' },
        [{ path: 'body/replyTokenHash', message: 'must be a SHA-256 in base64url (43 characters)' }],
      ],
      [
        'a kdf with too few iterations',
        { package: { ...review, kdf: { ...kdf(), iterations: 1000 } }, replyTokenHash: replyToken().hash },
        [{ path: 'body/package/kdf/iterations', message: 'must be at least 100000' }],
      ],
      [
        'fields the envelope does not have',
        { package: { ...review, note: 'Jan' }, replyTokenHash: replyToken().hash, key: 'k' },
        [
          { path: 'body/package/note', message: 'is not an allowed field' },
          { path: 'body/key', message: 'is not an allowed field' },
        ],
      ],
      ['a list', [review], [{ path: 'body', message: 'must be an object' }]],
    ])('refuses %s with 400 and the field paths', async (_, body, fields) => {
      const response = await postShare(server.url, owner.token, body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_request',
        message: 'The request has invalid fields',
        fields,
      });
    });

    it('refuses feedback that is not a feedback package with 400', async () => {
      const { id, token } = await share();
      const response = await putFeedback(server.url, id, token, { package: fakeEnvelope('review') });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).fields).toEqual([
        { path: 'body/package/kind', message: 'must be "feedback"' },
      ]);
      expect((await read(id)).feedback).toBeNull();
    });

    it('accepts the largest package, refuses longer data with 400 and a larger body with 413', async () => {
      const limit = maxDataChars(BLOB_LIMITS.shareBodyBytes);
      const largest = { ...fakeEnvelope('review'), data: dataOf(limit) };
      const { id } = await share(largest);
      expect((await read(id)).package.data).toHaveLength(largest.data.length);

      const longer = await postShare(server.url, owner.token, {
        package: { ...largest, data: 'A'.repeat(limit + 3) },
        replyTokenHash: replyToken().hash,
      });
      expect(longer.status).toBe(400);
      expect((await errorOf(longer)).fields).toEqual([
        { path: 'body/package/data', message: `must be at most ${limit} characters` },
      ]);

      const tooLarge = await postShare(server.url, owner.token, {
        package: { ...largest, data: 'A'.repeat(BLOB_LIMITS.shareBodyBytes) },
        replyTokenHash: replyToken().hash,
      });
      expect(tooLarge.status).toBe(413);
      expect(await errorOf(tooLarge)).toEqual({
        code: 'payload_too_large',
        message: 'The request body is larger than 2 MiB',
      });
    });

    it('takes feedback up to 1 MiB', async () => {
      const { id, token } = await share();
      const limit = maxDataChars(BLOB_LIMITS.feedbackBodyBytes);
      const largest = { ...fakeEnvelope('feedback'), data: dataOf(limit) };
      expect((await putFeedback(server.url, id, token, { package: largest })).status).toBe(200);
      const tooLarge = await putFeedback(server.url, id, token, {
        package: { ...largest, data: 'A'.repeat(BLOB_LIMITS.feedbackBodyBytes) },
      });
      expect(tooLarge.status).toBe(413);
      expect((await errorOf(tooLarge)).message).toBe('The request body is larger than 1 MiB');
    });

    it('limits writes per credential and reads per address with 429', async () => {
      const limited = await startTestServer({
        db,
        env: { BLOB_RATE_LIMIT: '2', SHARE_READ_RATE_LIMIT: '3' },
      });
      try {
        const body = () => ({ package: fakeEnvelope('review'), replyTokenHash: replyToken().hash });
        expect((await postShare(limited.url, owner.token, body())).status).toBe(201);
        expect((await postShare(limited.url, owner.token, body())).status).toBe(201);
        const refused = await postShare(limited.url, owner.token, body());
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
        expect((await errorOf(refused)).code).toBe('too_many_requests');
        // Another device has its own allowance.
        expect((await postShare(limited.url, colleague, body())).status).toBe(201);

        const { id } = await share();
        for (let i = 0; i < 3; i++) expect((await getShare(limited.url, id)).status).toBe(200);
        expect((await getShare(limited.url, id)).status).toBe(429);
      } finally {
        await limited.close();
      }
    });

    it('never logs share ids, reply tokens or device tokens', () => {
      const logs = server.logs.join('\n');
      expect(logs).toContain('"path":"/api/shares/:id"');
      expect(logs).toContain('"path":"/api/shares/:id/feedback"');
      expect(secrets.length).toBeGreaterThan(40);
      for (const secret of secrets) expect(logs).not.toContain(secret);
    });
  });
}
