import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import {
  applyProposalOutcomes,
  keepAnsweredFollowKeys,
  loadProposal,
  pendingProposalIds,
  pendingProposalKeys,
  saveProposal,
} from '../../../src/db/proposals';
import { createDataKey } from '../../../src/db/sealed-box';
import { FOLLOW_KEY_PATTERN } from '../../../src/domain/proposals/follow-key';
import { markSent } from '../../../src/domain/proposals/proposal-text';
import { draftProposal } from '../../../src/domain/proposals/theme-proposal';
import { rawDump } from '../../support/raw-dump';

let db: BuurtgesprekDatabase;
let name: string;
beforeEach(async () => {
  name = `proposals-${Math.random()}`;
  db = new BuurtgesprekDatabase(name);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

// Invented people only.
const LABEL = 'Ruzie met Esi Owusu over de tuin';

describe('proposals on the device', () => {
  it('keeps the label sealed, follows a decision without the key, and forgets an erased conversation', async () => {
    const key = await createDataKey(false);
    const proposal = { ...draftProposal('p1', LABEL, 1, 'c1'), conversationIds: ['c1', 'c2'] };
    await saveProposal(db, key, markSent(proposal, 2));
    const dump = await rawDump(name);
    expect(dump).not.toContain('Owusu');
    expect(dump).not.toContain('[naam]');

    expect(await pendingProposalIds(db)).toEqual(['p1']);
    // The service worker has no key: only the clear fields change.
    expect(
      await applyProposalOutcomes(db, new Map([['p1', { status: 'accepted', themeId: 'burenruzie' }]])),
    ).toBe(1);
    expect(await pendingProposalIds(db)).toEqual([]);

    await eraseConversation(db, 'c1');
    expect(await loadProposal(db, key, 'p1')).toMatchObject({
      label: LABEL,
      status: 'accepted',
      themeId: 'burenruzie',
      conversationIds: ['c2'],
      sentText: 'Ruzie met [naam] over de tuin',
    });
  });

  it('asks after a proposal sent before follow keys with a new key, and keeps it only once the server answered for it', async () => {
    const key = await createDataKey(false);
    await saveProposal(db, key, markSent(draftProposal('p-old', LABEL, 1), 2));
    await saveProposal(db, key, markSent(draftProposal('p-other', 'Geen bankjes', 1), 2));
    await saveProposal(db, key, {
      ...markSent(draftProposal('p-new', 'Te weinig bankjes', 3), 4),
      followKey: 'Zq3kVf8bW1xYtR0aPmN5cQ',
    });
    await saveProposal(db, key, draftProposal('p-draft', 'Speeltuin', 5));
    // Drafts have not left the device: nothing to follow.
    const first = await pendingProposalKeys(db);
    expect(first.map((p) => p.id).sort()).toEqual(['p-new', 'p-old', 'p-other']);
    expect(first.find((p) => p.id === 'p-new')?.followKey).toBe('Zq3kVf8bW1xYtR0aPmN5cQ');
    const made = first.find((p) => p.id === 'p-old')?.followKey;
    expect(made).toMatch(FOLLOW_KEY_PATTERN);
    // No answer came (the connection dropped after the server kept the key): the next sync asks
    // with the same key, or the server, which keeps only the first, would never answer again.
    expect(await pendingProposalKeys(db)).toEqual(first);
    expect((await loadProposal(db, key, 'p-old'))?.followKey).toBeUndefined();
    // The server answered for p-old (it took the key: this device sent it), not for p-other (sent
    // from another device, which gave it a key of its own): only p-old keeps the key it was asked with.
    await keepAnsweredFollowKeys(db, first, new Set(['p-old', 'p-new']));
    expect((await loadProposal(db, key, 'p-old'))?.followKey).toBe(made);
    expect((await loadProposal(db, key, 'p-other'))?.followKey).toBeUndefined();
    expect((await loadProposal(db, key, 'p-new'))?.followKey).toBe('Zq3kVf8bW1xYtR0aPmN5cQ');
    const next = await pendingProposalKeys(db);
    expect(next.find((p) => p.id === 'p-old')?.followKey).toBe(made);
  });
});
