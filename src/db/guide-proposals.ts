import { newFollowKey } from '../domain/proposals/follow-key';
import {
  type GuideProposal,
  type GuideProposalOutcome,
  withGuideOutcome,
} from '../domain/proposals/guide-proposal';
import type { BuurtgesprekDatabase } from './database';
import type { FollowedProposal } from './proposals';

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

/**
 * The guide proposals that wait, each with its follow key; one sent before follow keys is asked
 * with a key of this device's making until the server answered for it (as for theme proposals).
 */
export function pendingGuideProposalKeys(db: BuurtgesprekDatabase): Promise<FollowedProposal[]> {
  return db.transaction('rw', db.guideProposals, async () => {
    const waiting = await db.guideProposals.where('status').equals('sent').toArray();
    const asked: FollowedProposal[] = [];
    for (const proposal of waiting) {
      let followKey = proposal.followKey ?? proposal.askedFollowKey;
      if (followKey === undefined) {
        followKey = newFollowKey();
        await db.guideProposals.update(proposal.id, { askedFollowKey: followKey });
      }
      asked.push({ id: proposal.id, followKey });
    }
    return asked;
  });
}

/** The key a guide proposal was asked with becomes its follow key once the server answered for it. */
export async function keepAnsweredGuideFollowKeys(
  db: BuurtgesprekDatabase,
  asked: readonly FollowedProposal[],
  answered: ReadonlySet<string>,
): Promise<void> {
  await db.transaction('rw', db.guideProposals, async () => {
    for (const { id, followKey } of asked) {
      const record = await db.guideProposals.get(id);
      if (!answered.has(id) || record === undefined || record.followKey !== undefined) continue;
      const { askedFollowKey: _, ...rest } = record;
      await db.guideProposals.put({ ...rest, followKey });
    }
  });
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
