import type { BuurtgesprekDatabase } from '../db/database';
import { listProposals, loadProposal, saveProposal } from '../db/proposals';
import { newFollowKey } from '../domain/proposals/follow-key';
import { markSent, proposalText } from '../domain/proposals/proposal-text';
import {
  draftProposal,
  type ProposalLabelProblem,
  proposalLabelProblem,
  type ThemeProposal,
  toggleProposalOn,
} from '../domain/proposals/theme-proposal';
import { normaliseThemeLabel } from '../domain/themes';
import { uuidv7 } from '../domain/uuid';
import { type ProposalSendProblem, postProposal } from '../sync/proposals';
import type { ServerAccess } from './server-access';

/**
 * Proposing a theme the codebook lacks. Noting one keeps it on this device, sealed, tagged on the
 * conversation it came up in; nothing leaves until the interviewer looked at the anonymised text
 * and sent it. The guarantee is kept here, not by which button is enabled: only `proposalText`
 * of the stored label is ever sent, and only when it is the text she was shown.
 */
export async function noteProposal(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  label: string,
  conversationId?: string,
  now: number = Date.now(),
): Promise<{ ok: true; proposal: ThemeProposal } | { ok: false; problem: ProposalLabelProblem }> {
  const problem = proposalLabelProblem(label);
  if (problem !== null) return { ok: false, problem };
  const wanted = normaliseThemeLabel(label).toLocaleLowerCase('nl');
  const same = (await listProposals(db, key)).find(
    (proposal) => proposal.label.toLocaleLowerCase('nl') === wanted && proposal.status !== 'rejected',
  );
  // The same words noted again tag the same proposal, rather than proposing it twice.
  const proposal =
    same === undefined
      ? draftProposal(uuidv7(), label, now, conversationId)
      : conversationId === undefined || same.conversationIds.includes(conversationId)
        ? same
        : toggleProposalOn(same, conversationId);
  if (proposal !== same) await saveProposal(db, key, proposal);
  return { ok: true, proposal };
}

/** Tags or untags a conversation with a proposal. */
export async function toggleProposalTag(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  proposalId: string,
  conversationId: string,
): Promise<ThemeProposal | undefined> {
  const proposal = await loadProposal(db, key, proposalId);
  if (proposal === undefined) return undefined;
  const next = toggleProposalOn(proposal, conversationId);
  await saveProposal(db, key, next);
  return next;
}

/** What the preview shows: exactly the text that would be sent. */
export function previewProposal(proposal: ThemeProposal): { text: string } {
  return { text: proposalText(proposal) };
}

export type SendProposalProblem = ProposalSendProblem | 'missing' | 'changed' | 'already-sent';

/** Sends the previewed text after her explicit tap; the proposal then waits for a decision. */
export async function sendProposal(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  server: ServerAccess,
  proposalId: string,
  previewedText: string,
  now: number = Date.now(),
): Promise<{ ok: true; proposal: ThemeProposal } | { ok: false; problem: SendProposalProblem }> {
  const proposal = await loadProposal(db, key, proposalId);
  if (proposal === undefined) return { ok: false, problem: 'missing' };
  if (proposal.status !== 'draft') return { ok: false, problem: 'already-sent' };
  const text = proposalText(proposal);
  if (text !== previewedText) return { ok: false, problem: 'changed' };
  // Kept with the proposal once sent, and in her backups: any device of hers can follow it then.
  const followKey = newFollowKey();
  const sent = await postProposal(
    db,
    server.client,
    { id: proposal.id, kind: 'theme', text, followKey },
    server.isOnline,
  );
  if (!sent.ok) return sent;
  const next: ThemeProposal = { ...markSent(proposal, now), followKey };
  await saveProposal(db, key, next);
  return { ok: true, proposal: next };
}

/** Proposals a conversation is tagged with, for the theme tagger. */
export async function proposalsOfConversation(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
): Promise<ThemeProposal[]> {
  return (await listProposals(db, key)).filter((proposal) =>
    proposal.conversationIds.includes(conversationId),
  );
}
