import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation, loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { fetchedFeedback, keepFetchedFeedback, sharesToAsk } from '../../../src/db/fetched-feedback';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { reviewsAwaitingFeedback } from '../../../src/db/review-waiting';
import {
  feedbackOf,
  rememberShare,
  rememberShareIfConsented,
  sharesOf,
  storeFeedback,
} from '../../../src/db/reviews';
import { SaveQueue } from '../../../src/db/save-queue';
import { createDataKey } from '../../../src/db/sealed-box';
import { dueShareWithdrawals } from '../../../src/db/share-withdrawals';
import { changeCoachConsent, mayShareForReview } from '../../../src/domain/conversation';
import { newPackageKey, sealPackage } from '../../../src/domain/packages/envelope';
import { emptyFeedback } from '../../../src/domain/packages/review';
import { openFetched } from '../../../src/flows/pick-up-feedback';
import { reviewFile } from '../../../src/flows/share-for-review';
import { withdrawCoachConsent } from '../../../src/flows/withdraw-coach-consent';
import { completedConversation, noteWithQuote } from './support/conversations';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`withdraw-coach-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
  await saveConversation(db, key, completedConversation());
  await saveNote(db, key, noteWithQuote());
});
afterEach(async () => {
  await db.delete();
});

const nothingPending = new SaveQueue();
const OPEN = 'shareOPENAAAAAAAAAAAAA';
const ANSWERED = 'shareANSWEREDAAAAAAAAA';

async function shared(shareId: string): Promise<void> {
  await rememberShare(db, key, {
    shareId,
    conversationId: 'c1',
    keyEncoded: 'k'.repeat(43),
    replyToken: 'r'.repeat(43),
    createdAt: 1_000,
    expiresAt: 9_000_000,
  });
}

/** A share with a real link key, so feedback sealed for it opens. */
async function sharedWithKey(shareId: string): Promise<CryptoKey> {
  const packageKey = await newPackageKey();
  await rememberShare(db, key, {
    shareId,
    conversationId: 'c1',
    keyEncoded: packageKey.encoded,
    replyToken: 'r'.repeat(43),
    createdAt: 1_000,
    expiresAt: 9_000_000,
  });
  return packageKey.key;
}

describe('withdrawing consent point (d), the coach reading along', () => {
  it('withdraws every review the server holds, stops asking about them, and keeps the conversation', async () => {
    await shared(OPEN);
    await shared(ANSWERED);
    const answer = { ...emptyFeedback(), overall: 'Mooi doorgevraagd.', sentAt: 3_000 };
    await storeFeedback(db, key, ANSWERED, answer, 3_000);
    expect(await reviewsAwaitingFeedback(db, 'c1', 5_000)).toEqual({ online: 1, file: 0 });

    const done = await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000);
    expect(done).toMatchObject({ withdrawn: 2, files: 0 });
    expect(done?.conversation.consent?.coachReview).toBe(false);

    // Stored so: no review can be made of it again, and the rest of the consent stands.
    const stored = await loadConversation(db, key, 'c1');
    expect(stored?.consent).toMatchObject({
      notes: true,
      themesAndValues: true,
      quotes: true,
      coachReview: false,
    });
    expect(stored && mayShareForReview(stored)).toBe(false);
    expect(await notesOfConversation(db, key, 'c1')).toHaveLength(1);
    // The server deletes both shares at the next drain, the answered one too: the coach's copy goes.
    expect((await dueShareWithdrawals(db, 5_000)).map((entry) => entry.shareId).sort()).toEqual([
      ANSWERED,
      OPEN,
    ]);
    // Nothing left that a pick-up asks the server about, nothing that shows as waiting, no key kept.
    expect(await sharesToAsk(db, 5_000)).toEqual([]);
    expect(await reviewsAwaitingFeedback(db, 'c1', 5_000)).toEqual({ online: 0, file: 0 });
    // The feedback that came back stays hers, without the link's key.
    const kept = await sharesOf(db, key, 'c1');
    expect(kept.map((share) => [share.shareId, share.keyEncoded, share.replyToken])).toEqual([
      [ANSWERED, null, null],
    ]);
    expect((await feedbackOf(db, key, 'c1')).map(({ feedback }) => feedback.overall)).toEqual([
      'Mooi doorgevraagd.',
    ]);
  });

  it('writes what still waits in the save queue first, so a late write cannot give (d) back', async () => {
    await shared(OPEN);
    const saves = new SaveQueue();
    // The screen saved a change to the conversation a moment ago, with (d) still given.
    saves.save(
      'conversation:c1',
      { ...completedConversation(), followUp: 'volgende week bellen' },
      (value) => saveConversation(db, key, value),
      60_000,
    );
    await withdrawCoachConsent(db, key, 'c1', saves, 5_000);
    await saves.flush();
    const stored = await loadConversation(db, key, 'c1');
    expect(stored?.followUp).toBe('volgende week bellen');
    expect(stored?.consent?.coachReview).toBe(false);
    expect(await dueShareWithdrawals(db, 5_000)).toHaveLength(1);
  });

  it('withdraws (d) too in a save that keeps failing, and keeps what was typed in it', async () => {
    await shared(OPEN);
    // A long retry, so only the flushes below write: no timer runs during the test.
    const saves = new SaveQueue({ retry: { baseMs: 600_000, capMs: 600_000 }, random: () => 1 });
    let full = true;
    saves.save(
      'conversation:c1',
      { ...completedConversation(), followUp: 'volgende week bellen' },
      async (value) => {
        if (full) throw new DOMException('disk full', 'QuotaExceededError');
        await saveConversation(db, key, value);
      },
      60_000,
    );
    const done = await withdrawCoachConsent(db, key, 'c1', saves, 5_000);
    // The screen shows what was typed, with (d) withdrawn.
    expect(done?.conversation).toMatchObject({
      followUp: 'volgende week bellen',
      consent: { coachReview: false },
    });

    // The disk has room again: the retry writes what was typed, and does not give (d) back.
    full = false;
    await saves.flush();
    const stored = await loadConversation(db, key, 'c1');
    expect(stored?.followUp).toBe('volgende week bellen');
    expect(stored?.consent?.coachReview).toBe(false);
  });

  it('leaves (d) given in a failing save when the withdrawal itself fails, so she can withdraw again', async () => {
    await shared(OPEN);
    const saves = new SaveQueue({ retry: { baseMs: 600_000, capMs: 600_000 }, random: () => 1 });
    let full = true;
    saves.save(
      'conversation:c1',
      { ...completedConversation(), followUp: 'volgende week bellen' },
      async (value) => {
        if (full) throw new DOMException('disk full', 'QuotaExceededError');
        await saveConversation(db, key, value);
      },
      60_000,
    );
    // The device's storage goes away under the withdrawal: nothing of it is stored.
    db.close();
    await expect(withdrawCoachConsent(db, key, 'c1', saves, 5_000)).rejects.toThrow();
    await db.open();
    full = false;
    await saves.flush();
    // The share is still live at the server, so (d) still stands, with what was typed.
    const stored = await loadConversation(db, key, 'c1');
    expect(stored?.followUp).toBe('volgende week bellen');
    expect(stored?.consent?.coachReview).toBe(true);
    expect(await dueShareWithdrawals(db, 5_000)).toEqual([]);
  });

  it('ends the wait for a review file, which is never withdrawn at the server, and says a file cannot be called back', async () => {
    const file = await reviewFile(
      db,
      key,
      { conversationId: 'c1', anonymise: true, leftOut: [], removed: [] },
      'twaalf tekens of meer',
      'twaalf tekens of meer',
      4_000,
    );
    expect(file.ok).toBe(true);
    expect(await reviewsAwaitingFeedback(db, 'c1', 5_000)).toEqual({ online: 0, file: 1 });
    expect(await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000)).toMatchObject({
      withdrawn: 0,
      files: 1,
    });
    expect(await reviewsAwaitingFeedback(db, 'c1', 5_000)).toEqual({ online: 0, file: 0 });
    expect(await dueShareWithdrawals(db, 5_000)).toEqual([]);
  });

  it('keeps feedback the service worker fetched and the page did not open yet', async () => {
    // Fetched while the notes were locked, for a share with no opened feedback yet.
    const linkKey = await sharedWithKey(OPEN);
    const tip = { ...emptyFeedback(), tip: 'Laat stiltes vallen.', sentAt: 3_000 };
    expect(await keepFetchedFeedback(db, OPEN, await sealPackage('feedback', tip, linkKey), 3_100)).toBe(
      true,
    );
    // Opened once, and a newer answer fetched since.
    const answeredKey = await sharedWithKey(ANSWERED);
    await storeFeedback(db, key, ANSWERED, { ...emptyFeedback(), overall: 'Eerste.', sentAt: 2_000 }, 2_100);
    const newer = { ...emptyFeedback(), overall: 'Tweede.', sentAt: 4_000 };
    await keepFetchedFeedback(db, ANSWERED, await sealPackage('feedback', newer, answeredKey), 4_100);

    expect(await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000)).toMatchObject({ withdrawn: 2 });
    const kept = (await feedbackOf(db, key, 'c1')).map(({ share, feedback }) => [
      share.shareId,
      feedback.tip || feedback.overall,
    ]);
    expect(kept).toEqual([
      [OPEN, 'Laat stiltes vallen.'],
      [ANSWERED, 'Tweede.'],
    ]);
    // Nothing left waiting that no key here could open any more.
    expect(await fetchedFeedback(db)).toEqual([]);
  });

  it('keeps nothing a worker round fetched for a share after (d) was withdrawn', async () => {
    const linkKey = await sharedWithKey(ANSWERED);
    await storeFeedback(db, key, ANSWERED, { ...emptyFeedback(), overall: 'Eerste.', sentAt: 2_000 }, 2_100);
    await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000);
    // The worker asked the server before the withdrawal and answers after it.
    const late = await sealPackage(
      'feedback',
      { ...emptyFeedback(), overall: 'Laat.', sentAt: 4_000 },
      linkKey,
    );
    expect(await keepFetchedFeedback(db, ANSWERED, late, 4_100)).toBe(false);
    expect(await fetchedFeedback(db)).toEqual([]);

    // One kept so before this was refused is let go at the next pick-up, not skipped for ever.
    await db.shares.update(ANSWERED, { fetched: { feedback: late, feedbackAt: 4_100 } });
    expect(await openFetched(db, key)).toBe(0);
    expect(await fetchedFeedback(db)).toEqual([]);
    expect((await feedbackOf(db, key, 'c1')).map(({ feedback }) => feedback.overall)).toEqual(['Eerste.']);
  });

  it('says no file was handed over when (d) is given again and withdrawn again', async () => {
    await shared(ANSWERED);
    await storeFeedback(db, key, ANSWERED, { ...emptyFeedback(), overall: 'Goed.', sentAt: 3_000 }, 3_000);
    expect(await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000)).toMatchObject({ files: 0 });
    const withdrawn = await loadConversation(db, key, 'c1');
    if (!withdrawn) throw new Error('conversation gone');
    await saveConversation(db, key, changeCoachConsent(withdrawn, true, 6_000));
    // The share withdrawn the first time is kept for its feedback, without secrets: it is no file.
    expect(await withdrawCoachConsent(db, key, 'c1', nothingPending, 7_000)).toMatchObject({
      withdrawn: 0,
      files: 0,
    });
  });

  it('keeps no share uploaded while (d) was withdrawn in another tab, and has the server delete it', async () => {
    const upload = {
      shareId: OPEN,
      conversationId: 'c1',
      keyEncoded: 'k'.repeat(43),
      replyToken: 'r'.repeat(43),
      createdAt: 4_000,
      expiresAt: 9_000_000,
    };
    // The upload began with (d) given; the other tab withdrew it before the answer came.
    await withdrawCoachConsent(db, key, 'c1', nothingPending, 5_000);
    expect(await rememberShareIfConsented(db, key, upload, 6_000)).toBe(false);
    expect(await sharesOf(db, key, 'c1')).toEqual([]);
    expect((await dueShareWithdrawals(db, 6_000)).map((entry) => entry.shareId)).toEqual([OPEN]);

    // The conversation erased meanwhile: the same.
    await eraseConversation(db, 'c1', 7_000);
    expect(await rememberShareIfConsented(db, key, { ...upload, shareId: ANSWERED }, 8_000)).toBe(false);
    expect((await dueShareWithdrawals(db, 8_000)).map((entry) => entry.shareId).sort()).toEqual([
      ANSWERED,
      OPEN,
    ]);
  });

  it('keeps a share uploaded while (d) holds', async () => {
    const upload = {
      shareId: OPEN,
      conversationId: 'c1',
      keyEncoded: 'k'.repeat(43),
      replyToken: 'r'.repeat(43),
      createdAt: 4_000,
      expiresAt: 9_000_000,
    };
    expect(await rememberShareIfConsented(db, key, upload, 5_000)).toBe(true);
    expect((await sharesOf(db, key, 'c1')).map((share) => share.keyEncoded)).toEqual(['k'.repeat(43)]);
    expect(await dueShareWithdrawals(db, 5_000)).toEqual([]);
  });

  it('changes nothing for a conversation no longer here', async () => {
    expect(await withdrawCoachConsent(db, key, 'elders', nothingPending, 5_000)).toBeNull();
    expect(await loadConversation(db, key, 'elders')).toBeUndefined();
  });
});
