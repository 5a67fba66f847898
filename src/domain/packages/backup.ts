import * as v from 'valibot';
import type { Area } from '../areas';
import type { Conversation } from '../conversation';
import type { Guide } from '../guides/guide';
import type { Note } from '../note';
import type { GuideProposal } from '../proposals/guide-proposal';
import type { ThemeProposal } from '../proposals/theme-proposal';
import type { SharingDecision } from '../sharing/status';
import type { Codebook } from '../themes';
import { type Summary, SummarySchema } from '../wire/summary';
import { GuideProposalsSchema, ThemeProposalsSchema } from './backup-proposals';
import {
  boundedList,
  ConversationSchema,
  count,
  GuideValueSchema,
  guideLanguage,
  id,
  NoteSchema,
  parseWith,
  text,
  timestamp,
} from './schemas';

/**
 * A device backup: everything the interviewer would miss on a new device, as the unlocked app
 * sees it. It only ever travels sealed (./envelope.ts). Left out on purpose: the data key (the new
 * device has its own), the enrolment and its device token (a new device enrols itself), search
 * texts (rebuilt from the notes) and the built-in guides (shipped with the app).
 */
export interface BackupRevision {
  conversationId: string;
  revision: number;
  createdAt: number;
  conversation: Conversation;
  notes: Note[];
}

/** An outbox entry as the device keeps it (src/db/records.ts OutboxRecord). */
export interface BackupOutboxEntry {
  id: string;
  kind: 'summary';
  conversationId: string;
  payload: Summary;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

export interface BackupSettings {
  language: 'nl' | 'en';
  autoLockMinutes: number;
}

export interface DeviceBackup {
  createdAt: number;
  /** 2 since proposals travel in backups; a backup of format 1 has none and restores as before. */
  schema: 1 | 2;
  settings: BackupSettings;
  areas: Area[];
  /** Null while the device still used the shipped codebook. */
  codebook: Codebook | null;
  /** Guides made on the device; never the built-in ones. */
  guides: Guide[];
  conversations: Conversation[];
  notes: Note[];
  revisions: BackupRevision[];
  sharing: SharingDecision[];
  outbox: BackupOutboxEntry[];
  /**
   * Conversations erased on the device (consent withdrawn), by id only: a restore never brings
   * them back, from this backup or an older one. Absent in backups made before it existed.
   */
  erased?: string[];
  /** Theme proposals, with the label as typed (format 2). */
  proposals?: ThemeProposal[];
  /** Guides proposed for publication and what became of them (format 2). */
  guideProposals?: GuideProposal[];
}

export const BACKUP_LIMITS = {
  areas: 1_000,
  themes: 10_000,
  guides: 10_000,
  conversations: 100_000,
  notes: 2_000_000,
  revisions: 100_000,
  notesPerRevision: 10_000,
} as const;

const SharingSchema = v.strictObject({
  conversationId: id,
  summaryId: id,
  revision: count,
  decision: v.picklist(['approved', 'held-back']),
  decidedAt: timestamp,
  sentRevision: count,
  sentAt: v.nullable(timestamp),
});

const OutboxSchema = v.strictObject({
  id,
  kind: v.literal('summary'),
  conversationId: id,
  payload: SummarySchema,
  createdAt: timestamp,
  attempts: count,
  nextAttemptAt: timestamp,
  lastError: v.nullable(text(64)),
});

const DeviceBackupSchema = v.strictObject({
  createdAt: timestamp,
  schema: v.picklist([1, 2]),
  settings: v.strictObject({ language: guideLanguage, autoLockMinutes: v.pipe(count, v.maxValue(24 * 60)) }),
  areas: boundedList(v.strictObject({ id, name: text(200), order: count }), BACKUP_LIMITS.areas),
  codebook: v.nullable(
    v.strictObject({
      themes: v.pipe(
        boundedList(
          v.strictObject({
            id,
            labels: v.strictObject({ nl: text(200), en: text(200) }),
            retired: v.boolean(),
          }),
          BACKUP_LIMITS.themes,
        ),
        v.readonly(),
      ),
    }),
  ),
  guides: boundedList(GuideValueSchema, BACKUP_LIMITS.guides),
  conversations: boundedList(ConversationSchema, BACKUP_LIMITS.conversations),
  notes: boundedList(NoteSchema, BACKUP_LIMITS.notes),
  revisions: boundedList(
    v.strictObject({
      conversationId: id,
      revision: count,
      createdAt: timestamp,
      conversation: ConversationSchema,
      notes: boundedList(NoteSchema, BACKUP_LIMITS.notesPerRevision),
    }),
    BACKUP_LIMITS.revisions,
  ),
  sharing: boundedList(SharingSchema, BACKUP_LIMITS.conversations),
  outbox: boundedList(OutboxSchema, BACKUP_LIMITS.conversations),
  erased: v.optional(boundedList(id, BACKUP_LIMITS.conversations)),
  proposals: v.optional(ThemeProposalsSchema),
  guideProposals: v.optional(GuideProposalsSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const backupMatches: Same<v.InferOutput<typeof DeviceBackupSchema>, DeviceBackup> = true;
void backupMatches;

/**
 * The backup without anything of a conversation whose resident withdrew consent: erased here, or
 * erased on the device the backup came from (a tombstone in a newer backup than the data).
 */
export function withoutErased(backup: DeviceBackup, erasedHere: Iterable<string>): DeviceBackup {
  const erased = new Set([...erasedHere, ...(backup.erased ?? [])]);
  if (erased.size === 0) return backup;
  const kept = <T extends { conversationId: string }>(items: readonly T[]) =>
    items.filter((item) => !erased.has(item.conversationId));
  return {
    ...backup,
    conversations: backup.conversations.filter((conversation) => !erased.has(conversation.id)),
    notes: kept(backup.notes),
    revisions: kept(backup.revisions),
    sharing: kept(backup.sharing),
    outbox: kept(backup.outbox),
    erased: [...erased],
    // A proposal stays (it is hers, not the resident's); it forgets the conversations erased.
    ...(backup.proposals === undefined
      ? {}
      : {
          proposals: backup.proposals.map((proposal) => ({
            ...proposal,
            conversationIds: proposal.conversationIds.filter((id) => !erased.has(id)),
          })),
        }),
  };
}

export function parseDeviceBackup(input: unknown): DeviceBackup {
  return parseWith(DeviceBackupSchema, input, 'device backup');
}

export {
  type DeviceContents,
  planRestore,
  type RestoreCategory,
  type RestoreCounts,
  type RestoreReport,
  type RestoreWrite,
} from './restore';
