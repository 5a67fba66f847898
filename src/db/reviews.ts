import { mayShareForReview } from '../domain/conversation';
import { type ChecklistTally, checklistTally } from '../domain/packages/checklist';
import {
  currentFeedback,
  type FeedbackDraft,
  fileReviewId,
  type ReviewFeedback,
  type ReviewPackage,
} from '../domain/packages/review';
import type { BuurtgesprekDatabase } from './database';
import type { ShareRecord } from './records';
import { seal, unseal } from './sealed-box';
import { queueShareWithdrawal } from './share-withdrawals';

/**
 * Coach review on this device. The interviewer's side: each conversation shared with a coach, with
 * the link key and the feedback that came back. The coach's side: each review opened here, with
 * the draft feedback. Everything a resident said, and every key that opens it, is sealed.
 */

/** A share as the interviewer made it. */
export interface Share {
  shareId: string;
  conversationId: string;
  /** The package key as in the link (base64url); it also opens the coach's feedback. */
  keyEncoded: string;
  /** What the coach proves to the server with when replying. */
  replyToken: string;
  createdAt: number;
  expiresAt: number;
}

/** A share with where its feedback stands. */
export interface ShareState extends Omit<Share, 'keyEncoded' | 'replyToken'> {
  /** Null for a review handed over as a file: its feedback came back as a file, with no key to keep. */
  keyEncoded: string | null;
  replyToken: string | null;
  /** When the server received the feedback, or null while none came back. */
  feedbackAt: number | null;
  feedbackSeenAt: number | null;
}

type Secrets = Pick<Share, 'keyEncoded' | 'replyToken'>;

export async function rememberShare(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  share: Share,
): Promise<void> {
  await db.shares.put(await shareRecord(dataKey, share));
}

/**
 * Keeps a share just uploaded, in one transaction, only if its conversation is still here with
 * consent point (d) (or is practice): the upload takes a while, and another tab may have
 * withdrawn (d) or erased the conversation meanwhile; its withdrawal queued the shares it knew
 * of, not this one. Otherwise this share is queued for deletion at the server and nothing of it
 * is kept. Returns whether it was kept.
 */
export async function rememberShareIfConsented(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  share: Share,
  now: number,
): Promise<boolean> {
  // Sealed first: awaiting WebCrypto inside a Dexie transaction would let it commit early.
  const record = await shareRecord(dataKey, share);
  return db.transaction('rw', [db.conversations, db.shares, db.shareWithdrawals], async () => {
    const conversation = await db.conversations.get(share.conversationId);
    if (conversation && mayShareForReview(conversation)) {
      await db.shares.put(record);
      return true;
    }
    await queueShareWithdrawal(db, share.shareId, now);
    return false;
  });
}

async function shareRecord(dataKey: CryptoKey, share: Share): Promise<ShareRecord> {
  const secrets: Secrets = { keyEncoded: share.keyEncoded, replyToken: share.replyToken };
  return {
    shareId: share.shareId,
    conversationId: share.conversationId,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
    secrets: await seal(dataKey, secrets, 'shares.secrets', share.shareId),
    feedback: null,
    feedbackAt: null,
    feedbackSeenAt: null,
  };
}

async function opened(dataKey: CryptoKey, record: ShareRecord): Promise<ShareState> {
  const secrets: Secrets | { keyEncoded: null; replyToken: null } = record.secrets
    ? await unseal<Secrets>(dataKey, record.secrets, 'shares.secrets', record.shareId)
    : { keyEncoded: null, replyToken: null };
  return {
    shareId: record.shareId,
    conversationId: record.conversationId,
    keyEncoded: secrets.keyEncoded,
    replyToken: secrets.replyToken,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    feedbackAt: record.feedbackAt,
    feedbackSeenAt: record.feedbackSeenAt,
  };
}

/** The conversation's shares, oldest first. */
export async function sharesOf(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  conversationId: string,
): Promise<ShareState[]> {
  const records = await db.shares.where('conversationId').equals(conversationId).sortBy('createdAt');
  return Promise.all(records.map((record) => opened(dataKey, record)));
}

/** One share with its secrets opened; undefined when it is gone (erased, withdrawn). */
export async function shareOf(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  shareId: string,
): Promise<ShareState | undefined> {
  const record = await db.shares.get(shareId);
  return record && opened(dataKey, record);
}

/**
 * Keeps feedback that came back for a share, sealed with the data key. Asking the server again
 * stores nothing new; feedback the coach sent again later replaces the earlier one and shows as
 * unseen. Returns whether anything was stored.
 */
export async function storeFeedback(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  shareId: string,
  feedback: ReviewFeedback,
  feedbackAt: number = feedback.sentAt,
): Promise<boolean> {
  // Encrypt first: awaiting WebCrypto inside a Dexie transaction would let it commit early.
  const sealed = await seal(dataKey, feedback, 'shares.feedback', shareId);
  return db.transaction('rw', db.shares, async () => {
    const record = await db.shares.get(shareId);
    if (!record) return false;
    if (record.feedback && record.feedbackAt !== null && record.feedbackAt >= feedbackAt) return false;
    await db.shares.put({ ...record, feedback: sealed, feedbackAt, feedbackSeenAt: null });
    return true;
  });
}

/**
 * Keeps feedback the interviewer read in from a file, as a share of the conversation that never was
 * on the server (no secrets, expired from the start, so it is never asked for), shown like any
 * other. The same review answered again by a newer file replaces it; an older file changes
 * nothing; a conversation no longer here (erased, withdrawn) gets nothing.
 */
