import type { Guide, GuideLanguage } from '../guides/guide';

/**
 * A guide written on a device, proposed to the area's administrators for publication. Only
 * published guides can be named in a summary the server accepts, so until an administrator
 * publishes it, conversations that follow it wait. What leaves the device is the guide with every
 * free text (title, description, section titles and intros, questions, probes, hints) after the
 * anonymiser: the same function builds the preview and the request, so what is sent is what she saw
 * (`guide-proposal-text.ts`; apart from this module, so the outbox sync and the service worker,
 * which follow decisions, never load the anonymiser).
 */
export type GuideProposalStatus = 'sent' | 'published' | 'rejected';

export interface GuideProposal {
  /** Made on the device; the server keeps it as the idempotency key of the send. */
  id: string;
  /** The version of her own guide that was proposed. */
  guideId: string;
  language: GuideLanguage;
  version: number;
  status: GuideProposalStatus;
  sentAt: number;
  /** The published version it became: the same id and version unless another guide held the id. */
  published?: { id: string; version: number };
  /** Why the administrators did not publish it, as they wrote it. */
  reason?: string;
  /** Made when she sends it: with the id, what follows its outcome from any of her devices (`follow-key.ts`). */
  followKey?: string;
  /** Asked with before the server answered for it (as for a theme proposal); never backed up. */
  askedFollowKey?: string;
}

export type GuideProposalOutcome =
  | { status: 'published'; guide: { id: string; version: number } }
  | { status: 'rejected'; reason: string };

/**
 * What the administrators decided, as the server reports it. A decision is final: a later answer
 * never turns a published proposal back into a waiting or rejected one.
 */
export function withGuideOutcome(proposal: GuideProposal, outcome: GuideProposalOutcome): GuideProposal {
  if (proposal.status !== 'sent') return proposal;
  return outcome.status === 'published'
    ? { ...proposal, status: 'published', published: outcome.guide }
    : { ...proposal, status: 'rejected', reason: outcome.reason };
}

/** The proposal of this guide version, if any; a rejected one may be proposed again as a new one. */
export function proposalOfVersion(
  proposals: readonly GuideProposal[],
  guide: Pick<Guide, 'id' | 'language' | 'version'>,
): GuideProposal | undefined {
  return proposals
    .filter((p) => p.guideId === guide.id && p.language === guide.language && p.version === guide.version)
    .sort((a, b) => b.sentAt - a.sentAt)[0];
}
