import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codebookInUse } from '../../../src/db/area-configuration';
import { loadConversation, saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { sharesToAsk } from '../../../src/db/fetched-feedback';
import { guideOfConversation } from '../../../src/db/guides';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import { reviewsAwaitingFeedback, stopAwaitingFeedbackFiles } from '../../../src/db/review-waiting';
import { coachReviews, feedbackOf, sharesOf } from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import { readSettings, writeSetting } from '../../../src/db/settings';
import { changeCoachConsent } from '../../../src/domain/conversation';
import { envelopeFromFile, openWithPassphrase } from '../../../src/domain/packages/envelope';
import { parseReviewPackage } from '../../../src/domain/packages/review';
import { PASSPHRASE_MIN_LENGTH } from '../../../src/domain/passphrase';
import { importFeedbackFile } from '../../../src/flows/import-feedback';
import { coachFeedbackFile, openReviewFile } from '../../../src/flows/review-as-coach';
import { type ReviewChoices, reviewCopyFor, reviewFile } from '../../../src/flows/share-for-review';
import { rawDump } from '../../support/raw-dump';
import { completedConversation, noteWithQuote, SECRET_NAME, SECRET_OBSTACLE } from './support/conversations';

let interviewer: BuurtgesprekDatabase;
let coach: BuurtgesprekDatabase;
let key: CryptoKey;
let coachKey: CryptoKey;
beforeEach(async () => {
  interviewer = new BuurtgesprekDatabase(`review-file-${Math.random()}`);
  coach = new BuurtgesprekDatabase(`review-file-coach-${Math.random()}`);
  await Promise.all([interviewer.open(), coach.open()]);
  [key, coachKey] = await Promise.all([createDataKey(false), createDataKey(false)]);
  await saveConversation(interviewer, key, completedConversation());
  await saveNote(interviewer, key, noteWithQuote());
  await saveNote(interviewer, key, {
    ...noteWithQuote(),
    id: 'c1-n2',
    promptId: null,
    text: 'Een notitie die thuisblijft.',
    quotes: [],
  });
});
afterEach(async () => {
  await Promise.all([interviewer.delete(), coach.delete()]);
});

const choices: ReviewChoices = { conversationId: 'c1', anonymise: true, leftOut: ['c1-n2'], removed: [] };
const PASSWORD = 'twaalf tekens of meer';

describe('a review handed over as a file', () => {
  it('follows the one passphrase rule: ten characters, counted as people count them', async () => {
    // Nine emoji are nine characters, though eighteen UTF-16 units: too few. Ten letters are enough.
    const ten = 'a'.repeat(PASSPHRASE_MIN_LENGTH);
    expect((await reviewFile(interviewer, key, choices, ten, ten)).ok).toBe(true);
    const nineEmoji = '🏠'.repeat(PASSPHRASE_MIN_LENGTH - 1);
    expect(await reviewFile(interviewer, key, choices, nineEmoji, nineEmoji)).toEqual({
      ok: false,
      problem: 'too-short',
    });
    expect(await reviewFile(interviewer, key, choices, PASSWORD, `${PASSWORD}!`)).toEqual({
      ok: false,
      problem: 'mismatch',
    });
  });

  it('carries only what the interviewer chose, anonymised, and the coach keeps it sealed', async () => {
    const file = await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD);
    if (!file.ok) throw new Error(file.problem);
    expect(file.fileName).toBe('review-2026-11-20.buurtgesprek');
    for (const secret of [SECRET_NAME, SECRET_OBSTACLE, 'thuisblijft'])
      expect(file.content).not.toContain(secret);

    expect(await openReviewFile(coach, coachKey, file.content, 'een ander wachtwoord')).toEqual({
      ok: false,
      problem: 'cannot-open',
    });
    expect(await coachReviews(coach, coachKey)).toEqual([]);

    const opened = await openReviewFile(coach, coachKey, file.content, PASSWORD, 8_000);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.value.package.notes.map((note) => note.id)).toEqual(['c1-n1']);
    expect(opened.value.package.notes[0]?.text).toContain('[naam]');
    expect(opened.value.package.notes[0]?.text).not.toContain(SECRET_NAME);
    expect(opened.value.replyToken).toBeNull();
    expect(await coachReviews(coach, coachKey)).toEqual([opened.value]);
    expect(await rawDump(coach.name)).not.toContain('thuis komt');
  });

  it('is not made at all when the resident did not agree to a coach (consent point d)', async () => {
    await saveConversation(interviewer, key, changeCoachConsent(completedConversation(), false, 3_000));
    expect(await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD)).toEqual({
      ok: false,
      problem: 'unknown',
    });
    await saveConversation(interviewer, key, changeCoachConsent(completedConversation(), true, 4_000));
    expect((await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD)).ok).toBe(true);
  });
});

