import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import {
  acknowledge,
  discardForConversation,
  dueEntries,
  makeAllDue,
  nextAttemptAt,
  postponeAllDue,
  recordFailures,
} from '../../../src/db/outbox';
import { approveSummary, holdBackSummary, sharingStatusOf, summaryIdFor } from '../../../src/db/sharing';
import { UUID_V4_PATTERN, uuidv7 } from '../../../src/domain/uuid';
import { VALUE_IDS } from '../../../src/domain/values';
import type { Summary } from '../../../src/domain/wire/summary';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`outbox-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function summary(id: string, revision = 1): Summary {
  return {
    id,
    revision,
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: 4 },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: 'oudere',
    values: Object.fromEntries(
      VALUE_IDS.map((v) => [v, { experienced: 0, missing: 0 }]),
    ) as Summary['values'],
    themeIds: [],
    obstacleThemeIds: [],
    quotes: [],
  };
}

const completed = (revision: number) => ({
  status: 'completed' as const,
  revision,
  consent: { notes: true, themesAndValues: true, quotes: false, recordedAt: 0 },
});

describe('the outbox', () => {
  it('keeps a failed entry, with its reason, and schedules it later without ever giving up', async () => {
    const id = uuidv7();
    await approveSummary(db, 'c1', summary(id), 1_000);
    expect((await dueEntries(db, 1_000)).map((e) => e.id)).toEqual([id]);
    for (let attempt = 1; attempt <= 50; attempt++) await recordFailures(db, [id], 'offline', 1_000, () => 1);
    const stored = await db.outbox.get(id);
    expect(stored).toMatchObject({ attempts: 50, lastError: 'offline', nextAttemptAt: 1_000 + 5 * 60_000 });
    expect(await dueEntries(db, 1_000)).toEqual([]);
    expect(await nextAttemptAt(db)).toBe(1_000 + 5 * 60_000);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(1) })).toEqual({
      kind: 'failed',
      problem: 'offline',
      nextTryAt: 1_000 + 5 * 60_000,
    });
    // "Nu synchroniseren": due now, whatever the schedule said.
    await makeAllDue(db, 2_000);
    expect((await dueEntries(db, 2_000)).map((e) => e.id)).toEqual([id]);
  });

  it('waits as long as the server asks when it is busy', async () => {
    const id = uuidv7();
    await approveSummary(db, 'c1', summary(id), 0);
    await postponeAllDue(db, 60_000, 'busy', 0);
    expect(await dueEntries(db, 59_999)).toEqual([]);
    expect(await db.outbox.get(id)).toMatchObject({ nextAttemptAt: 60_000, lastError: 'busy' });
  });

  it('lets go of an entry only when the server acknowledged that revision', async () => {
    const [a, b] = [uuidv7(), uuidv7()];
    await approveSummary(db, 'c1', summary(a), 0);
    await approveSummary(db, 'c2', summary(b), 0);
    await acknowledge(db, [{ id: a, revision: 1 }], 5);
    expect((await dueEntries(db, 5)).map((e) => e.id)).toEqual([b]);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(1) })).toEqual({
      kind: 'sent',
      sentAt: 5,
      revision: 1,
    });
    await discardForConversation(db, 'c2');
    expect(await dueEntries(db, 5)).toEqual([]);
  });

  it('keeps a correction that replaced the revision on its way, and sends it next', async () => {
    const id = uuidv7();
    await approveSummary(db, 'c1', summary(id, 1), 0);
    // Revision 1 is on its way when the interviewer approves revision 2 of the same conversation.
    await approveSummary(db, 'c1', summary(id, 2), 1);
    await acknowledge(db, [{ id, revision: 1 }], 2);
    expect((await dueEntries(db, 2)).map((e) => e.payload.revision)).toEqual([2]);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(2) })).toEqual({ kind: 'waiting' });
    await acknowledge(db, [{ id, revision: 2 }], 3);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.sharing.get('c1'))?.sentRevision).toBe(2);
  });
});

describe('sharing decisions', () => {
  it('keep one summary id per conversation across corrections', async () => {
    const first = await summaryIdFor(db, 'c1');
    // Random, carrying no time: the id leaves the device, the completion time must not.
    expect(first).toMatch(UUID_V4_PATTERN);
    expect(await summaryIdFor(db, 'c1')).not.toBe(first);
    await approveSummary(db, 'c1', summary(first), 0);
    expect(await summaryIdFor(db, 'c1')).toBe(first);
    await expect(approveSummary(db, 'c1', summary(uuidv7(), 2), 1)).rejects.toThrow();
  });

  it('ask for a check again after a correction, and hold back what waited', async () => {
    const id = await summaryIdFor(db, 'c1');
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(1) })).toEqual({ kind: 'to-check' });
    await approveSummary(db, 'c1', summary(id), 0);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(1) })).toEqual({ kind: 'waiting' });
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(2) })).toEqual({ kind: 'waiting' });
    await acknowledge(db, [{ id, revision: 1 }], 1);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(2) })).toEqual({ kind: 'to-check' });
    await holdBackSummary(db, 'c1', id, 2, 2);
    expect(await sharingStatusOf(db, { id: 'c1', ...completed(2) })).toEqual({ kind: 'held-back' });
    expect(await db.outbox.count()).toBe(0);
  });
});
