import type { BuurtgesprekDatabase } from '../db/database';
import {
  type CoachReviewRecord,
  coachReview,
  coachReviews,
  eraseCoachReview,
  saveCoachReview,
} from '../db/reviews';
import {
  envelopeFromFile,
  envelopeToFile,
  importPackageKey,
  openPackage,
  openWithPassphrase,
  PackageError,
  type PackageProblem,
  sealPackage,
  sealWithPassphrase,
  sha256Base64url,
} from '../domain/packages/envelope';
import {
  emptyFeedback,
  fileReviewId,
  parseReviewPackage,
  type ReviewFeedback,
} from '../domain/packages/review';
import { openLinkWithCode, parseReviewCode } from '../domain/review-code';
import { parseReviewLink, type ReviewLink, replyTokenInput } from '../domain/review-link';
import { type BlobProblem, closeShare, fetchShare, fetchShareCode, sendFeedback } from '../sync/blobs';
import type { PendingWrites } from './pending-writes';
import type { ServerAccess } from './server-access';

/**
 * The coach's side of a review: open it from a link, a typed code or a file; keep it here sealed
 * with the coach's data key; return the feedback by the route the review came: through the server
 * sealed with the package key, or as a file sealed with the review file's password. Either way only
 * the interviewer can read it. A package that does not open is reported and nothing of it is stored.
 */

export type CoachProblem = BlobProblem | PackageProblem;
export type CoachResult<T> = { ok: true; value: T } | { ok: false; problem: CoachProblem };

function problemOf(error: unknown): { ok: false; problem: PackageProblem } {
  if (error instanceof PackageError) return { ok: false, problem: error.problem };
  throw error;
}

/** A pasted link or typed code: a review opened before comes from this device, else from the server. */
export async function openReviewLink(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
  text: string,
  now: number = Date.now(),
): Promise<CoachResult<CoachReviewRecord>> {
  const found = await linkOf(server, text);
  if (!found.ok) return found;
  const link = found.value;
  const kept = await openKeptReview(db, dataKey, server, link.shareId);
  if (!kept.ok) return kept;
  if (kept.value) return { ok: true, value: kept.value };
  const answer = await fetchShare(server.client, link.shareId, server.isOnline);
  if (!answer.ok) return answer;
  try {
    const key = await importPackageKey(link.key);
    const review = await openPackage('review', answer.value.package, key, parseReviewPackage);
    const opened: CoachReviewRecord = {
      id: link.shareId,
      openedAt: now,
      package: review,
      feedback: emptyFeedback(),
      sentAt: null,
      keyEncoded: link.key,
      replyToken: await sha256Base64url(replyTokenInput(link.key)),
      filePassword: null,
    };
    await saveCoachReview(db, dataKey, opened);
    return { ok: true, value: opened };
  } catch (error) {
    return problemOf(error);
  }
}

/** A pasted link as it is; a short code by asking the server for the link sealed under it. */
async function linkOf(server: ServerAccess, text: string): Promise<CoachResult<ReviewLink>> {
  const link = parseReviewLink(text);
  if (link) return { ok: true, value: link };
  const code = parseReviewCode(text);
  if (!code) return { ok: false, problem: 'malformed' };
  const answer = await fetchShareCode(server.client, code.id, server.isOnline);
  if (!answer.ok) return answer;
  try {
    return { ok: true, value: await openLinkWithCode(code, answer.value.package) };
  } catch (error) {
    return problemOf(error);
  }
}

/**
 * A review opened here before, from its sealed copy; null when there is none. When the server can
 * be asked, it is: if the resident withdrew consent meanwhile, the copy is erased here and the
 * answer is 'withdrawn'. Offline, or with any other answer, the copy opens as it is.
 */
export async function openKeptReview(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
  id: string,
): Promise<CoachResult<CoachReviewRecord | null>> {
  const kept = await coachReview(db, dataKey, id);
  if (!kept) return { ok: true, value: null };
  if (kept.keyEncoded !== null && (await withdrawnAtServer(db, server, id))) {
    return { ok: false, problem: 'withdrawn' };
  }
  return { ok: true, value: kept };
}

/**
 * Asks the server about every review opened here from a link and erases those whose resident
 * withdrew consent. Returns how many were erased (for "… reviews were erased").
 */
