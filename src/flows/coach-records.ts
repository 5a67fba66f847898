import {
  dropCoachRecord,
  endCoachSession,
  queueCoachRecord,
  readCoachAccount,
  waitingCoachRecords,
} from '../db/coach-account';
import type { BuurtgesprekDatabase } from '../db/database';
import { type CoachReviewRecord, saveCoachReview } from '../db/reviews';
import { TECHNIQUE_CHECKLIST } from '../domain/packages/checklist';
import { uuidv4 } from '../domain/uuid';
import type { CoachRecord } from '../domain/wire/coach-reviews';
import { type CoachAccountProblem, fetchCoachRecords, postCoachRecord } from '../sync/coach-account';
import type { ServerAccess } from './server-access';

/**
 * What a signed-in coach's account keeps of each review she sends (issues 13, 16), by link or by
 * file alike: when, the interviewer's pseudonym, practice or not, the checklist answers. Made
 * here from the review as sent, so nothing else can slip in: no note, comment, remark, tip, share
 * id or key. It waits on the device until the server has it (offline, or signed out meanwhile)
 * and is sent again whenever the coach sends a review or opens her overview.
 */
export function coachRecordOf(review: CoachReviewRecord, recordId: string, sentAt: number): CoachRecord {
  return {
    id: recordId,
    reviewedAt: new Date(sentAt).toISOString(),
    pseudonym: review.package.pseudonym ?? null,
    practice: review.package.conversation.practice !== undefined,
    checklist: Object.fromEntries(
      TECHNIQUE_CHECKLIST.map((item) => [item, review.feedback.checklist[item]?.answer ?? null]),
    ) as CoachRecord['checklist'],
  };
}

export type RecordOutcome = 'not-signed-in' | 'recorded' | 'waiting' | 'sign-in-again';

/**
 * After feedback was sent (or its file made): records it for the coach's account, if she has
 * one here. Returns the review with its record id (keep it: sending again updates that record).
 */
export async function recordSentReview(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
  review: CoachReviewRecord,
): Promise<{ outcome: RecordOutcome; review: CoachReviewRecord }> {
  if (review.sentAt === null || (await readCoachAccount(db)) === null)
    return { outcome: 'not-signed-in', review };
  let kept = review;
  if (kept.recordId === undefined) {
    kept = { ...review, recordId: uuidv4() };
    await saveCoachReview(db, dataKey, kept);
  }
  await queueCoachRecord(db, coachRecordOf(kept, kept.recordId ?? '', review.sentAt));
  const sent = await sendWaitingCoachRecords(db, server);
  const outcome =
    sent.waiting === 0 ? 'recorded' : sent.problem === 'signed-out' ? 'sign-in-again' : 'waiting';
  return { outcome, review: kept };
}

export interface WaitingState {
  /** Records still on the device. */
  waiting: number;
  /** Why they still wait; null when nothing was in the way. */
  problem: CoachAccountProblem | null;
}

/** Sends what waits, oldest first; stops at the first thing in the way (offline, signed out). */
export async function sendWaitingCoachRecords(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
): Promise<WaitingState> {
  const account = await readCoachAccount(db);
  if (account === null) return { waiting: 0, problem: null };
  const waiting = await waitingCoachRecords(db);
  for (const [index, record] of waiting.entries()) {
    const answer = await postCoachRecord(server.client, account, record, server.isOnline);
    if (!answer.ok && answer.problem !== 'rejected') {
      // The session ended at the server: the screen asks her to sign in again; the records wait.
      if (answer.problem === 'signed-out') await endCoachSession(db);
      return { waiting: waiting.length - index, problem: answer.problem };
    }
    await dropCoachRecord(db, record);
  }
  return { waiting: (await waitingCoachRecords(db)).length, problem: null };
}

/** The coach's records from all her devices, after sending what waits here. */
export async function coachRecordsEverywhere(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
): Promise<{ waiting: WaitingState; records: CoachRecord[] | null; problem: CoachAccountProblem | null }> {
  const waiting = await sendWaitingCoachRecords(db, server);
  if (waiting.problem === 'signed-out') return { waiting, records: null, problem: 'signed-out' };
  const answer = await fetchCoachRecords(server.client, server.isOnline);
  if (!answer.ok && answer.problem === 'signed-out') await endCoachSession(db);
  if (!answer.ok) return { waiting, records: null, problem: answer.problem };
  // The browser's session is shared with the console: if another account signed in there, these
  // are not her records. She signs in again; what waits stays hers.
  const account = await readCoachAccount(db);
  if (account?.id !== undefined && account.id !== answer.value.accountId) {
    await endCoachSession(db);
    return { waiting, records: null, problem: 'signed-out' };
  }
  return { waiting, records: answer.value.reviews, problem: null };
}
