import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { sharesToAsk } from '../../../src/db/fetched-feedback';
import {
  type CoachReviewRecord,
  coachChecklistTally,
  coachReview,
  coachReviews,
  conversationsWithUnseenFeedback,
  feedbackOf,
  markFeedbackSeen,
  rememberShare,
  type Share,
  saveCoachReview,
  sharesOf,
  storeFeedback,
  unseenFeedbackCount,
} from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import { newPackageKey, randomToken } from '../../../src/domain/packages/envelope';
import { emptyFeedback, type ReviewFeedback } from '../../../src/domain/packages/review';
import { reviewCopy } from '../../../src/domain/packages/review-copy';
import { rawDump } from '../../support/raw-dump';
import { conversation, NOTE_TEXT, notes, QUOTE } from '../domain/packages/fixtures';

let db: BuurtgesprekDatabase;
let key: CryptoKey;
beforeEach(async () => {
  db = new BuurtgesprekDatabase(`reviews-${Math.random()}`);
  await db.open();
  key = await createDataKey(false);
});
afterEach(async () => {
  await db.delete();
});

const COMMENT = 'Mooi doorgevraagd naar wat de moestuin voor haar betekent';
const TIP = 'Vraag de volgende keer wie er nog meer helpt';

async function share(conversationId: string, expiresAt = 100_000): Promise<Share> {
  return {
    shareId: randomToken(),
    conversationId,
    keyEncoded: (await newPackageKey()).encoded,
    replyToken: randomToken(),
    createdAt: 1_000,
    expiresAt,
  };
}

function feedback(sentAt: number, answer: 'yes' | 'partly' | 'no' | null = 'yes'): ReviewFeedback {
  const base = emptyFeedback();
  base.checklist['open-questions'] = { answer, remark: 'duidelijk' };
  return {
    ...base,
    comments: [{ on: { kind: 'note', noteId: 'c1-n2' }, text: COMMENT }],
    overall: 'Goed gesprek',
    tip: TIP,
    sentAt,
  };
}

describe("the interviewer's shares", () => {
  it('keep the link key and reply token sealed, and give them back when unlocked', async () => {
    const made = await share('c1');
    await rememberShare(db, key, made);
    const dump = await rawDump(db.name);
    expect(dump).toContain(made.shareId);
    expect(dump).not.toContain(made.keyEncoded);
    expect(dump).not.toContain(made.replyToken);
    expect(await sharesOf(db, key, 'c1')).toEqual([{ ...made, feedbackAt: null, feedbackSeenAt: null }]);
    expect(await sharesOf(db, key, 'c2')).toEqual([]);
    await expect(sharesOf(db, await createDataKey(false), 'c1')).rejects.toThrow();
  });

  it('are asked for feedback only until they expire', async () => {
    const open = await share('c1', 5_000);
    const expired = await share('c2', 4_000);
    await rememberShare(db, key, open);
    await rememberShare(db, key, expired);
    // Read from the clear fields: the service worker asks while the notes are locked.
    expect(await sharesToAsk(db, 4_500)).toEqual([{ shareId: open.shareId, knownAt: null }]);
    expect(await sharesToAsk(db, 5_000)).toEqual([]);
  });
});

