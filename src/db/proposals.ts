import type { ProposalOutcome, ThemeProposal } from '../domain/proposals/theme-proposal';
import { withOutcome } from '../domain/proposals/theme-proposal';
import type { BuurtgesprekDatabase } from './database';
import { type FollowedProposal, keepAnsweredKeys, keysToAsk } from './follow-keys';
import type { ProposalRecord } from './records';
import { seal, unseal } from './sealed-box';

type SealedProposal = Pick<ThemeProposal, 'label' | 'sentText' | 'sentAt'>;

export type { FollowedProposal } from './follow-keys';

/** How a proposal is stored: its state in the clear, what she typed sealed to its row. */
export async function proposalRecord(key: CryptoKey, proposal: ThemeProposal): Promise<ProposalRecord> {
  const { id, status, createdAt, themeId, conversationIds, followKey, askedFollowKey, ...secret } = proposal;
  return {
    id,
    status,
    createdAt,
    conversationIds: [...conversationIds],
    ...(themeId === undefined ? {} : { themeId }),
    ...(followKey === undefined ? {} : { followKey }),
    ...(askedFollowKey === undefined ? {} : { askedFollowKey }),
    sealed: await seal(key, secret satisfies SealedProposal, 'proposals', id),
  };
}

export async function proposalFromRecord(
  key: CryptoKey,
  { sealed, ...record }: ProposalRecord,
): Promise<ThemeProposal> {
  return { ...record, ...(await unseal<SealedProposal>(key, sealed, 'proposals', record.id)) };
}

export async function saveProposal(db: BuurtgesprekDatabase, key: CryptoKey, proposal: ThemeProposal) {
  const record = await proposalRecord(key, proposal);
  await db.proposals.put(record);
}

export async function loadProposal(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  id: string,
): Promise<ThemeProposal | undefined> {
  const record = await db.proposals.get(id);
  return record === undefined ? undefined : proposalFromRecord(key, record);
}

/** Every proposal on this device, oldest first. */
export async function listProposals(db: BuurtgesprekDatabase, key: CryptoKey): Promise<ThemeProposal[]> {
  const records = await db.proposals.orderBy('createdAt').toArray();
  return Promise.all(records.map((record) => proposalFromRecord(key, record)));
}

/** Ids of the proposals sent and not decided yet: what the sync asks the server about. */
export async function pendingProposalIds(db: BuurtgesprekDatabase): Promise<string[]> {
  return (await db.proposals.where('status').equals('sent').primaryKeys()) as string[];
}

/** The theme proposals that wait, each with its follow key (see `keysToAsk`). */
export function pendingProposalKeys(db: BuurtgesprekDatabase): Promise<FollowedProposal[]> {
  return keysToAsk(db, db.proposals);
}

/** The key a proposal was asked with becomes its follow key once the server answered for it. */
export function keepAnsweredFollowKeys(
  db: BuurtgesprekDatabase,
  asked: readonly FollowedProposal[],
  answered: ReadonlySet<string>,
): Promise<void> {
  return keepAnsweredKeys(db, db.proposals, asked, answered);
}

/**
 * Follows the administrators' decisions without the data key (the service worker syncs while the
 * notes are locked): only the clear status and theme id change, the sealed part stays as it is.
 */
export async function applyProposalOutcomes(
  db: BuurtgesprekDatabase,
  outcomes: ReadonlyMap<string, ProposalOutcome>,
): Promise<number> {
  let changed = 0;
  await db.transaction('rw', db.proposals, async () => {
    for (const [id, outcome] of outcomes) {
      const record = await db.proposals.get(id);
      if (record === undefined) continue;
      // withOutcome decides on status alone; the sealed fields play no part in it.
      const next = withOutcome({ ...record, label: '' }, outcome);
      if (next.status === record.status) continue;
      await db.proposals.update(id, {
        status: next.status,
        ...(next.themeId === undefined ? {} : { themeId: next.themeId }),
      });
      changed++;
    }
  });
  return changed;
}

/** Erasing a conversation (consent withdrawn) untags it from every proposal, without the data key. */
export async function untagConversation(db: BuurtgesprekDatabase, conversationId: string): Promise<void> {
  const tagged = await db.proposals.where('conversationIds').equals(conversationId).toArray();
  for (const record of tagged) {
    await db.proposals.update(record.id, {
      conversationIds: record.conversationIds.filter((id) => id !== conversationId),
    });
  }
}
