import type { BuurtgesprekDatabase } from '../db/database';
import { listGuideProposals, saveGuideProposal } from '../db/guide-proposals';
import { findGuide } from '../db/guides';
import type { Guide } from '../domain/guides/guide';
import type { GuideRef } from '../domain/guides/versions';
import { newFollowKey } from '../domain/proposals/follow-key';
import { type GuideProposal, proposalOfVersion } from '../domain/proposals/guide-proposal';
import { anonymisedGuide, changedTextCount } from '../domain/proposals/guide-proposal-text';
import { uuidv4 } from '../domain/uuid';
import { postGuideProposal } from '../sync/guide-proposals';
import type { ProposalSendProblem } from '../sync/proposals';
import type { ServerAccess } from './server-access';

/**
 * Proposing one of her own guides for publication. Nothing leaves before she looked at the
 * preview and tapped send, and then only `anonymisedGuide` of the stored version, and only when
 * it is exactly what the preview showed. The guarantee is kept here, not by which button shows.
 */
export interface GuideProposalPreview {
  /** The guide as it would be sent: every free text after the anonymiser. */
  guide: Guide;
  /** How many texts the anonymiser changed. */
  changed: number;
}

export function previewGuideProposal(guide: Guide): GuideProposalPreview {
  return { guide: anonymisedGuide(guide), changed: changedTextCount(guide) };
}

/** The proposal of this version, if she sent one (the newest, should she have sent it again). */
export async function guideProposalOf(
  db: BuurtgesprekDatabase,
  ref: GuideRef,
): Promise<GuideProposal | null> {
  return proposalOfVersion(await listGuideProposals(db), ref) ?? null;
}

export type SendGuideProposalProblem =
  | ProposalSendProblem
  | 'missing'
  | 'built-in'
  | 'changed'
  | 'already-sent';

export async function sendGuideProposal(
  db: BuurtgesprekDatabase,
  server: ServerAccess,
  ref: GuideRef,
  previewed: Guide,
  now: number = Date.now(),
): Promise<{ ok: true; proposal: GuideProposal } | { ok: false; problem: SendGuideProposalProblem }> {
  const guide = await findGuide(db, ref.id, ref.version, ref.language);
  if (guide === undefined) return { ok: false, problem: 'missing' };
  if (guide.builtIn) return { ok: false, problem: 'built-in' };
  const earlier = await guideProposalOf(db, ref);
  // A rejected version may go again (the administrators may think again); a waiting or
  // published one not.
  if (earlier !== null && earlier.status !== 'rejected') return { ok: false, problem: 'already-sent' };
  const sent = anonymisedGuide(guide);
  if (JSON.stringify(sent) !== JSON.stringify(previewed)) return { ok: false, problem: 'changed' };
  const id = uuidv4();
  // Kept with the proposal, and in her backups: any device of hers can follow it then.
  const followKey = newFollowKey();
  const posted = await postGuideProposal(db, server.client, { id, guide: sent, followKey }, server.isOnline);
  if (!posted.ok) return posted;
  const proposal: GuideProposal = {
    id,
    guideId: ref.id,
    language: ref.language,
    version: ref.version,
    status: 'sent',
    sentAt: now,
    followKey,
  };
  await saveGuideProposal(db, proposal);
  return { ok: true, proposal };
}
