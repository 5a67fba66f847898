import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { saveNote } from '../../../src/db/notes';
import {
  coachReview,
  coachReviews,
  feedbackOf,
  rememberShare,
  saveCoachReview,
  storeFeedback,
} from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import { shareWithdrawalCount } from '../../../src/db/share-withdrawals';
import { type CommentTarget, commentOn, withComment } from '../../../src/domain/packages/review';
import { importFeedbackFile } from '../../../src/flows/import-feedback';
import { coachFeedbackFile, openReviewFile } from '../../../src/flows/review-as-coach';
import { type ReviewChoices, reviewFile } from '../../../src/flows/share-for-review';
import { rawDump } from '../../support/raw-dump';
import { completedConversation, noteWithQuote } from './support/conversations';

let interviewer: BuurtgesprekDatabase;
let coach: BuurtgesprekDatabase;
let key: CryptoKey;
let coachKey: CryptoKey;
beforeEach(async () => {
  interviewer = new BuurtgesprekDatabase(`feedback-file-${Math.random()}`);
  coach = new BuurtgesprekDatabase(`feedback-file-coach-${Math.random()}`);
  await Promise.all([interviewer.open(), coach.open()]);
  [key, coachKey] = await Promise.all([createDataKey(false), createDataKey(false)]);
  for (const id of ['c1', 'c2']) {
    await saveConversation(interviewer, key, completedConversation(id));
    await saveNote(interviewer, key, noteWithQuote(id));
  }
});
afterEach(async () => {
  await Promise.all([interviewer.delete(), coach.delete()]);
});

const choices: ReviewChoices = { conversationId: 'c1', anonymise: true, leftOut: [], removed: [] };
const PASSWORD = 'twaalf tekens of meer';
const onTag: CommentTarget = {
  kind: 'value-tag',
  valueId: 'zelfbeschikking',
  polarity: 'missing',
  noteId: 'c1-n1',
};
const onQuote: CommentTarget = { kind: 'quote', noteId: 'c1-n1', quoteId: 'c1-q1' };
const onObstacle: CommentTarget = { kind: 'obstacle', obstacleId: 'o1' };
const TAG_COMMENT = 'Gemist: vroeg u door wat zij zelf wil?';

/** The interviewer makes a review file; the coach opens it and comments on a tag, a quote and an obstacle. */
async function reviewedByCoach() {
  const file = await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD, 5_000);
  if (!file.ok) throw new Error(file.problem);
  const opened = await openReviewFile(coach, coachKey, file.content, PASSWORD, 6_000);
  if (!opened.ok) throw new Error(opened.problem);
  let draft = withComment(opened.value.feedback, onTag, TAG_COMMENT);
  draft = withComment(draft, onQuote, 'Een sterk citaat.');
  draft = withComment(draft, onObstacle, 'Zonder oordeel genoteerd.');
  const record = { ...opened.value, feedback: { ...draft, overall: 'Rustig gesprek.' } };
  await saveCoachReview(coach, coachKey, record);
  return { file: file.content, record };
}

