import type { Area } from '../domain/areas';
import type { Conversation } from '../domain/conversation';
import type { Guide, GuideLanguage } from '../domain/guides/guide';
import { type Note, searchTextOf } from '../domain/note';
import {
  type BackupOutboxEntry,
  type BackupRevision,
  type DeviceBackup,
  type DeviceContents,
  parseDeviceBackup,
  planRestore,
  type RestoreReport,
  type RestoreWrite,
  withoutErased,
} from '../domain/packages/backup';
import {
  followKeysToTake,
  guideProposalsToRestore,
  themeProposalsToRestore,
} from '../domain/packages/backup-proposals';
import { AUTO_LOCK_CHOICES_MINUTES } from '../domain/passphrase';
import type { GuideProposal } from '../domain/proposals/guide-proposal';
import type { ThemeProposal } from '../domain/proposals/theme-proposal';
import type { SharingDecision } from '../domain/sharing/status';
import type { Codebook } from '../domain/themes';
import { listAreas } from './areas';
import {
  conversationFromRecord,
  conversationRecord,
  revisionFromRecord,
  revisionRecord,
} from './conversations';
import type { BuurtgesprekDatabase } from './database';
import { noteFromRecord, noteRecord } from './notes';
import { proposalFromRecord, proposalRecord } from './proposals';
import type {
  ConversationRecord,
  NoteRecord,
  OutboxRecord,
  RevisionRecord,
  SearchTextRecord,
  SettingRecord,
} from './records';
import { searchTextRecord } from './search-texts';
import { readSettings } from './settings';

/**
 * A device backup out of, and back into, this database. The backup is plain data (the caller
 * seals it into an envelope); restoring seals everything again with this device's data key, so
 * two devices never share a key. Sealed parts are read and written the way conversations.ts and
 * notes.ts do it, field for field.
 */

// Exactly the fields of each interface: a record carrying anything else would make a backup that
// cannot be restored (the backup schema is strict).
const conversationOf = (c: Conversation): Conversation => ({
  id: c.id,
  areaId: c.areaId,
  guideId: c.guideId,
  guideVersion: c.guideVersion,
  guideLanguage: c.guideLanguage,
  date: c.date,
  residentProfile: c.residentProfile,
  status: c.status,
  revision: c.revision,
  updatedAt: c.updatedAt,
  consent: c.consent,
  valueTags: c.valueTags,
  themeIds: c.themeIds,
  obstacles: c.obstacles,
  followUp: c.followUp,
  peopleMentioned: c.peopleMentioned,
  ...(c.reflection !== undefined && { reflection: c.reflection }),
  ...(c.practice !== undefined && { practice: { scenarioId: c.practice.scenarioId } }),
});

const noteOf = (n: Note): Note => ({
  id: n.id,
  conversationId: n.conversationId,
  promptId: n.promptId,
  text: n.text,
  // Notes sealed before quotes existed carry none.
  quotes: n.quotes ?? [],
  updatedAt: n.updatedAt,
});

const sharingOf = (d: SharingDecision): SharingDecision => ({
  conversationId: d.conversationId,
  summaryId: d.summaryId,
  revision: d.revision,
  decision: d.decision,
  decidedAt: d.decidedAt,
  sentRevision: d.sentRevision,
  sentAt: d.sentAt,
});

const outboxOf = (e: OutboxRecord): BackupOutboxEntry => ({
  id: e.id,
  kind: e.kind,
  conversationId: e.conversationId,
  payload: e.payload,
  createdAt: e.createdAt,
  attempts: e.attempts,
  nextAttemptAt: e.nextAttemptAt,
  lastError: e.lastError,
});

const themeProposalOf = (p: ThemeProposal): ThemeProposal => ({
  id: p.id,
  label: p.label,
  conversationIds: [...p.conversationIds],
  status: p.status,
  createdAt: p.createdAt,
  ...(p.sentText !== undefined && { sentText: p.sentText }),
  ...(p.sentAt !== undefined && { sentAt: p.sentAt }),
  ...(p.themeId !== undefined && { themeId: p.themeId }),
  ...(p.followKey !== undefined && { followKey: p.followKey }),
});

const guideProposalOf = (p: GuideProposal): GuideProposal => ({
  id: p.id,
  guideId: p.guideId,
  language: p.language,
  version: p.version,
  status: p.status,
  sentAt: p.sentAt,
  ...(p.published !== undefined && { published: { id: p.published.id, version: p.published.version } }),
  ...(p.reason !== undefined && { reason: p.reason }),
  ...(p.followKey !== undefined && { followKey: p.followKey }),
});

