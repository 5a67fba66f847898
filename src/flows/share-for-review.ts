import { codebookInUse } from '../db/area-configuration';
import { loadConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import { guideOfConversation } from '../db/guides';
import { notesOfConversation } from '../db/notes';
import { awaitFeedbackFile } from '../db/review-waiting';
import { rememberShareIfConsented } from '../db/reviews';
import { readSettings } from '../db/settings';
import { cleanPseudonym } from '../domain/coaching/pseudonym';
import { type Conversation, mayShareForReview } from '../domain/conversation';
import type { Guide } from '../domain/guides/guide';
import type { Note } from '../domain/note';
import {
  envelopeToFile,
  newPackageKey,
  sealPackage,
  sealWithPassphrase,
  sha256Base64url,
} from '../domain/packages/envelope';
import type { ReviewPackage } from '../domain/packages/review';
import { type ReviewCopyOptions, reviewCopy } from '../domain/packages/review-copy';
import { type PassphraseProblem, passphraseProblem } from '../domain/passphrase';
import { newReviewCode, type ReviewCode, sealLinkForCode } from '../domain/review-code';
import { type ReviewLink, replyTokenInput } from '../domain/review-link';
import { type Codebook, themeLabel } from '../domain/themes';
import { type BlobProblem, fileShareCode, uploadShare } from '../sync/blobs';
import type { ServerAccess } from './server-access';

/**
 * Sharing a conversation with a coach. What is sealed is made here, from the conversation as
 * stored, with the interviewer's choices: notes left out, passages cut, names anonymised. The
 * package key is fresh per share and leaves the device only in the link's fragment; the server
 * gets ciphertext and a hash of the reply token.
 */

export interface ReviewChoices extends Omit<ReviewCopyOptions, 'themeLabels' | 'pseudonym'> {
  conversationId: string;
  /** Notes the interviewer left out entirely. */
  leftOut: readonly string[];
}

/** What the copy takes from the device beside the conversation: the same for preview and seal. */
export interface ReviewCopyContext {
  /** The codebook in use: the coach's device may not know this area's, so the names travel along. */
  codebook: Codebook;
  /** The pseudonym setting as stored; cleaned here. */
  reviewPseudonym: string;
}

/**
 * The copy the coach would read: notes with text, minus those left out, with the cuts made, the
 * names of the themes it uses and her pseudonym. The one function for both the preview on screen
 * and the copy that is sealed, so what she sees is what the coach gets.
 */
export function reviewCopyFor(
  conversation: Conversation,
  notes: readonly Note[],
  guide: Guide | undefined,
  choices: ReviewChoices,
  context: ReviewCopyContext,
  now: number,
): ReviewPackage {
  const shared = notes.filter((note) => note.text.trim() !== '' && !choices.leftOut.includes(note.id));
  const themeLabels = context.codebook.themes.map((theme) => ({
    id: theme.id,
    label: themeLabel(theme, conversation.guideLanguage),
  }));
  const pseudonym = cleanPseudonym(context.reviewPseudonym);
  return reviewCopy(conversation, shared, guide ?? null, { ...choices, themeLabels, pseudonym }, now);
}

async function storedCopy(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  choices: ReviewChoices,
  now: number,
): Promise<ReviewPackage | null> {
  const conversation = await loadConversation(db, dataKey, choices.conversationId);
  // Only with consent point (d): the guarantee lives here, not in which button is shown.
  if (!conversation || !mayShareForReview(conversation)) return null;
  const [notes, guide, codebook, settings] = await Promise.all([
    notesOfConversation(db, dataKey, conversation.id),
    guideOfConversation(db, conversation.guideId, conversation.guideVersion, conversation.guideLanguage),
    codebookInUse(db),
    readSettings(db),
  ]);
  // Her pseudonym as set now, whatever the screen held: the setting is the one place it is chosen.
  return reviewCopyFor(
    conversation,
    notes,
    guide,
    choices,
    { codebook, reviewPseudonym: settings.reviewPseudonym },
    now,
  );
}

export type ShareForReviewResult =
  /** `code`: the link as a short code to read out; null when the server could not file it. */
  | { ok: true; link: ReviewLink; code: ReviewCode | null; expiresAt: string }
  | { ok: false; problem: BlobProblem };

/** Seals the copy with a fresh key, uploads it, and keeps the key and reply token here, sealed. */
export async function shareForReview(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  server: ServerAccess,
  choices: ReviewChoices,
  now: number = Date.now(),
): Promise<ShareForReviewResult> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { ok: false, problem: 'not-enrolled' };
  const copy = await storedCopy(db, dataKey, choices, now);
  if (!copy) return { ok: false, problem: 'unknown' };
  const { key, encoded } = await newPackageKey();
  const envelope = await sealPackage('review', copy, key);
  const replyToken = await sha256Base64url(replyTokenInput(encoded));
  const answer = await uploadShare(
    server.client,
    enrolment.deviceToken,
    envelope,
    await sha256Base64url(replyToken),
    server.isOnline,
  );
  if (!answer.ok) return answer;
  const kept = await rememberShareIfConsented(
    db,
    dataKey,
    {
      shareId: answer.value.id,
      conversationId: choices.conversationId,
      keyEncoded: encoded,
      replyToken,
      createdAt: now,
      expiresAt: Date.parse(answer.value.expiresAt),
    },
    now,
  );
  // (d) withdrawn or the conversation erased during the upload: the next drain deletes the share.
  if (!kept) return { ok: false, problem: 'withdrawn' };
  const link = { shareId: answer.value.id, key: encoded };
  const code = await fileCode(server, enrolment.deviceToken, link);
  return { ok: true, link, code, expiresAt: answer.value.expiresAt };
}

// A clash with another open share's code id is rare (2^30 ids); a few fresh codes settle it.
const CODE_TRIES = 3;

async function fileCode(
  server: ServerAccess,
  deviceToken: string,
  link: ReviewLink,
): Promise<ReviewCode | null> {
  for (let attempt = 0; attempt < CODE_TRIES; attempt++) {
    const code = newReviewCode();
    const sealed = await sealLinkForCode(code, link);
    const filed = await fileShareCode(server.client, deviceToken, link.shareId, code.id, sealed);
    if (filed === 'filed') return code;
    if (filed === 'failed') return null;
  }
  return null;
}

export type FilePasswordProblem = Exclude<PassphraseProblem, 'same-as-old'>;

export type ReviewFileResult =
  | { ok: true; fileName: string; content: string }
  | { ok: false; problem: FilePasswordProblem | 'unknown' };

/**
 * The same copy as a file sealed with a password, for a coach without the server. The password
 * follows the passphrase rule of the domain (length in characters, not UTF-16 units).
 */
export async function reviewFile(
  db: BuurtgesprekDatabase,
  dataKey: CryptoKey,
  choices: ReviewChoices,
  password: string,
  repeated: string,
  now: number = Date.now(),
): Promise<ReviewFileResult> {
  const problem = passphraseProblem(password, repeated);
  if (problem === 'too-short' || problem === 'mismatch') return { ok: false, problem };
  const copy = await storedCopy(db, dataKey, choices, now);
  if (!copy) return { ok: false, problem: 'unknown' };
  const envelope = await sealWithPassphrase('review', copy, password);
  // The conversation shows it waits for the coach until her feedback file is read in.
  await awaitFeedbackFile(db, { conversationId: copy.conversation.id, sharedAt: copy.sharedAt });
  return {
    ok: true,
    fileName: `review-${copy.conversation.date}.buurtgesprek`,
    content: envelopeToFile(envelope),
  };
}