// Each PBKDF2 derivation at the at-rest count takes a while on a busy machine; several per test.
describe('feedback on a review from a file goes back as a file', { timeout: 60_000 }, () => {
  it('is sealed with the same password and shown on the conversation beside what it is about', async () => {
    const { record } = await reviewedByCoach();
    const made = await coachFeedbackFile(coach, coachKey, record, null, null, 7_000);
    if (!made.ok) throw new Error(made.problem);
    expect(made.fileName).toBe('feedback-2026-11-20.buurtgesprek');
    expect(made.content).not.toContain('doorvroeg');
    expect(made.content).not.toContain(TAG_COMMENT);
    // Kept here as answered, so the coach's overview says so.
    expect((await coachReview(coach, coachKey, record.id))?.sentAt).toBe(7_000);

    expect(await importFeedbackFile(interviewer, key, 'c1', made.content, 'een ander wachtwoord')).toEqual({
      ok: false,
      problem: 'cannot-open',
    });
    expect(await importFeedbackFile(interviewer, key, 'c2', made.content, PASSWORD)).toEqual({
      ok: false,
      problem: 'wrong-conversation',
    });
    expect(await feedbackOf(interviewer, key, 'c1')).toEqual([]);
    expect(await feedbackOf(interviewer, key, 'c2')).toEqual([]);

    expect(await importFeedbackFile(interviewer, key, 'c1', made.content, PASSWORD)).toEqual({
      ok: true,
      stored: true,
    });
    const [received, ...more] = await feedbackOf(interviewer, key, 'c1');
    expect(more).toEqual([]);
    expect(commentOn(received?.feedback ?? { comments: [] }, onTag)).toBe(TAG_COMMENT);
    expect(commentOn(received?.feedback ?? { comments: [] }, onQuote)).toBe('Een sterk citaat.');
    expect(commentOn(received?.feedback ?? { comments: [] }, onObstacle)).toBe('Zonder oordeel genoteerd.');
    expect(received?.feedback.overall).toBe('Rustig gesprek.');
    expect(received?.share.feedbackSeenAt).toBeNull();
    // Kept sealed, like feedback that came through the server.
    expect(await rawDump(interviewer.name)).not.toContain(TAG_COMMENT);
    // Reading the same file in again changes nothing.
    expect(await importFeedbackFile(interviewer, key, 'c1', made.content, PASSWORD)).toEqual({
      ok: true,
      stored: false,
    });
  });

  it('can be revised: the coach reopens the file review with her draft, and the newer file replaces the older', async () => {
    const { file, record } = await reviewedByCoach();
    const first = await coachFeedbackFile(coach, coachKey, record, null, null, 7_000);
    if (!first.ok) throw new Error(first.problem);

    // Later, from the overview, or by opening the same file again: the review and her comments are there.
    expect((await coachReviews(coach, coachKey)).map((review) => review.id)).toEqual([record.id]);
    const again = await openReviewFile(coach, coachKey, file, PASSWORD, 20_000);
    if (!again.ok) throw new Error(again.problem);
    expect(again.value.openedAt).toBe(6_000);
    expect(commentOn(again.value.feedback, onTag)).toBe(TAG_COMMENT);
    const revised = { ...again.value, feedback: withComment(again.value.feedback, onTag, 'Herzien.') };
    const second = await coachFeedbackFile(coach, coachKey, revised, null, null, 21_000);
    if (!second.ok) throw new Error(second.problem);

    await importFeedbackFile(interviewer, key, 'c1', second.content, PASSWORD);
    expect(await importFeedbackFile(interviewer, key, 'c1', first.content, PASSWORD)).toEqual({
      ok: true,
      stored: false,
    });
    const received = await feedbackOf(interviewer, key, 'c1');
    expect(received.map(({ feedback }) => commentOn(feedback, onTag))).toEqual(['Herzien.']);
  });

  it('needs the password again for a review opened before its password was kept', async () => {
    const { record } = await reviewedByCoach();
    const older = { ...record, filePassword: null };
    expect(await coachFeedbackFile(coach, coachKey, older, null, null, 7_000)).toEqual({
      ok: false,
      problem: 'no-password',
    });
    const made = await coachFeedbackFile(coach, coachKey, older, null, PASSWORD, 7_000);
    if (!made.ok) throw new Error(made.problem);
    expect((await importFeedbackFile(interviewer, key, 'c1', made.content, PASSWORD)).ok).toBe(true);
  });

  it('goes with its conversation when consent is withdrawn, and asks the server nothing', async () => {
    const { record } = await reviewedByCoach();
    const made = await coachFeedbackFile(coach, coachKey, record, null, null, 7_000);
    if (!made.ok) throw new Error(made.problem);
    await importFeedbackFile(interviewer, key, 'c1', made.content, PASSWORD);
    await eraseConversation(interviewer, 'c1', 30_000, 'withdrawal');
    expect(await feedbackOf(interviewer, key, 'c1')).toEqual([]);
    // Never a share at the server: there is nothing to withdraw there.
    expect(await shareWithdrawalCount(interviewer)).toBe(0);
    // And a file for a conversation no longer here is not kept.
    expect(await importFeedbackFile(interviewer, key, 'c1', made.content, PASSWORD)).toEqual({
      ok: false,
      problem: 'wrong-conversation',
    });
  });
});

describe('feedback kept on a device before format 2', { timeout: 60_000 }, () => {
  it('opens as format 2, received or as a draft', async () => {
    const { record } = await reviewedByCoach();
    const { format: _format, comments: _comments, ...rest } = record.feedback;
    const formatOne = { ...rest, noteComments: [{ noteId: 'c1-n1', text: 'Oud commentaar.' }] };
    // As the earlier app kept them: sealed as they were, without `format` or `filePassword`.
    const { filePassword: _password, ...earlier } = record;
    await saveCoachReview(coach, coachKey, { ...earlier, feedback: formatOne } as unknown as typeof record);
    const draft = await coachReview(coach, coachKey, record.id);
    expect(draft?.feedback.comments).toEqual([
      { on: { kind: 'note', noteId: 'c1-n1' }, text: 'Oud commentaar.' },
    ]);
    expect(draft?.filePassword).toBeNull();

    await rememberShare(interviewer, key, {
      shareId: 's1',
      conversationId: 'c1',
      keyEncoded: 'k',
      replyToken: 'r',
      createdAt: 1,
      expiresAt: 99_999,
    });
    await storeFeedback(interviewer, key, 's1', { ...formatOne, sentAt: 9 } as never, 9);
    const [received] = await feedbackOf(interviewer, key, 'c1');
    expect(received?.feedback.comments).toEqual([
      { on: { kind: 'note', noteId: 'c1-n1' }, text: 'Oud commentaar.' },
    ]);
  });
});