function isCodebook(value: unknown): value is Codebook {
  return typeof value === 'object' && value !== null && Array.isArray((value as Codebook).themes);
}

/** Everything the unlocked device holds, decrypted; checked against the backup schema before it is handed out. */
export async function exportDevice(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  now: number,
): Promise<DeviceBackup> {
  // One read transaction: a backup is a single moment, not a mix of before and after a save.
  const tables = [
    db.settings,
    db.areas,
    db.guides,
    db.conversations,
    db.notes,
    db.revisions,
    db.sharing,
    db.outbox,
    db.erased,
    db.proposals,
    db.guideProposals,
  ];
  const read = await db.transaction('r', tables, async () => ({
    settings: await readSettings(db),
    codebook: (await db.settings.get('codebook'))?.value,
    areas: await listAreas(db),
    guides: await db.guides.toArray(),
    conversations: await db.conversations.toArray(),
    notes: await db.notes.toArray(),
    revisions: await db.revisions.toArray(),
    sharing: await db.sharing.toArray(),
    outbox: await db.outbox.toArray(),
    erased: (await db.erased.toCollection().primaryKeys()) as string[],
    proposals: await db.proposals.toArray(),
    guideProposals: await db.guideProposals.toArray(),
  }));
  // Practice conversations stay out unless the interviewer chose to keep them in backups: the
  // guarantee lives here, where every backup (server or file) is made.
  const leftOut = new Set(
    read.settings.backupIncludesPractice
      ? []
      : read.conversations.filter((record) => record.practice !== undefined).map((record) => record.id),
  );
  const kept = <T extends { conversationId: string }>(items: readonly T[]) =>
    items.filter((item) => !leftOut.has(item.conversationId));
  const [conversations, notes, revisions, proposals] = await Promise.all([
    Promise.all(
      read.conversations
        .filter((record) => !leftOut.has(record.id))
        .map(async (record) => conversationOf(await conversationFromRecord(key, record))),
    ),
    Promise.all(kept(read.notes).map(async (record) => noteOf(await noteFromRecord(key, record)))),
    Promise.all(
      kept(read.revisions).map(async (record): Promise<BackupRevision> => {
        const snapshot = await revisionFromRecord(key, record);
        return {
          conversationId: record.conversationId,
          revision: record.revision,
          createdAt: record.createdAt,
          conversation: conversationOf(snapshot.conversation),
          notes: snapshot.notes.map(noteOf),
        };
      }),
    ),
    Promise.all(read.proposals.map(async (record) => themeProposalOf(await proposalFromRecord(key, record)))),
  ]);
  // A backup that could not be restored is worse than none: it fails here, where someone sees it.
  return parseDeviceBackup({
    createdAt: now,
    schema: 2,
    settings: { language: read.settings.language, autoLockMinutes: read.settings.autoLockMinutes },
    areas: read.areas.map((area) => ({ id: area.id, name: area.name, order: area.order })),
    codebook: isCodebook(read.codebook) ? read.codebook : null,
    guides: read.guides.map((guide) => ({ ...guide, builtIn: false })),
    conversations,
    notes,
    revisions,
    sharing: kept(read.sharing).map(sharingOf),
    outbox: kept(read.outbox).map(outboxOf),
    erased: read.erased,
    // A practice conversation left out leaves no trace in a proposal's tags either.
    proposals: proposals.map((p) => ({
      ...p,
      conversationIds: p.conversationIds.filter((id) => !leftOut.has(id)),
    })),
    guideProposals: read.guideProposals.map(guideProposalOf),
  } satisfies DeviceBackup);
}

/** What the merge needs to know about this device: clear fields only, nothing is decrypted. */
async function contents(db: BuurtgesprekDatabase, backup: DeviceBackup): Promise<DeviceContents> {
  const conversationIds = [
    ...new Set([...backup.conversations.map((c) => c.id), ...backup.notes.map((n) => n.conversationId)]),
  ];
  const [language, autoLock, codebook] = await db.settings.bulkGet([
    'language',
    'autoLockMinutes',
    'codebook',
  ]);
  const [areas, guideKeys, conversations, notes, revisions, sharing, outbox] = await Promise.all([
    db.areas.toArray(),
    db.guides.toCollection().primaryKeys(),
    db.conversations.bulkGet(conversationIds),
    db.notes.bulkGet(backup.notes.map((note) => note.id)),
    db.revisions.bulkGet(backup.revisions.map((r) => `${r.conversationId}:${r.revision}`)),
    db.sharing.toArray(),
    db.outbox.toArray(),
  ]);
  const present = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);
  return {
    settings: {
      ...(language?.value === 'nl' || language?.value === 'en' ? { language: language.value } : {}),
      ...((AUTO_LOCK_CHOICES_MINUTES as readonly unknown[]).includes(autoLock?.value)
        ? { autoLockMinutes: autoLock?.value as number }
        : {}),
    },
    areas,
    codebook: isCodebook(codebook?.value) ? codebook.value : null,
    guides: guideKeys.map(([id, language, version]) => ({
      id,
      language: language as GuideLanguage,
      version,
    })),
    conversations: present(conversations),
    notes: present(notes),
    revisions: present(revisions),
    sharing,
    outbox: outbox.map(outboxOf),
  };
}

