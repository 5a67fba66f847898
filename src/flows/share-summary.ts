import { loadConversation } from '../db/conversations';
import type { BuurtgesprekDatabase } from '../db/database';
import { approveIfCurrent, holdBackSummary, summaryIdFor } from '../db/sharing';
import type { Conversation } from '../domain/conversation';
import { encodeSummary } from '../domain/sharing/encode';
import { type QuoteCandidate, type QuoteProblem, quoteProblems } from '../domain/sharing/quote-review';
import { mayShare } from '../domain/sharing/status';
import { parseSummary, type Summary, type SummaryQuote } from '../domain/wire/summary';

/**
 * Sharing a conversation's summary with the area team. The privacy rule lives here and in the
 * outbox below it, not in which button is enabled: only what `encodeSummary` made from the stored
 * conversation, accepted by the wire schema, exactly as previewed, ever enters the outbox.
 */

export interface SummaryPreview {
  /** Exactly what would leave the device. */
  summary: Summary;
  /** Per quote, why it cannot go as it is. */
  quoteProblems: Map<string, QuoteProblem>;
  /** Whether it may be sent: no quote problems and accepted by the wire schema. */
  sendable: boolean;
}

/** The quotes the interviewer approved, as the encoder takes them. */
function approvedQuotes(candidates: readonly QuoteCandidate[]): SummaryQuote[] {
  return candidates
    .filter((candidate) => candidate.approved)
    .map(({ text, valueIds }) => ({ text, valueIds }));
}

/** The summary the preview shows, made by the same encoder and checked by the same schema as on approval. */
export function previewSummary(
  conversation: Conversation,
  summaryId: string,
  candidates: readonly QuoteCandidate[],
): SummaryPreview {
  const summary = encodeSummary(conversation, summaryId, approvedQuotes(candidates));
  const problems = quoteProblems(candidates);
  return { summary, quoteProblems: problems, sendable: problems.size === 0 && parseSummary(summary).ok };
}

export interface SharingApproval {
  conversationId: string;
  /** The summary id the preview showed. */
  summaryId: string;
  approvedQuotes: readonly SummaryQuote[];
}

export type SharingProblem =
  /** Erased (consent withdrawn) since the preview. */
  | 'missing'
  /** No longer completed, or consent does not allow sharing. */
  | 'not-shareable'
  /** The wire schema refuses it, e.g. a quote too long. */
  | 'invalid'
  /** Corrected or shared under another id since the preview: the interviewer must look again. */
  | 'changed';

export type SharingResult = { ok: true; summary: Summary } | { ok: false; problem: SharingProblem };

/**
 * The interviewer approved the preview: the summary is made again from the conversation as stored
 * (never from what a screen holds), checked against the wire schema, and written with the decision
 * in one transaction that also confirms the conversation did not change meanwhile.
 */
export async function approveSharing(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  approval: SharingApproval,
  now: number = Date.now(),
): Promise<SharingResult> {
  const conversation = await loadConversation(db, key, approval.conversationId);
  if (!conversation) return { ok: false, problem: 'missing' };
  if (!mayShare(conversation)) return { ok: false, problem: 'not-shareable' };
  const checked = parseSummary(encodeSummary(conversation, approval.summaryId, approval.approvedQuotes));
  if (!checked.ok) return { ok: false, problem: 'invalid' };
  const approved = await approveIfCurrent(db, conversation.id, checked.summary, now);
  return approved ? { ok: true, summary: checked.summary } : { ok: false, problem: 'changed' };
}

/** Held back: nothing of this revision is sent, and what still waited leaves the outbox. */
export async function holdBackSharing(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
  now: number = Date.now(),
): Promise<{ ok: true } | { ok: false; problem: 'missing' }> {
  const conversation = await loadConversation(db, key, conversationId);
  if (!conversation) return { ok: false, problem: 'missing' };
  await holdBackSummary(
    db,
    conversationId,
    await summaryIdFor(db, conversationId),
    conversation.revision,
    now,
  );
  return { ok: true };
}