describe('a conversation handed over as a file waits for the feedback file', () => {
  it('shows as waiting until that file is read in, and nothing about it ever asks the server', async () => {
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 6_000)).toEqual({ online: 0, file: 0 });
    const file = await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD, 5_000);
    if (!file.ok) throw new Error(file.problem);
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 6_000)).toEqual({ online: 0, file: 1 });
    // Still waiting long after: a file does not expire as a share at the server does.
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 10 ** 13)).toEqual({ online: 0, file: 1 });
    // No key, no share id the server knows: a pick-up asks nothing, erasing withdraws nothing there.
    expect(await sharesToAsk(interviewer, 6_000)).toEqual([]);
    expect((await sharesOf(interviewer, key, 'c1')).map((share) => share.keyEncoded)).toEqual([null]);

    const opened = await openReviewFile(coach, coachKey, file.content, PASSWORD, 8_000);
    if (!opened.ok) throw new Error(opened.problem);
    const answer = await coachFeedbackFile(coach, coachKey, opened.value, null, null, 9_000);
    if (!answer.ok) throw new Error(answer.problem);
    expect(await importFeedbackFile(interviewer, key, 'c1', answer.content, PASSWORD)).toEqual({
      ok: true,
      stored: true,
    });
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 10_000)).toEqual({ online: 0, file: 0 });
    expect(await feedbackOf(interviewer, key, 'c1')).toHaveLength(1);
  });

  it('stops waiting when the interviewer says so, and a file made later waits again', async () => {
    await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD, 5_000);
    await stopAwaitingFeedbackFiles(interviewer, 'c1');
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 6_000)).toEqual({ online: 0, file: 0 });
    expect(await sharesOf(interviewer, key, 'c1')).toEqual([]);
    await reviewFile(interviewer, key, choices, PASSWORD, PASSWORD, 7_000);
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 8_000)).toEqual({ online: 0, file: 1 });
  });

  it('waits for nothing when no file was made', async () => {
    expect(await reviewFile(interviewer, key, choices, PASSWORD, 'iets anders dan dat')).toMatchObject({
      ok: false,
    });
    expect(await reviewsAwaitingFeedback(interviewer, 'c1', 6_000)).toEqual({ online: 0, file: 0 });
  });
});

describe('the preview before sending', () => {
  it('is the copy that is sealed: same notes, cuts, theme names and pseudonym', async () => {
    // A theme of the codebook in use, so its name must travel with the copy.
    const [theme] = (await codebookInUse(interviewer)).themes;
    if (!theme) throw new Error('no codebook');
    await saveConversation(interviewer, key, { ...completedConversation(), themeIds: [theme.id] });
    await writeSetting(interviewer, 'reviewPseudonym', '  Merel  ');
    const chosen: ReviewChoices = {
      conversationId: 'c1',
      anonymise: true,
      leftOut: ['c1-n2'],
      removed: [{ noteId: 'c1-n1', start: 0, end: 8 }],
    };

    // As the screen makes it: from what it loaded, the codebook in use and the settings.
    const conversation = await loadConversation(interviewer, key, 'c1');
    if (!conversation) throw new Error('no conversation');
    const context = {
      codebook: await codebookInUse(interviewer),
      reviewPseudonym: (await readSettings(interviewer)).reviewPseudonym,
    };
    const guide = await guideOfConversation(
      interviewer,
      conversation.guideId,
      conversation.guideVersion,
      'nl',
    );
    const notes = await notesOfConversation(interviewer, key, 'c1');
    const preview = reviewCopyFor(conversation, notes, guide, chosen, context, 5_000);
    expect(preview.themeLabels).toContainEqual({ id: theme.id, label: theme.labels.nl });
    expect(preview.pseudonym).toBe('Merel');
    expect(preview.guide).not.toBeNull();

    const file = await reviewFile(interviewer, key, chosen, PASSWORD, PASSWORD, 5_000);
    if (!file.ok) throw new Error(file.problem);
    const sealed = await openWithPassphrase(
      'review',
      envelopeFromFile(file.content),
      PASSWORD,
      parseReviewPackage,
    );
    expect(sealed).toEqual(preview);
  });
});
