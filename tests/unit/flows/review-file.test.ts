import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { saveNote } from '../../../src/db/notes';
import { coachReviews } from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import { PASSPHRASE_MIN_LENGTH } from '../../../src/domain/passphrase';
import { openReviewFile } from '../../../src/flows/review-as-coach';
import { type ReviewChoices, reviewFile } from '../../../src/flows/share-for-review';
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
});