interface Prepared {
  conversations: ConversationRecord[];
  notes: NoteRecord[];
  revisions: RevisionRecord[];
  searchTexts: SearchTextRecord[];
}

/** Seals what is to be written, before the transaction: WebCrypto inside one would let it commit early. */
async function prepare(db: BuurtgesprekDatabase, key: CryptoKey, write: RestoreWrite): Promise<Prepared> {
  const conversations = Promise.all(write.conversations.map((c) => conversationRecord(key, c)));
  const notes = Promise.all(write.notes.map((note) => noteRecord(key, note)));
  const revisions = Promise.all(
    write.revisions.map(
      (revision): Promise<RevisionRecord> =>
        revisionRecord(
          key,
          {
            conversationId: revision.conversationId,
            revision: revision.revision,
            createdAt: revision.createdAt,
          },
          { conversation: revision.conversation, notes: revision.notes },
        ),
    ),
  );
  return {
    conversations: await conversations,
    notes: await notes,
    revisions: await revisions,
    searchTexts: await searchTexts(db, key, write.notes),
  };
}

/** A conversation's search text covers all its notes: the restored ones and those already here. */
async function searchTexts(db: BuurtgesprekDatabase, key: CryptoKey, written: readonly Note[]) {
  const byConversation = new Map<string, Map<string, Note>>();
  for (const note of written) {
    const notes = byConversation.get(note.conversationId) ?? new Map<string, Note>();
    byConversation.set(note.conversationId, notes.set(note.id, note));
  }
  if (byConversation.size === 0) return [];
  const local = await db.notes
    .where('conversationId')
    .anyOf([...byConversation.keys()])
    .toArray();
  await Promise.all(
    local.map(async (record) => {
      const notes = byConversation.get(record.conversationId);
      if (!notes || notes.has(record.id)) return;
      notes.set(record.id, noteOf(await noteFromRecord(key, record)));
    }),
  );
  return Promise.all(
    [...byConversation].map(([conversationId, notes]) =>
      searchTextRecord(
        key,
        conversationId,
        searchTextOf([...notes.values()].sort((a, b) => a.updatedAt - b.updatedAt)),
      ),
    ),
  );
}

class ChangedMeanwhile extends Error {
  override name = 'ChangedMeanwhile';
}

// The records sealed beforehand are the backup's own objects, so "the same plan" is identity.
function samePlan(a: RestoreWrite, b: RestoreWrite): boolean {
  const same = <T>(x: readonly T[], y: readonly T[]) =>
    x.length === y.length && x.every((item, i) => item === y[i]);
  const { conversations, notes, revisions, ...rest } = a;
  const { conversations: c2, notes: n2, revisions: r2, ...rest2 } = b;
  return (
    same(conversations, c2) &&
    same(notes, n2) &&
    same(revisions, r2) &&
    JSON.stringify(rest) === JSON.stringify(rest2)
  );
}

const ATTEMPTS = 3;

/**
 * Merges a backup into this device (src/domain/packages/restore.ts decides what goes in) and says
 * what happened. The merge is planned again inside the write transaction: if a tab saved something
 * while the backup was being sealed, the work is redone rather than the newer save overwritten.
 */
