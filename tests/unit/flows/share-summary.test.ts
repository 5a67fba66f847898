import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation, saveConversation, startCorrection } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { outboxSize } from '../../../src/db/outbox';
import { createDataKey } from '../../../src/db/sealed-box';
import { approveIfCurrent, approveSummary, decisionOf, summaryIdFor } from '../../../src/db/sharing';
import { quoteCandidates } from '../../../src/domain/sharing/quote-review';
import { uuidv7 } from '../../../src/domain/uuid';
import { SUMMARY_LIMITS, type Summary } from '../../../src/domain/wire/summary';
import { approveSharing, holdBackSharing, previewSummary } from '../../../src/flows/share-summary';
import { rawDump } from '../../support/raw-dump';
import {
  completedConversation,
  inProgressConversation,
  noteWithQuote,
  SECRET_NAME,
  SECRET_OBSTACLE,
} from './support/conversations';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`share-summary-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

/** The quote of the note, anonymised and approved, as the interviewer would leave it in the preview. */
function approvedQuote() {
  const conversation = completedConversation();
  const [candidate] = quoteCandidates(
    [noteWithQuote()],
    conversation.peopleMentioned,
    conversation.valueTags,
  );
  if (!candidate) throw new Error('the note has a quote');
  return { ...candidate, approved: true };
}

describe('sharing a summary', () => {
  it('queues exactly what the preview showed, with the decision, and nothing the resident said beyond it', async () => {
    const conversation = completedConversation();
    await saveConversation(db, key, conversation);
    const summaryId = await summaryIdFor(db, 'c1');
    const preview = previewSummary(conversation, summaryId, [approvedQuote()]);
    expect(preview.sendable).toBe(true);

    const result = await approveSharing(
      db,
      key,
      { conversationId: 'c1', summaryId, approvedQuotes: preview.summary.quotes },
      5_000,
    );

    expect(result).toEqual({ ok: true, summary: preview.summary });
    expect((await db.outbox.get(summaryId))?.payload).toEqual(preview.summary);
    expect(await decisionOf(db, 'c1')).toMatchObject({ decision: 'approved', revision: 1, decidedAt: 5_000 });
    const outbox = JSON.stringify(await db.outbox.toArray());
    expect(outbox).toContain('[naam]');
    expect(outbox).not.toContain(SECRET_NAME);
    expect(outbox).not.toContain(SECRET_OBSTACLE);
  });

  it('sends no quote when the resident did not agree to quotes, whatever the screen passed', async () => {
    await saveConversation(db, key, completedConversation('c1', false));
    const summaryId = uuidv7();
    const result = await approveSharing(db, key, {
      conversationId: 'c1',
      summaryId,
      approvedQuotes: [{ text: 'een citaat dat niet mee mocht' }],
    });
    expect(result.ok).toBe(true);
    expect((await db.outbox.get(summaryId))?.payload.quotes).toEqual([]);
  });

  it('queues nothing the wire schema refuses, such as a quote longer than allowed', async () => {
    await saveConversation(db, key, completedConversation());
    const result = await approveSharing(db, key, {
      conversationId: 'c1',
      summaryId: uuidv7(),
      approvedQuotes: [{ text: 'woord '.repeat(SUMMARY_LIMITS.quoteLength) }],
    });
    expect(result).toEqual({ ok: false, problem: 'invalid' });
    expect(await outboxSize(db)).toBe(0);
    expect(await decisionOf(db, 'c1')).toBeUndefined();
  });

  it('queues nothing for a conversation corrected, erased or not yet completed since the preview', async () => {
    const conversation = completedConversation();
    await saveConversation(db, key, conversation);
    const summaryId = uuidv7();
    await startCorrection(db, key, conversation, [], 3_000);
    expect(await approveSharing(db, key, { conversationId: 'c1', summaryId, approvedQuotes: [] })).toEqual({
      ok: false,
      problem: 'not-shareable',
    });
    await eraseConversation(db, 'c1');
    expect(await approveSharing(db, key, { conversationId: 'c1', summaryId, approvedQuotes: [] })).toEqual({
      ok: false,
      problem: 'missing',
    });
    await saveConversation(db, key, inProgressConversation('c2'));
    expect(
      await approveSharing(db, key, { conversationId: 'c2', summaryId, approvedQuotes: [] }),
    ).toMatchObject({ ok: false });
    expect(await outboxSize(db)).toBe(0);
  });

  it('keeps one summary id per conversation: a preview under another id must be looked at again', async () => {
    await saveConversation(db, key, completedConversation());
    const first = uuidv7();
    await approveSharing(db, key, { conversationId: 'c1', summaryId: first, approvedQuotes: [] });
    const result = await approveSharing(db, key, {
      conversationId: 'c1',
      summaryId: uuidv7(),
      approvedQuotes: [],
    });
    expect(result).toEqual({ ok: false, problem: 'changed' });
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual([first]);
  });

  it('holding back takes what waited out of the outbox and sends nothing', async () => {
    await saveConversation(db, key, completedConversation());
    const summaryId = await summaryIdFor(db, 'c1');
    await approveSharing(db, key, { conversationId: 'c1', summaryId, approvedQuotes: [] });
    expect(await holdBackSharing(db, key, 'c1', 6_000)).toEqual({ ok: true });
    expect(await outboxSize(db)).toBe(0);
    expect(await decisionOf(db, 'c1')).toMatchObject({ decision: 'held-back', summaryId });
  });
});

describe('the outbox', () => {
  it('refuses anything the wire schema would refuse, even from code that skipped the flow', async () => {
    const summary = previewSummary(completedConversation(), uuidv7(), []).summary;
    const carrying = { ...summary, peopleMentioned: [SECRET_NAME] } as Summary;
    await expect(approveSummary(db, 'c1', carrying, 0)).rejects.toThrow(/Not a summary/);
    const noteInQuote = { ...summary, quotes: [{ text: 'x'.repeat(SUMMARY_LIMITS.quoteLength + 1) }] };
    await expect(approveSummary(db, 'c1', noteInQuote, 0)).rejects.toThrow(/Not a summary/);
    expect(await outboxSize(db)).toBe(0);
    // The decision was written in the same transaction, so it was rolled back with the entry.
    expect(await decisionOf(db, 'c1')).toBeUndefined();
    expect(await rawDump(db.name)).not.toContain(SECRET_NAME);
  });

  it('takes an approval only for the conversation as it is stored now (a correction in another tab wins)', async () => {
    const conversation = completedConversation();
    await saveConversation(db, key, conversation);
    const summary = previewSummary(conversation, uuidv7(), []).summary;
    await startCorrection(db, key, conversation, [], 3_000);
    expect(await approveIfCurrent(db, 'c1', summary, 4_000)).toBe(false);
    await eraseConversation(db, 'c1');
    expect(await approveIfCurrent(db, 'c1', summary, 4_000)).toBe(false);
    expect(await outboxSize(db)).toBe(0);
  });
});
