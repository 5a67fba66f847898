import {
  type GuideProposal,
  type GuideProposalOutcome,
  withGuideOutcome,
} from '../domain/proposals/guide-proposal';
import type { BuurtgesprekDatabase } from './database';
import { type FollowedProposal, keepAnsweredKeys, keysToAsk } from './follow-keys';

/** Guides this device proposed for publication, and what became of each. */
export async function saveGuideProposal(db: BuurtgesprekDatabase, proposal: GuideProposal): Promise<void> {
  await db.guideProposals.put(proposal);
}

export async function listGuideProposals(db: BuurtgesprekDatabase): Promise<GuideProposal[]> {
  return (await db.guideProposals.toArray()).sort((a, b) => a.sentAt - b.sentAt);
}

/** Ids of the proposals that wait for a decision. */
export async function pendingGuideProposalIds(db: BuurtgesprekDatabase): Promise<string[]> {
  return (await db.guideProposals.where('status').equals('sent').primaryKeys()) as string[];
}

/** The guide proposals that wait, each with its follow key (see `keysToAsk`). */
export function pendingGuideProposalKeys(db: BuurtgesprekDatabase): Promise<FollowedProposal[]> {
  return keysToAsk(db, db.guideProposals);
}

/** The key a guide proposal was asked with becomes its follow key once the server answered for it. */
export function keepAnsweredGuideFollowKeys(
  db: BuurtgesprekDatabase,
  asked: readonly FollowedProposal[],
  answered: ReadonlySet<string>,
): Promise<void> {
  return keepAnsweredKeys(db, db.guideProposals, asked, answered);
}

/** Follows the administrators' decisions; needs no data key, so the service worker can too. */
export async function applyGuideProposalOutcomes(
  db: BuurtgesprekDatabase,
  outcomes: ReadonlyMap<string, GuideProposalOutcome>,
): Promise<number> {
  let changed = 0;
  await db.transaction('rw', db.guideProposals, async () => {
    for (const [id, outcome] of outcomes) {
      const proposal = await db.guideProposals.get(id);
      if (proposal === undefined) continue;
      const next = withGuideOutcome(proposal, outcome);
      if (next === proposal) continue;
      await db.guideProposals.put(next);
      changed++;
    }
  });
  return changed;
}