export async function storeFileFeedback(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  review: { conversationId: string; sharedAt: number },
  feedback: ReviewFeedback,
): Promise<'stored' | 'unchanged' | 'no-conversation'> {
  const shareId = fileReviewId(review);
  const sealed = await seal(dataKey, feedback, 'shares.feedback', shareId);
  return db.transaction('rw', db.shares, db.conversations, async () => {
    if (!(await db.conversations.get(review.conversationId))) return 'no-conversation';
    const record = await db.shares.get(shareId);
    if (record?.feedbackAt != null && record.feedbackAt >= feedback.sentAt) return 'unchanged';
    await db.shares.put({
      shareId,
      conversationId: review.conversationId,
      createdAt: review.sharedAt,
      expiresAt: 0,
      secrets: null,
      feedback: sealed,
      feedbackAt: feedback.sentAt,
      feedbackSeenAt: null,
    });
    return 'stored';
  });
}

/** Feedback received for a conversation, in the order it came. */
export async function feedbackOf(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  conversationId: string,
): Promise<{ share: ShareState; feedback: ReviewFeedback }[]> {
  const records = await db.shares.where('conversationId').equals(conversationId).toArray();
  const received = records
    .flatMap((record) => (record.feedback ? [{ record, sealed: record.feedback }] : []))
    .sort((a, b) => (a.record.feedbackAt ?? 0) - (b.record.feedbackAt ?? 0));
  return Promise.all(
    received.map(async ({ record, sealed }) => ({
      share: await opened(dataKey, record),
      // Kept as it came: feedback of format 1 is read as format 2.
      feedback: currentFeedback(
        await unseal<ReviewFeedback>(dataKey, sealed, 'shares.feedback', record.shareId),
      ),
    })),
  );
}

export async function markFeedbackSeen(
  db: BuurtgesprekDatabase,
  shareId: string,
  now: number,
): Promise<void> {
  await db.shares
    .where('shareId')
    .equals(shareId)
    .modify((record) => {
      if (record.feedback && record.feedbackSeenAt === null) record.feedbackSeenAt = now;
    });
}

// Shares are few (one per conversation a coach looked at), so these read the table without an index:
// IndexedDB cannot index null, which is what "not seen yet" is.
async function unseen(db: BuurtgesprekDatabase): Promise<ShareRecord[]> {
  return db.shares.filter((record) => record.feedback !== null && record.feedbackSeenAt === null).toArray();
}

/** For a badge: feedback that came back and was not opened yet. Needs no unlock. */
export async function unseenFeedbackCount(db: BuurtgesprekDatabase): Promise<number> {
  return (await unseen(db)).length;
}

export async function conversationsWithUnseenFeedback(db: BuurtgesprekDatabase): Promise<Set<string>> {
  return new Set((await unseen(db)).map((record) => record.conversationId));
}

/** A review a coach opened on this device. */
export interface CoachReviewRecord {
  /** The share id, or a made-up id for a review opened from a file. */
  id: string;
  openedAt: number;
  package: ReviewPackage;
  feedback: FeedbackDraft;
  /** When the feedback was sent (or its file made), or null while it is a draft. */
  sentAt: number | null;
  /** Null for a review opened from a file: there is no share to reply to. */
  keyEncoded: string | null;
  replyToken: string | null;
  /**
   * The password a review file was opened with: its feedback file is sealed with the same one, so
   * the interviewer opens it with what she chose. It opens nothing the sealed copy here does not
   * already hold. Null for a link, and for a file opened before feedback files existed.
   */
  filePassword: string | null;
  /**
   * The id of this review's record in the coach's account (a random UUID, never the share id),
   * made when it is first recorded, so feedback sent again updates that one record.
   */
  recordId?: string;
}

type CoachSealed = Omit<CoachReviewRecord, 'id' | 'openedAt'>;

/** Drafts of format 1, and records from before feedback files, read as today's. */
function currentCoachReview(id: string, openedAt: number, sealed: CoachSealed): CoachReviewRecord {
  return {
    id,
    openedAt,
    ...sealed,
    feedback: currentFeedback(sealed.feedback),
    filePassword: sealed.filePassword ?? null,
  };
}

export async function saveCoachReview(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  review: CoachReviewRecord,
): Promise<void> {
  const { id, openedAt, ...secret } = review;
  const content: CoachSealed = secret;
  await db.coachReviews.put({ id, openedAt, sealed: await seal(dataKey, content, 'coachReviews', id) });
}

export async function coachReview(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  id: string,
): Promise<CoachReviewRecord | undefined> {
  const record = await db.coachReviews.get(id);
  if (!record) return undefined;
  const sealed = await unseal<CoachSealed>(dataKey, record.sealed, 'coachReviews', record.id);
  return currentCoachReview(record.id, record.openedAt, sealed);
}

/** The resident withdrew consent: the coach's copy goes, with the draft or sent feedback. */
export async function eraseCoachReview(db: BuurtgesprekDatabase, id: string): Promise<void> {
  await db.coachReviews.delete(id);
}

/** Newest first. */
export async function coachReviews(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
): Promise<CoachReviewRecord[]> {
  const records = await db.coachReviews.orderBy('openedAt').reverse().toArray();
  return Promise.all(
    records.map(async (record) =>
      currentCoachReview(
        record.id,
        record.openedAt,
        await unseal<CoachSealed>(dataKey, record.sealed, 'coachReviews', record.id),
      ),
    ),
  );
}

/** How often each point of technique was met, over the feedback this coach sent. */
export async function coachChecklistTally(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
): Promise<ChecklistTally> {
  const sent = (await coachReviews(db, dataKey)).flatMap((review) =>
    review.sentAt === null ? [] : [{ ...review.feedback, sentAt: review.sentAt }],
  );
  return checklistTally(sent);
}
