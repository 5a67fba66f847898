import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { storeEnrolment } from '../../../src/db/enrolment';
import { dueCount, nextAttemptAt } from '../../../src/db/outbox';
import { approveSummary } from '../../../src/db/sharing';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { uuidv4 } from '../../../src/domain/uuid';
import { refusalProblem } from '../../../src/sync/api';
import { drainOutbox } from '../../../src/sync/drain';
import { completedConversation } from '../flows/support/conversations';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`drain-busy-${Math.random()}`);
  await db.open();
  await storeEnrolment(db, {
    deviceToken: 'device-token',
    area: { id: 'gaasperdam', name: 'Gaasperdam' },
    enrolledAt: 0,
  });
});
afterEach(async () => {
  await db.delete();
});

/** The server as it answers when its database is away or its pool is full (docs/server.md). */
const answering = (status: number, headers: Record<string, string>) => ({
  baseUrl: 'http://server.invalid',
  fetch: async () =>
    new Response(JSON.stringify({ error: { code: 'unavailable', message: 'later' } }), { status, headers }),
});

describe('a busy server', () => {
  it.each([
    [429, 'rate limited'],
    [503, 'overloaded or between database connections'],
  ])('%i (%s) with Retry-After: the outbox waits as long as it was told', async (status) => {
    const summary = encodeSummary(completedConversation('c1'), uuidv4(), []);
    await approveSummary(db, 'c1', summary, 0);
    const outcome = await drainOutbox({
      db,
      client: answering(status, { 'retry-after': '30' }),
      now: () => 1_000,
    });
    expect(outcome).toMatchObject({ kind: 'stopped', problem: 'busy' });
    expect(await dueCount(db, 1_000)).toBe(0);
    expect(await nextAttemptAt(db)).toBe(31_000);
  });
});

describe('a refusal, in the words the sync status uses (summaries, withdrawals and shares alike)', () => {
  it.each([
    [401, {}, '', 'device-unknown'],
    [403, {}, 'device_revoked', 'device-revoked'],
    [403, {}, 'wrong_area', 'wrong-area'],
    [429, { 'retry-after': '10' }, 'rate_limited', 'busy'],
    [503, { 'retry-after': '5' }, 'unavailable', 'busy'],
    [503, {}, 'unavailable', 'server-error'],
    [400, {}, 'invalid_request', 'rejected'],
    [500, {}, 'internal_error', 'server-error'],
  ])('%i %o %s is %s', (status, headers, code, problem) => {
    expect(refusalProblem(new Response(null, { status, headers }), code)).toBe(problem);
  });
});
