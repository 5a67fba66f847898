import * as v from 'valibot';
import { FOLLOW_KEY_PATTERN } from '../proposals/follow-key';
import type { GuideProposal } from '../proposals/guide-proposal';
import type { ThemeProposal } from '../proposals/theme-proposal';
import { boundedList, count, guideLanguage, id, text, timestamp } from './schemas';

/**
 * Proposals in a device backup (format 2): the themes she noted (the label as typed: the backup
 * travels sealed, as the proposal is sealed at rest) and the guides she proposed, so a new device
 * knows what is waiting and what was decided, and, by each sent proposal's follow key, can learn
 * what is decided later. Backups of format 1 have none and restore as before.
 */
export const PROPOSAL_BACKUP_LIMIT = 10_000;

/** With the id, what lets a restored device follow the outcome of a proposal the old one sent. */
const followKey = v.pipe(v.string(), v.regex(FOLLOW_KEY_PATTERN));

export const ThemeProposalSchema = v.strictObject({
  id,
  label: text(200),
  conversationIds: boundedList(id, 100_000),
  status: v.picklist(['draft', 'sent', 'accepted', 'mapped', 'rejected']),
  createdAt: timestamp,
  sentText: v.optional(text(200)),
  sentAt: v.optional(timestamp),
  themeId: v.optional(id),
  followKey: v.optional(followKey),
});

const publishedRef = v.strictObject({ id, version: v.pipe(count, v.minValue(1)) });

export const GuideProposalSchema = v.strictObject({
  id,
  guideId: id,
  language: guideLanguage,
  version: v.pipe(count, v.minValue(1)),
  status: v.picklist(['sent', 'published', 'rejected']),
  sentAt: timestamp,
  published: v.optional(publishedRef),
  reason: v.optional(text(500)),
  followKey: v.optional(followKey),
});

export const ThemeProposalsSchema = boundedList(ThemeProposalSchema, PROPOSAL_BACKUP_LIMIT);
export const GuideProposalsSchema = boundedList(GuideProposalSchema, PROPOSAL_BACKUP_LIMIT);

const THEME_RANK: Record<ThemeProposal['status'], number> = {
  draft: 0,
  sent: 1,
  accepted: 2,
  mapped: 2,
  rejected: 2,
};
const GUIDE_RANK: Record<GuideProposal['status'], number> = { sent: 0, published: 1, rejected: 1 };

/**
 * Which proposals of a backup to write: those this device lacks, and those the backup knows
 * further along (sent where here it is a draft, decided where here it waits). A proposal as far
 * along here stays as it is: what was typed or decided here is never overwritten by an older copy.
 */
export function proposalsToRestore<P extends { id: string; status: S }, S extends string>(
  here: readonly { id: string; status: S }[],
  backup: readonly P[],
  rank: Record<S, number>,
): P[] {
  const status = new Map(here.map((p) => [p.id, p.status]));
  return backup.filter((proposal) => {
    const mine = status.get(proposal.id);
    return mine === undefined || rank[proposal.status] > rank[mine];
  });
}

/**
 * Follow keys to take from the backup for proposals here without one (restored before follow
 * keys, or from a backup made before the old device had synced; a key this device only asked
 * with does not count): a backup carries only keys the server answered for.
 */
export function followKeysToTake(
  here: readonly { id: string; followKey?: string | undefined }[],
  backup: readonly { id: string; followKey?: string | undefined }[],
): { id: string; followKey: string }[] {
  const keys = new Map(
    backup.flatMap((p) => (p.followKey === undefined ? [] : [[p.id, p.followKey] as const])),
  );
  return here.flatMap((p) => {
    const followKey = keys.get(p.id);
    return p.followKey === undefined && followKey !== undefined ? [{ id: p.id, followKey }] : [];
  });
}

export const themeProposalsToRestore = (
  here: readonly Pick<ThemeProposal, 'id' | 'status'>[],
  backup: readonly ThemeProposal[],
) => proposalsToRestore(here, backup, THEME_RANK);

export const guideProposalsToRestore = (
  here: readonly Pick<GuideProposal, 'id' | 'status'>[],
  backup: readonly GuideProposal[],
) => proposalsToRestore(here, backup, GUIDE_RANK);
