import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCoachAccount, storeCoachAccount, waitingCoachRecords } from '../../../src/db/coach-account';
import { saveConversation } from '../../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { saveNote } from '../../../src/db/notes';
import { coachReview } from '../../../src/db/reviews';
import { createDataKey } from '../../../src/db/sealed-box';
import { writeSetting } from '../../../src/db/settings';
import { withComment } from '../../../src/domain/packages/review';
import type { CoachRecord } from '../../../src/domain/wire/coach-reviews';
import { recordSentReview, sendWaitingCoachRecords } from '../../../src/flows/coach-records';
import { coachFeedbackFile, openReviewFile } from '../../../src/flows/review-as-coach';
import type { ServerAccess } from '../../../src/flows/server-access';
import { reviewFile } from '../../../src/flows/share-for-review';
import { completedConversation, noteWithQuote } from './support/conversations';

let interviewer: BuurtgesprekDatabase;
let coach: BuurtgesprekDatabase;
let key: CryptoKey;
let coachKey: CryptoKey;
beforeEach(async () => {
  interviewer = new BuurtgesprekDatabase(`coach-records-${Math.random()}`);
  coach = new BuurtgesprekDatabase(`coach-records-coach-${Math.random()}`);
  await Promise.all([interviewer.open(), coach.open()]);
  [key, coachKey] = await Promise.all([createDataKey(false), createDataKey(false)]);
  await saveConversation(interviewer, key, completedConversation('c1'));
  await saveNote(interviewer, key, noteWithQuote('c1'));
});
afterEach(async () => {
  await Promise.all([interviewer.delete(), coach.delete()]);
});

const PASSWORD = 'twaalf tekens of meer';

/** A server that is offline until `online` is set, and then answers as the real one does. */
function fakeServer() {
  const state = { online: false, status: 201, posted: [] as { body: CoachRecord; csrf: string | null }[] };
  const server: ServerAccess = {
    isOnline: () => state.online,
    client: {
      baseUrl: '',
      fetch: async (_url, init) => {
        if (!state.online) throw new TypeError('Failed to fetch');
        const headers = new Headers(init?.headers);
        state.posted.push({ body: JSON.parse(String(init?.body)), csrf: headers.get('x-csrf-token') });
        return new Response('{}', { status: state.status });
      },
    },
  };
  return { state, server };
}

/** The interviewer (pseudonym Merel) shares a file; the coach answers it with comments and a checklist. */
async function answeredReview() {
  await writeSetting(interviewer, 'reviewPseudonym', '  Merel ');
  const file = await reviewFile(
    interviewer,
    key,
    { conversationId: 'c1', anonymise: true, leftOut: [], removed: [] },
    PASSWORD,
    PASSWORD,
  );
  if (!file.ok) throw new Error(file.problem);
  const opened = await openReviewFile(coach, coachKey, file.content, PASSWORD);
  if (!opened.ok) throw new Error(opened.problem);
  expect(opened.value.package.pseudonym).toBe('Merel');
  const feedback = withComment(
    opened.value.feedback,
    { kind: 'note', noteId: 'c1-n1' },
    'Mooi doorgevraagd.',
  );
  feedback.checklist['open-questions'] = { answer: 'yes', remark: 'Steeds open.' };
  feedback.tip = 'Vraag naar een voorbeeld.';
  const made = await coachFeedbackFile(coach, coachKey, { ...opened.value, feedback });
  if (!made.ok) throw new Error(made.problem);
  return made.value;
}

describe("recording a sent review for the coach's account", () => {
  it('records nothing without an account: everything works as before', async () => {
    const { state, server } = fakeServer();
    state.online = true;
    const sent = await answeredReview();
    expect((await recordSentReview(coach, coachKey, server, sent)).outcome).toBe('not-signed-in');
    expect(state.posted).toEqual([]);
  });

  it('waits on the device while offline, goes when online, and carries no comment, remark or tip', async () => {
    await storeCoachAccount(coach, { name: 'ineke', csrfToken: 'csrf-1', expiresAt: '2099-01-01T00:00:00Z' });
    const { state, server } = fakeServer();
    const sent = await answeredReview();
    const first = await recordSentReview(coach, coachKey, server, sent);
    expect(first.outcome).toBe('waiting');
    expect(await waitingCoachRecords(coach)).toHaveLength(1);
    // The record id is kept with the review, so sending it again updates the same record.
    expect((await coachReview(coach, coachKey, sent.id))?.recordId).toBe(first.review.recordId);

    state.online = true;
    expect(await sendWaitingCoachRecords(coach, server)).toEqual({ waiting: 0, problem: null });
    const [posted] = state.posted;
    expect(posted?.csrf).toBe('csrf-1');
    expect(posted?.body).toMatchObject({ id: first.review.recordId, pseudonym: 'Merel', practice: false });
    expect(posted?.body.checklist['open-questions']).toBe('yes');
    expect(posted?.body.checklist['follow-up-agreed']).toBeNull();
    const wire = JSON.stringify(posted?.body);
    for (const secret of [
      'Mooi doorgevraagd',
      'Steeds open',
      'Vraag naar een voorbeeld',
      sent.id,
      PASSWORD,
    ]) {
      expect(wire).not.toContain(secret);
    }
    const again = await recordSentReview(coach, coachKey, server, first.review);
    expect(again.outcome).toBe('recorded');
    expect(state.posted.map((post) => post.body.id)).toEqual([first.review.recordId, first.review.recordId]);
  });

  it('keeps the record when the session ended, and asks her to sign in again', async () => {
    await storeCoachAccount(coach, { name: 'ineke', csrfToken: 'csrf-1', expiresAt: '2099-01-01T00:00:00Z' });
    const { state, server } = fakeServer();
    state.online = true;
    state.status = 401;
    const sent = await answeredReview();
    expect((await recordSentReview(coach, coachKey, server, sent)).outcome).toBe('sign-in-again');
    expect(await readCoachAccount(coach)).toBeNull();
    expect(await waitingCoachRecords(coach)).toHaveLength(1);
  });

  it('keeps what waited for the same coach signing in again, never for another account', async () => {
    const ineke = {
      id: 'account-ineke',
      name: 'ineke',
      csrfToken: 'csrf-1',
      expiresAt: '2099-01-01T00:00:00Z',
    };
    await storeCoachAccount(coach, ineke);
    const { state, server } = fakeServer();
    state.online = true;
    state.status = 401;
    await recordSentReview(coach, coachKey, server, await answeredReview());
    await storeCoachAccount(coach, { ...ineke, csrfToken: 'csrf-2' });
    expect(await waitingCoachRecords(coach)).toHaveLength(1);

    state.status = 401;
    await sendWaitingCoachRecords(coach, server);
    expect(await readCoachAccount(coach)).toBeNull();
    await storeCoachAccount(coach, {
      id: 'account-sanne',
      name: 'sanne',
      csrfToken: 'csrf-3',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    expect(await waitingCoachRecords(coach)).toHaveLength(0);
  });
});
