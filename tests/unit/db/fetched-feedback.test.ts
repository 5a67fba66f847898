import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import {
  fetchedFeedback,
  forgetFetchedFeedback,
  keepFetchedFeedback,
  sharesToAsk,
} from '../../../src/db/fetched-feedback';
import { rememberShare, storeFeedback, storeFileFeedback } from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import {
  type Envelope,
  newPackageKey,
  randomToken,
  sealPackage,
} from '../../../src/domain/packages/envelope';
import { emptyFeedback } from '../../../src/domain/packages/review';
import { completedConversation } from '../flows/support/conversations';

/**
 * Feedback as the server gave it out, kept on the share by whoever fetched it (the service worker,
 * with the notes locked) until the page opens it: newer only, never for a share that is gone.
 */
let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`fetched-feedback-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

const TIP = 'Vraag door op wat de moestuin haar geeft';

async function shared(conversationId = 'c1'): Promise<{ shareId: string; packageKey: CryptoKey }> {
  const packageKey = await newPackageKey();
  const shareId = randomToken();
  await rememberShare(db, key, {
    shareId,
    conversationId,
    keyEncoded: packageKey.encoded,
    replyToken: randomToken(),
    createdAt: 1_000,
    expiresAt: 100_000,
  });
  return { shareId, packageKey: packageKey.key };
}

const sealed = async (packageKey: CryptoKey, sentAt: number): Promise<Envelope> =>
  sealPackage('feedback', { ...emptyFeedback(), tip: TIP, sentAt }, packageKey);

describe('feedback fetched while the notes are locked', () => {
  it('is kept only when newer than what the share holds, opened or not', async () => {
    const { shareId, packageKey } = await shared();
    const first = await sealed(packageKey, 5_000);
    expect(await keepFetchedFeedback(db, shareId, first, 5_100)).toBe(true);
    expect(await sharesToAsk(db, 2_000)).toEqual([{ shareId, knownAt: 5_100 }]);
    // The same answer asked for again, or an older one, changes nothing.
    expect(await keepFetchedFeedback(db, shareId, first, 5_100)).toBe(false);
    expect(await keepFetchedFeedback(db, shareId, first, 4_000)).toBe(false);
    expect(await fetchedFeedback(db)).toEqual([{ shareId, feedback: first, feedbackAt: 5_100 }]);

    // Opened and stored by the page: no longer waiting, and not kept again.
    await storeFeedback(db, key, shareId, { ...emptyFeedback(), tip: TIP, sentAt: 5_000 }, 5_100);
    await forgetFetchedFeedback(db, shareId, 5_100);
    expect(await fetchedFeedback(db)).toEqual([]);
    expect(await keepFetchedFeedback(db, shareId, first, 5_100)).toBe(false);
    // The coach sent again later: that one is kept.
    const again = await sealed(packageKey, 9_000);
    expect(await keepFetchedFeedback(db, shareId, again, 9_100)).toBe(true);
    expect(await sharesToAsk(db, 2_000)).toEqual([{ shareId, knownAt: 9_100 }]);
  });

  it('is not forgotten when newer feedback came in while the page opened older', async () => {
    const { shareId, packageKey } = await shared();
    await keepFetchedFeedback(db, shareId, await sealed(packageKey, 9_000), 9_100);
    await forgetFetchedFeedback(db, shareId, 5_100);
    expect((await fetchedFeedback(db)).map((waiting) => waiting.feedbackAt)).toEqual([9_100]);
  });

  it('is never kept for a share erased meanwhile (consent withdrawn), nor asked for from a file', async () => {
    await saveConversation(db, key, completedConversation('c1'));
    const { shareId, packageKey } = await shared('c1');
    await storeFileFeedback(
      db,
      key,
      { conversationId: 'c1', sharedAt: 1_000 },
      {
        ...emptyFeedback(),
        sentAt: 2_000,
      },
    );
    expect((await sharesToAsk(db, 2_000)).map((share) => share.shareId)).toEqual([shareId]);
    await eraseConversation(db, 'c1', 3_000);
    expect(await keepFetchedFeedback(db, shareId, await sealed(packageKey, 5_000), 5_100)).toBe(false);
    expect(await sharesToAsk(db, 2_000)).toEqual([]);
    expect(await fetchedFeedback(db)).toEqual([]);
  });

  it('reads shares stored before the field existed', async () => {
    const { shareId } = await shared();
    const record = await db.shares.get(shareId);
    if (!record) throw new Error('no share');
    const { fetched: _none, ...before } = { ...record, feedbackAt: 4_000 };
    await db.shares.put(before);
    expect(await sharesToAsk(db, 2_000)).toEqual([{ shareId, knownAt: 4_000 }]);
    expect(await fetchedFeedback(db)).toEqual([]);
  });
});
