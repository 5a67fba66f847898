import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation } from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { storeEnrolment } from '../../src/db/enrolment';
import { makeAllDue } from '../../src/db/outbox';
import { approveSummary, holdBackSummary } from '../../src/db/sharing';
import type { Summary } from '../../src/domain/wire/summary';
import type { Database } from '../../src/server/db/database';
import { revokeDevice } from '../../src/server/store/devices';
import type { ServerClient } from '../../src/sync/api';
import { type DrainProgress, drainOutbox } from '../../src/sync/drain';
import { enrol } from '../../src/sync/enrol';
import { type ChildServer, spawnServer } from './support/child-server';
import { databaseTargets, type TestStorage } from './support/databases';
import {
  AREAS,
  counter,
  createAreas,
  deviceToken,
  enrolmentCode,
  migrated,
  postSummaries,
  summary,
} from './support/fixtures';
import { startTestServer, type TestServer } from './support/server';

/**
 * The device's side of sync against the real server: the outbox in IndexedDB (fake-indexeddb),
 * drained by the same code the page and the service worker run.
 */
const targets = await databaseTargets();

let device: BuurtgesprekDatabase;
beforeEach(async () => {
  device = new BuurtgesprekDatabase(`drain-${Math.random()}`);
  await device.open();
});
afterEach(async () => {
  await device.delete();
});

const clientOf = (url: string, onFetch?: (call: number) => void): ServerClient => {
  let calls = 0;
  return {
    baseUrl: url,
    fetch: (input, init) => {
      calls += 1;
      onFetch?.(calls);
      return fetch(input, init);
    },
  };
};

async function enrolled(token: string, areaId: string = AREAS.gaasperdam.id) {
  await storeEnrolment(device, { deviceToken: token, area: { id: areaId, name: areaId }, enrolledAt: 0 });
}

/** Approves `count` summaries, one per invented conversation, as the preview would. */
async function approveMany(count: number, overrides: Partial<Summary> = {}): Promise<Summary[]> {
  const summaries = Array.from({ length: count }, () => summary(overrides));
  for (const [index, item] of summaries.entries()) await approveSummary(device, `c${index}`, item, 0);
  return summaries;
}

