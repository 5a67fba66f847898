import type { BuurtgesprekDatabase } from '../db/database';
import {
  applyGuideProposalOutcomes,
  keepAnsweredGuideFollowKeys,
  pendingGuideProposalKeys,
} from '../db/guide-proposals';
import type { GuideProposalOutcome } from '../domain/proposals/guide-proposal';
import {
  GUIDE_PROPOSAL_LIMITS,
  type GuideProposalRequest,
  parseGuideProposalList,
} from '../domain/wire/guide-proposals';
import type { ServerClient } from './api';
import { askOutcomes, type ProposalSendResult, sendProposal } from './proposals';

/** Sends one guide proposal; resending the same id is safe (the server keeps it once). */
export function postGuideProposal(
  db: BuurtgesprekDatabase,
  client: ServerClient,
  request: GuideProposalRequest,
  isOnline: () => boolean,
): Promise<ProposalSendResult> {
  const { builtIn: _builtIn, ...guide } = request.guide;
  const followKey = request.followKey === undefined ? {} : { followKey: request.followKey };
  return sendProposal(db, client, '/api/guide-proposals', { id: request.id, guide, ...followKey }, isOnline);
}

/**
 * What the administrators decided on the guides proposed from this device (or from the one it was
 * restored from: asked by id and follow key) that still wait, asked with every sync before the
 * published guides are fetched, so a guide published under a fresh id is fetched in the same sync.
 * Needs no data key.
 */
export async function syncGuideProposalOutcomes(
  db: BuurtgesprekDatabase,
  client: ServerClient,
): Promise<number> {
  const waiting = await pendingGuideProposalKeys(db);
  const ids = new Set(waiting.map((proposal) => proposal.id));
  const answers = await askOutcomes(
    db,
    client,
    '/api/guide-proposals/outcomes',
    waiting,
    GUIDE_PROPOSAL_LIMITS.listed,
  );
  const outcomes = new Map<string, GuideProposalOutcome>();
  const answered = new Set<string>();
  for (const answer of answers.flatMap((body) => parseGuideProposalList(body)?.proposals ?? [])) {
    if (!ids.has(answer.id)) continue;
    answered.add(answer.id);
    if (answer.status === 'rejected')
      outcomes.set(answer.id, { status: 'rejected', reason: answer.reason ?? '' });
    else if (answer.status === 'published' && answer.guide !== undefined) {
      outcomes.set(answer.id, { status: 'published', guide: answer.guide });
    }
  }
  await keepAnsweredGuideFollowKeys(db, waiting, answered);
  return applyGuideProposalOutcomes(db, outcomes);
}