describe('feedback that came back', () => {
  it('is stored sealed: the raw database holds neither its text nor the key', async () => {
    const made = await share('c1');
    await rememberShare(db, key, made);
    expect(await storeFeedback(db, key, made.shareId, feedback(7_000), 7_100)).toBe(true);
    const dump = await rawDump(db.name);
    for (const secret of [COMMENT, TIP, 'Goed gesprek', 'duidelijk', made.keyEncoded, made.replyToken]) {
      expect(dump, secret).not.toContain(secret);
    }
    const received = await feedbackOf(db, key, 'c1');
    expect(received).toEqual([
      { share: { ...made, feedbackAt: 7_100, feedbackSeenAt: null }, feedback: feedback(7_000) },
    ]);
  });

  it('is stored once however often it is fetched, and replaced by what the coach sent later', async () => {
    const made = await share('c1');
    await rememberShare(db, key, made);
    expect(await storeFeedback(db, key, 'unknown', feedback(7_000))).toBe(false);
    expect(await storeFeedback(db, key, made.shareId, feedback(7_000), 7_100)).toBe(true);
    await markFeedbackSeen(db, made.shareId, 8_000);
    expect(await storeFeedback(db, key, made.shareId, feedback(7_000), 7_100)).toBe(false);
    expect((await feedbackOf(db, key, 'c1'))[0]?.share.feedbackSeenAt).toBe(8_000);

    expect(await storeFeedback(db, key, made.shareId, feedback(9_000, 'no'), 9_100)).toBe(true);
    const [latest] = await feedbackOf(db, key, 'c1');
    expect(latest?.feedback.checklist['open-questions'].answer).toBe('no');
    expect(latest?.share.feedbackSeenAt).toBeNull();
  });

  it('shows as unseen, per conversation, until it is opened, without unlocking', async () => {
    const first = await share('c1');
    const second = await share('c2');
    const silent = await share('c3');
    for (const made of [first, second, silent]) await rememberShare(db, key, made);
    await storeFeedback(db, key, first.shareId, feedback(7_000));
    await storeFeedback(db, key, second.shareId, feedback(7_000));
    expect(await unseenFeedbackCount(db)).toBe(2);
    expect(await conversationsWithUnseenFeedback(db)).toEqual(new Set(['c1', 'c2']));
    await markFeedbackSeen(db, first.shareId, 8_000);
    await markFeedbackSeen(db, silent.shareId, 8_000);
    expect(await unseenFeedbackCount(db)).toBe(1);
    expect(await conversationsWithUnseenFeedback(db)).toEqual(new Set(['c2']));
    expect((await sharesOf(db, key, 'c3'))[0]?.feedbackSeenAt).toBeNull();
  });
});

describe("the coach's reviews", () => {
  async function opened(
    id: string,
    openedAt: number,
    sentAt: number | null,
    answer: 'yes' | 'no',
  ): Promise<CoachReviewRecord> {
    const draft = feedback(0, answer);
    const { sentAt: _unsent, ...withoutSentAt } = draft;
    return {
      id,
      openedAt,
      package: reviewCopy(conversation(), notes(), null, { anonymise: false, removed: [] }, 500),
      feedback: withoutSentAt,
      sentAt,
      keyEncoded: (await newPackageKey()).encoded,
      replyToken: randomToken(),
      filePassword: null,
    };
  }

  it('are sealed at rest: the raw database holds no note, feedback or key', async () => {
    const review = await opened('s1', 1_000, null, 'yes');
    await saveCoachReview(db, key, review);
    const dump = await rawDump(db.name);
    for (const secret of [
      NOTE_TEXT,
      QUOTE,
      COMMENT,
      TIP,
      review.keyEncoded ?? '?',
      review.replyToken ?? '?',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
    expect(await coachReview(db, key, 's1')).toEqual(review);
    expect(await coachReview(db, key, 'other')).toBeUndefined();
  });

  it('list newest first, and tally only the feedback that was sent, with no resident data', async () => {
    await saveCoachReview(db, key, await opened('s1', 1_000, 5_000, 'yes'));
    await saveCoachReview(db, key, await opened('s2', 2_000, null, 'no'));
    await saveCoachReview(db, key, await opened('s3', 3_000, 6_000, 'no'));
    expect((await coachReviews(db, key)).map((review) => review.id)).toEqual(['s3', 's2', 's1']);
    const tally = await coachChecklistTally(db, key);
    expect(tally['open-questions']).toEqual({ yes: 1, partly: 0, no: 1, unanswered: 0 });
    expect(tally['follow-up-agreed']).toEqual({ yes: 0, partly: 0, no: 0, unanswered: 2 });
    expect(JSON.stringify(tally)).not.toMatch(/Kwabena|moestuin|c1/);
  });
});
