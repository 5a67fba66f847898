import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { acknowledge, recordFailures } from '../../../src/db/outbox';
import { createDataKey } from '../../../src/db/sealed-box';
import { approveSummary } from '../../../src/db/sharing';
import { withdrawalsFailed } from '../../../src/db/withdrawals';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { uuidv7 } from '../../../src/domain/uuid';
import { delayUntilNextTry } from '../../../src/sync/outbox-sync';
import { completedConversation } from '../flows/support/conversations';

let db: BuurtgesprekDatabase;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`outbox-sync-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('when the page tries again', () => {
  it('waits for nothing when neither a summary nor a withdrawal waits', async () => {
    expect(await delayUntilNextTry(db, 0)).toBeNull();
  });

  it('wakes for whichever falls due first: a summary or a withdrawn one', async () => {
    const key = await createDataKey(false);
    // A sent summary whose resident then withdrew consent: its id waits to be withdrawn.
    const withdrawn = completedConversation('c1');
    await saveConversation(db, key, withdrawn);
    const sent = encodeSummary(withdrawn, uuidv7(), []);
    await approveSummary(db, 'c1', sent, 0);
    await acknowledge(db, [{ id: sent.id, revision: sent.revision }], 0);
    await eraseConversation(db, 'c1', 0);
    // Both failed at 10 s: the withdrawal is due again at 11 s, the summary at 12 s.
    await withdrawalsFailed(db, [sent.id], 'offline', 10_000, () => 0);
    const waiting = encodeSummary(completedConversation('c2'), uuidv7(), []);
    await approveSummary(db, 'c2', waiting, 0);
    await recordFailures(db, [waiting.id], 'offline', 10_000, () => 1);

    expect(await delayUntilNextTry(db, 10_000)).toBe(1_000);
  });
});