for (const target of targets) {
  describe.skipIf(!target.available)(`draining the outbox (${target.kind})`, () => {
    let storage: TestStorage;
    let db: Database;
    let server: TestServer;

    beforeAll(async () => {
      storage = await target.createStorage();
      db = await migrated(await storage.open());
      await createAreas(db);
      server = await startTestServer({ db, logLevel: 'warn', env: { SUMMARY_RATE_LIMIT: '10000' } });
    });
    afterAll(async () => {
      await server?.close();
      await storage?.dispose();
    });

    it('sends everything due, shows progress, and empties the outbox only as the server acknowledges', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      const before = await counter(db, AREAS.gaasperdam.id, 'n');
      await approveMany(250, { period: { year: 2027, quarter: 1 } });
      const progress: DrainProgress[] = [];
      const outcome = await drainOutbox({
        db: device,
        client: clientOf(server.url),
        onProgress: (p) => progress.push(p),
      });
      expect(outcome).toEqual({ kind: 'done', sent: 250 });
      expect(progress.map((p) => p.sent)).toEqual([0, 100, 200, 250]);
      expect(progress.every((p) => p.total === 250)).toBe(true);
      expect(await device.outbox.count()).toBe(0);
      const decisions = await device.sharing.toArray();
      expect(decisions.every((d) => d.sentRevision === 1 && d.sentAt !== null)).toBe(true);
      expect((await counter(db, AREAS.gaasperdam.id, 'n')) - before).toBe(250);
    });

    it('counts the same outbox drained by two tabs at once only once', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      const before = await counter(db, AREAS.gaasperdam.id, 'n');
      await approveMany(120);
      const [a, b] = await Promise.all([
        drainOutbox({ db: device, client: clientOf(server.url) }),
        drainOutbox({ db: device, client: clientOf(server.url) }),
      ]);
      expect(a.kind).toBe('done');
      expect(b.kind).toBe('done');
      expect(await device.outbox.count()).toBe(0);
      expect((await counter(db, AREAS.gaasperdam.id, 'n')) - before).toBe(120);
    });

    it('sends a correction as a new revision that replaces the old one in the aggregates', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      const [first] = await approveMany(1, { period: { year: 2028, quarter: 3 }, themeIds: ['wonen'] });
      if (!first) throw new Error('no summary');
      await drainOutbox({ db: device, client: clientOf(server.url) });
      await approveSummary(device, 'c0', { ...first, revision: 2, themeIds: ['taal'] }, 1);
      expect(await drainOutbox({ db: device, client: clientOf(server.url) })).toEqual({
        kind: 'done',
        sent: 1,
      });
      const { rows } = await db.query<{ key: string; conversations: number }>(
        `select key, conversations from area_counts
          where dimension = 't' and year = 2028 and quarter = 3 and conversations > 0`,
      );
      expect(rows).toEqual([{ key: 'taal', conversations: 1 }]);
      expect((await device.sharing.get('c0'))?.sentRevision).toBe(2);
    });

    it('keeps a refused summary with its reason and still sends the others of its batch', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      await approveMany(5);
      // A summary for another area: the server refuses the batch and names it.
      const foreign = summary({ areaId: AREAS.driemond.id });
      await approveSummary(device, 'foreign', foreign, 0);
      const outcome = await drainOutbox({ db: device, client: clientOf(server.url) });
      expect(outcome).toEqual({ kind: 'done', sent: 5 });
      expect(await device.outbox.count()).toBe(1);
      expect(await device.outbox.get(foreign.id)).toMatchObject({ lastError: 'wrong-area', attempts: 1 });
    });

    it('keeps back a summary whose quote still names someone, and sends the others of its batch', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      await approveMany(4);
      // What an old app version or a modified client might send: a quote the anonymiser would change.
      const named = summary({
        quotes: [{ text: 'Mijn buurman Kwame Mensah helpt iedereen met formulieren.' }],
      });
      await approveSummary(device, 'named', named, 0);
      const outcome = await drainOutbox({ db: device, client: clientOf(server.url) });
      expect(outcome).toEqual({ kind: 'done', sent: 4 });
      expect(await device.outbox.count()).toBe(1);
      expect(await device.outbox.get(named.id)).toMatchObject({ lastError: 'rejected', attempts: 1 });
      const { rows } = await db.query('select 1 from summaries where id = $1', [named.id]);
      expect(rows).toEqual([]);
    });

    it('stops for a revoked device and keeps everything, and waits until enrolment when not enrolled', async () => {
      await approveMany(3);
      expect(await drainOutbox({ db: device, client: clientOf(server.url) })).toEqual({
        kind: 'stopped',
        sent: 0,
        problem: 'not-enrolled',
      });
      const { token, deviceId } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      await revokeDevice(db, deviceId);
      await makeAllDue(device, Date.now());
      expect(await drainOutbox({ db: device, client: clientOf(server.url) })).toEqual({
        kind: 'stopped',
        sent: 0,
        problem: 'device-revoked',
      });
      const left = await device.outbox.toArray();
      expect(left.map((entry) => entry.lastError)).toEqual([
        'device-revoked',
        'device-revoked',
        'device-revoked',
      ]);
    });

    it('withdraws a sent summary when consent is withdrawn: counted no more, and not again when resent', async () => {
      const { token } = await deviceToken(db, AREAS.gaasperdam.id);
      await enrolled(token);
      const [sent] = await approveMany(1, { period: { year: 2029, quarter: 4 } });
      if (!sent) throw new Error('no summary');
      await drainOutbox({ db: device, client: clientOf(server.url) });
      const counted = () => counter(db, AREAS.gaasperdam.id, 'n');
      const before = await counted();

      await eraseConversation(device, 'c0');
      expect(await device.withdrawals.count()).toBe(1);
      expect(await drainOutbox({ db: device, client: clientOf(server.url) })).toEqual({
        kind: 'done',
        sent: 0,
      });
      expect(await device.withdrawals.count()).toBe(0);
      expect(await counted()).toBe(before - 1);
      const again = await postSummaries(server.url, token, { summaries: [sent] });
      expect(((await again.json()) as { results: { status: string }[] }).results[0]?.status).toBe(
        'withdrawn',
      );
      expect(await counted()).toBe(before - 1);
    });

    it('leaves nothing to withdraw for a conversation whose summary never left the device', async () => {
      await approveMany(1);
      await holdBackSummary(device, 'c0', (await device.sharing.get('c0'))?.summaryId ?? '', 1, 1);
      await eraseConversation(device, 'c0');
      expect(await device.withdrawals.count()).toBe(0);
    });

    it('enrols with a typed code once, and says why a code is refused', async () => {
      const client = clientOf(server.url);
      expect(await enrol(client, 'abc')).toEqual({ ok: false, problem: 'malformed' });
      expect(await enrol(client, 'ABCD-EFGH-JKMN')).toEqual({ ok: false, problem: 'unknown-code' });
      const code = await enrolmentCode(db, AREAS.driemond.id);
      const typed = code
        .toLowerCase()
        .replace(/(.{4})/g, '$1 ')
        .replace(/0/g, 'o');
      const result = await enrol(client, typed);
      expect(result).toMatchObject({ ok: true, response: { area: AREAS.driemond } });
      expect(await enrol(client, code)).toEqual({ ok: false, problem: 'used-code' });
      expect(await enrol(clientOf('http://127.0.0.1:9'), code)).toEqual({
        ok: false,
        problem: 'server-unreachable',
      });
    });
  });

  describe.skipIf(!target.available)(`a server killed in the middle of a drain (${target.kind})`, () => {
    let storage: TestStorage;
    let staticDir: string;
    let env: Record<string, string>;
    let token: string;
    const running: ChildServer[] = [];

    beforeAll(async () => {
      storage = await target.createStorage();
      staticDir = await mkdtemp(join(tmpdir(), 'bg-drain-dist-'));
      env = { ...storage.env, STATIC_DIR: staticDir, LOG_LEVEL: 'warn', SUMMARY_RATE_LIMIT: '10000' };
      const db = await migrated(await storage.open());
      await createAreas(db);
      token = (await deviceToken(db, AREAS.gaasperdam.id)).token;
      await db.close();
    });
    afterAll(async () => {
      for (const server of running) server.process.kill('SIGKILL');
      await Promise.all(running.map((server) => server.exited));
      await storage?.dispose();
      if (staticDir !== undefined) await rm(staticDir, { recursive: true, force: true });
    });

    it('loses nothing and counts nothing twice', async () => {
      await enrolled(token);
      await approveMany(300);
      const first = await spawnServer(env);
      running.push(first);
      // The fourth batch is on its way when the server dies.
      const killOnFourth = clientOf(first.url, (call) => {
        if (call === 4) setTimeout(() => first.process.kill('SIGKILL'), 5);
      });
      const cut = await drainOutbox({ db: device, client: killOnFourth, batchSize: 20 });
      expect(cut).toMatchObject({ kind: 'stopped', problem: 'server-unreachable' });
      if (cut.kind !== 'stopped') throw new Error('expected a stop');
      expect(cut.sent).toBeGreaterThanOrEqual(60);
      expect(cut.sent).toBeLessThan(300);
      expect(await device.outbox.count()).toBe(300 - cut.sent);
      await first.exited;

      const second = await spawnServer(env);
      running.push(second);
      await makeAllDue(device, Date.now());
      const rest = await drainOutbox({ db: device, client: clientOf(second.url), batchSize: 20 });
      expect(rest).toEqual({ kind: 'done', sent: 300 - cut.sent });
      expect(await device.outbox.count()).toBe(0);
      second.process.kill('SIGTERM');
      await second.exited;

      const db = await storage.open();
      const { rows } = await db.query<{ n: number }>('select count(*)::int8 as n from summaries');
      expect(rows[0]?.n).toBe(300);
      expect(await counter(db, AREAS.gaasperdam.id, 'n')).toBe(300);
      await db.close();
    });
  });
}
