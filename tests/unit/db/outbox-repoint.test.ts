import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { saveGuideProposal } from '../../../src/db/guide-proposals';
import { dueCount, repointToPublishedGuides, waitForPublishedGuide } from '../../../src/db/outbox';
import { createDataKey } from '../../../src/db/sealed-box';
import { approveSummary } from '../../../src/db/sharing';
import type { Conversation } from '../../../src/domain/conversation';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import { uuidv4 } from '../../../src/domain/uuid';
import { completedConversation } from '../flows/support/conversations';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`outbox-repoint-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

/** A completed conversation held with this guide, its summary approved into the outbox. */
async function approved(id: string, guide: Pick<Conversation, 'guideId' | 'guideVersion' | 'guideLanguage'>) {
  const conversation = { ...completedConversation(id), ...guide };
  await saveConversation(db, key, conversation);
  await approveSummary(db, id, encodeSummary(conversation, uuidv4(), []), 0);
}

const guideOf = async (conversationId: string) =>
  (await db.outbox.where('conversationId').equals(conversationId).first())?.payload.guide;

describe('summaries naming her own guide, published by the area team under another id', () => {
  it('name the published guide instead, only for the version and language she proposed, and go at once', async () => {
    await approved('waits', { guideId: 'eigen', guideVersion: 2, guideLanguage: 'nl' });
    await approved('english', { guideId: 'eigen', guideVersion: 2, guideLanguage: 'en' });
    await approved('older', { guideId: 'eigen', guideVersion: 1, guideLanguage: 'nl' });
    await approved('built-in', { guideId: 'algemeen', guideVersion: 1, guideLanguage: 'nl' });
    const waiting = (await db.outbox.toArray()).map((entry) => entry.id);
    await waitForPublishedGuide(db, waiting, 1_000);
    expect(await dueCount(db, 2_000)).toBe(0);

    // Published under its own id and version: nothing to change, the server accepts them as they are.
    await saveGuideProposal(db, {
      id: 'g-same',
      guideId: 'eigen',
      language: 'nl',
      version: 1,
      status: 'published',
      sentAt: 1,
      published: { id: 'eigen', version: 1 },
    });
    // Still waiting for a decision: nothing to change either.
    await saveGuideProposal(db, {
      id: 'g-wait',
      guideId: 'eigen',
      language: 'en',
      version: 2,
      status: 'sent',
      sentAt: 1,
    });
    expect(await repointToPublishedGuides(db, 2_000)).toBe(0);

    await saveGuideProposal(db, {
      id: 'g-moved',
      guideId: 'eigen',
      language: 'nl',
      version: 2,
      status: 'published',
      sentAt: 2,
      published: { id: 'eigen-buurt', version: 1 },
    });
    expect(await repointToPublishedGuides(db, 2_000)).toBe(1);
    expect(await guideOf('waits')).toEqual({ id: 'eigen-buurt', version: 1 });
    expect(await guideOf('english')).toEqual({ id: 'eigen', version: 2 });
    expect(await guideOf('older')).toEqual({ id: 'eigen', version: 1 });
    expect(await guideOf('built-in')).toEqual({ id: 'algemeen', version: 1 });
    // It no longer waits for a guide: it is due now, the others keep their hours.
    const moved = await db.outbox.where('conversationId').equals('waits').first();
    expect(moved).toMatchObject({ lastError: null, nextAttemptAt: 2_000 });
    expect(await dueCount(db, 2_000)).toBe(1);
    // Asking again changes nothing more.
    expect(await repointToPublishedGuides(db, 3_000)).toBe(0);
  });

  it('moves a summary once, along the guide it was held with, never on along a chain of publications', async () => {
    await approved('buurt', { guideId: 'buurt', guideVersion: 1, guideLanguage: 'nl' });
    await approved('zuid', { guideId: 'buurt-zuid', guideVersion: 1, guideLanguage: 'nl' });
    // Her "buurt" was published as "buurt-zuid", an id she also had for a guide of her own, which
    // in turn was published as "buurt-zuid-2".
    await saveGuideProposal(db, {
      id: 'g-buurt',
      guideId: 'buurt',
      language: 'nl',
      version: 1,
      status: 'published',
      sentAt: 1,
      published: { id: 'buurt-zuid', version: 1 },
    });
    await saveGuideProposal(db, {
      id: 'g-zuid',
      guideId: 'buurt-zuid',
      language: 'nl',
      version: 1,
      status: 'published',
      sentAt: 1,
      published: { id: 'buurt-zuid-2', version: 1 },
    });
    expect(await repointToPublishedGuides(db, 1_000)).toBe(2);
    expect(await repointToPublishedGuides(db, 2_000)).toBe(0);
    expect(await guideOf('buurt')).toEqual({ id: 'buurt-zuid', version: 1 });
    expect(await guideOf('zuid')).toEqual({ id: 'buurt-zuid-2', version: 1 });
  });
});
