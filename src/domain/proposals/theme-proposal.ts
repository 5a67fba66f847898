import { normaliseThemeLabel, THEME_LABEL_MAX_LENGTH, type ThemeLabelProblem } from '../themes';

/**
 * A theme the codebook lacks, as the interviewer noted it. It never becomes an id in a summary:
 * it stays on the device (sealed, like a note) until she sends its anonymised text to the area's
 * administrators, who accept it into the codebook (it then gets a stable id), map it onto a theme
 * that exists, or reject it. Until one of the first two, it counts nowhere.
 */
export type ProposalStatus = 'draft' | 'sent' | 'accepted' | 'mapped' | 'rejected';

export interface ThemeProposal {
  /** Made on the device; the server keeps it as the idempotency key of the send. */
  id: string;
  /** What she typed. Sealed at rest; never leaves the device as typed. */
  label: string;
  /** Conversations she tagged with it; sealed with the label, never in a summary. */
  conversationIds: string[];
  status: ProposalStatus;
  createdAt: number;
  /** The anonymised text she saw in the preview and sent. */
  sentText?: string;
  sentAt?: number;
  /** The codebook theme it became (accepted) or was mapped onto. */
  themeId?: string;
  /** Made when she sends it: with the id, what follows its outcome from any of her devices (`follow-key.ts`). */
  followKey?: string;
  /** Asked with before the server answered for it (db/records.ts `ProposalRecord`); never backed up. */
  askedFollowKey?: string;
}

export type ProposalOutcome =
  | { status: 'sent' }
  | { status: 'accepted' | 'mapped'; themeId: string }
  | { status: 'rejected' };

export type ProposalLabelProblem = Exclude<ThemeLabelProblem, 'duplicate'>;

export function proposalLabelProblem(label: string): ProposalLabelProblem | null {
  const normalised = normaliseThemeLabel(label);
  if (normalised === '') return 'empty';
  if (normalised.length > THEME_LABEL_MAX_LENGTH) return 'too-long';
  return null;
}

export function draftProposal(
  id: string,
  label: string,
  now: number,
  conversationId?: string,
): ThemeProposal {
  return {
    id,
    label: normaliseThemeLabel(label),
    conversationIds: conversationId === undefined ? [] : [conversationId],
    status: 'draft',
    createdAt: now,
  };
}

/** Tags or untags a conversation with the proposal; only a draft or a pending one can be tagged. */
export function toggleProposalOn(proposal: ThemeProposal, conversationId: string): ThemeProposal {
  const has = proposal.conversationIds.includes(conversationId);
  return {
    ...proposal,
    conversationIds: has
      ? proposal.conversationIds.filter((id) => id !== conversationId)
      : [...proposal.conversationIds, conversationId],
  };
}

/**
 * What the administrators decided, as the server reports it. A decision is final: a later answer
 * never turns an accepted proposal back into a pending one.
 */
export function withOutcome(proposal: ThemeProposal, outcome: ProposalOutcome): ThemeProposal {
  if (proposal.status === 'draft' || outcome.status === 'sent') return proposal;
  if (proposal.status !== 'sent') return proposal;
  return outcome.status === 'rejected'
    ? { ...proposal, status: 'rejected' }
    : { ...proposal, status: outcome.status, themeId: outcome.themeId };
}

/** A decided proposal whose theme a conversation tagged with it could be given, with a tap. */
export function themeOfferedFor(
  proposal: ThemeProposal,
  conversationThemeIds: readonly string[],
): string | null {
  if (proposal.status !== 'accepted' && proposal.status !== 'mapped') return null;
  if (proposal.themeId === undefined || conversationThemeIds.includes(proposal.themeId)) return null;
  return proposal.themeId;
}