export async function checkCoachReviews(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
): Promise<number> {
  let erased = 0;
  for (const review of await coachReviews(db, dataKey)) {
    if (review.keyEncoded !== null && (await withdrawnAtServer(db, server, review.id))) erased++;
  }
  return erased;
}

async function withdrawnAtServer(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
  id: string,
): Promise<boolean> {
  const answer = await fetchShare(server.client, id, server.isOnline);
  if (answer.ok || answer.problem !== 'withdrawn') return false;
  await eraseCoachReview(db, id);
  return true;
}

/**
 * A review handed over as a file: opened with its password; there is no share to reply to. The
 * same file opened again reopens the review kept here, with the feedback written so far.
 */
export async function openReviewFile(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  fileText: string,
  password: string,
  now: number = Date.now(),
): Promise<CoachResult<CoachReviewRecord>> {
  try {
    const review = await openWithPassphrase(
      'review',
      envelopeFromFile(fileText),
      password,
      parseReviewPackage,
    );
    const id = fileReviewId({ conversationId: review.conversation.id, sharedAt: review.sharedAt });
    const kept = await coachReview(db, dataKey, id);
    const opened: CoachReviewRecord = kept
      ? { ...kept, filePassword: password }
      : {
          id,
          openedAt: now,
          package: review,
          feedback: emptyFeedback(),
          sentAt: null,
          keyEncoded: null,
          replyToken: null,
          filePassword: password,
        };
    await saveCoachReview(db, dataKey, opened);
    return { ok: true, value: opened };
  } catch (error) {
    return problemOf(error);
  }
}

/**
 * The feedback on a review from a file, as a file sealed with the review file's password and
 * naming the review it answers, for the interviewer to read in on her conversation. The review is
 * kept marked as answered; it can be revised and a new file made. `password` is asked for only
 * for a review opened before its password was kept.
 */
export async function coachFeedbackFile(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  record: CoachReviewRecord,
  pending: PendingWrites | null = null,
  password: string | null = null,
  now: number = Date.now(),
): Promise<
  | { ok: true; value: CoachReviewRecord; fileName: string; content: string }
  | { ok: false; problem: 'no-password' }
> {
  const sealWith = record.filePassword ?? password;
  if (!sealWith) return { ok: false, problem: 'no-password' };
  const { conversation, sharedAt } = record.package;
  const feedback: ReviewFeedback = {
    ...record.feedback,
    review: { conversationId: conversation.id, sharedAt },
    sentAt: now,
  };
  const envelope = await sealWithPassphrase('feedback', feedback, sealWith);
  const answered = { ...record, sentAt: now, filePassword: sealWith };
  // Drafts still waiting to be written go first, so they cannot overwrite the answered mark.
  await pending?.flush();
  await saveCoachReview(db, dataKey, answered);
  return {
    ok: true,
    value: answered,
    fileName: `feedback-${conversation.date}.buurtgesprek`,
    content: envelopeToFile(envelope),
  };
}

/**
 * Sends the feedback as it stands, sealed with the package key, and keeps the review marked as
 * sent. Drafts still waiting to be written go first, so they cannot overwrite the sent mark.
 */
export async function sendCoachFeedback(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
  record: CoachReviewRecord,
  pending: PendingWrites | null = null,
  now: number = Date.now(),
): Promise<CoachResult<CoachReviewRecord>> {
  if (!record.keyEncoded || !record.replyToken) return { ok: false, problem: 'wrong-token' };
  const key = await importPackageKey(record.keyEncoded);
  const envelope = await sealPackage('feedback', { ...record.feedback, sentAt: now }, key);
  const answer = await sendFeedback(server.client, record.id, record.replyToken, envelope, server.isOnline);
  if (!answer.ok) {
    if (answer.problem === 'withdrawn') {
      await pending?.flush();
      await eraseCoachReview(db, record.id);
    }
    return answer;
  }
  const sent = { ...record, sentAt: now };
  await pending?.flush();
  await saveCoachReview(db, dataKey, sent);
  return { ok: true, value: sent };
}

/** Ends the review at the server; one that expired already counts as closed. */
export async function closeCoachReview(
  server: ServerAccess,
  record: CoachReviewRecord,
): Promise<CoachResult<null>> {
  if (!record.replyToken) return { ok: false, problem: 'wrong-token' };
  const answer = await closeShare(server.client, record.id, record.replyToken, server.isOnline);
  if (!answer.ok && answer.problem !== 'expired') return answer;
  return { ok: true, value: null };
}