export async function restoreDevice(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  whole: DeviceBackup,
): Promise<RestoreReport> {
  // Nothing of a conversation erased here, or on the device the backup came from, comes back.
  const backup = withoutErased(whole, (await db.erased.toCollection().primaryKeys()) as string[]);
  const tables = [
    db.erased,
    db.settings,
    db.areas,
    db.guides,
    db.conversations,
    db.notes,
    db.revisions,
    db.searchTexts,
    db.sharing,
    db.outbox,
    db.proposals,
    db.guideProposals,
  ];
  // Sealed before the transaction (WebCrypto inside one would let it commit early); which of them
  // are written is decided again inside it, from the clear statuses.
  const themeProposals = new Map(
    await Promise.all(
      (backup.proposals ?? []).map(async (p) => [p.id, await proposalRecord(key, p)] as const),
    ),
  );
  for (let attempt = 1; ; attempt++) {
    const plan = planRestore(await contents(db, backup), backup);
    const prepared = await prepare(db, key, plan.write);
    try {
      await db.transaction('rw', tables, async () => {
        if (!samePlan(plan.write, planRestore(await contents(db, backup), backup).write)) {
          throw new ChangedMeanwhile('The device changed while the backup was being restored');
        }
        await write(db, plan.write, prepared);
        const themes = themeProposalsToRestore(await db.proposals.toArray(), backup.proposals ?? []);
        await db.proposals.bulkPut(themes.flatMap((p) => themeProposals.get(p.id) ?? []));
        await db.guideProposals.bulkPut(
          guideProposalsToRestore(await db.guideProposals.toArray(), backup.guideProposals ?? []).map(
            guideProposalOf,
          ),
        );
        for (const { id, followKey } of followKeysToTake(
          await db.proposals.toArray(),
          backup.proposals ?? [],
        ))
          await db.proposals.update(id, { followKey });
        const guideKeys = followKeysToTake(await db.guideProposals.toArray(), backup.guideProposals ?? []);
        for (const { id, followKey } of guideKeys) await db.guideProposals.update(id, { followKey });
        const erasedAt = Date.now();
        await db.erased.bulkPut(
          (backup.erased ?? []).map((conversationId) => ({ conversationId, erasedAt })),
        );
      });
      return plan.report;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function write(db: BuurtgesprekDatabase, plan: RestoreWrite, prepared: Prepared): Promise<void> {
  const settings: SettingRecord[] = Object.entries(plan.settings).map(([key, value]) => ({ key, value }));
  if (plan.codebook) settings.push({ key: 'codebook', value: plan.codebook });
  await db.settings.bulkPut(settings);
  await db.areas.bulkPut(
    plan.areas.map((area): Area => ({ id: area.id, name: area.name, order: area.order })),
  );
  // add, not put: a stored guide version is immutable (see guides.ts).
  await db.guides.bulkAdd(plan.guides.map((guide): Guide => ({ ...guide, builtIn: false })));
  await db.conversations.bulkPut(prepared.conversations);
  await db.notes.bulkPut(prepared.notes);
  await db.revisions.bulkPut(prepared.revisions);
  await db.searchTexts.bulkPut(prepared.searchTexts);
  await db.sharing.bulkPut(plan.sharing.map(sharingOf));
  await db.outbox.bulkPut(plan.outbox.map(outboxOf));
}

const LAST_BACKUP = 'lastBackup';

export interface LastBackup {
  at: number;
  where: 'server' | 'file';
}

export async function lastBackup(db: BuurtgesprekDatabase): Promise<LastBackup | null> {
  const value = (await db.settings.get(LAST_BACKUP))?.value as Partial<LastBackup> | undefined;
  return typeof value?.at === 'number' && (value.where === 'server' || value.where === 'file')
    ? { at: value.at, where: value.where }
    : null;
}

export async function recordBackup(
  db: BuurtgesprekDatabase,
  where: LastBackup['where'],
  at: number,
): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP, value: { at, where } satisfies LastBackup });
}

/**
 * Conversations with a change after `since` that a backup made then does not hold: the
 * conversation itself, one of its notes (saving a note leaves the conversation's date alone), or
 * a summary queued for it. Read from clear fields and indexes only, so it works while locked.
 */
export async function unbackedUpChanges(db: BuurtgesprekDatabase, since: number): Promise<number> {
  // Practice a backup leaves out is no change it lacks.
  const counted = (await readSettings(db)).backupIncludesPractice
    ? () => true
    : (record: ConversationRecord | undefined) => record?.practice === undefined;
  // Never backed up: every conversation is a change, and reading every note to say so would be slow.
  if (since <= 0) return db.conversations.filter(counted).count();
  const [conversations, notes, outbox] = await Promise.all([
    db.conversations.where('updatedAt').above(since).primaryKeys(),
    db.notes.where('updatedAt').above(since).toArray(),
    db.outbox.filter((entry) => entry.createdAt > since).toArray(),
  ]);
  const changed = [
    ...new Set<string>([
      ...(conversations as string[]),
      ...notes.map((note) => note.conversationId),
      ...outbox.map((entry) => entry.conversationId),
    ]),
  ];
  return (await db.conversations.bulkGet(changed)).filter(counted).length;
}
