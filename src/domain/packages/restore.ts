import type { Area } from '../areas';
import type { Conversation } from '../conversation';
import type { Guide } from '../guides/guide';
import type { Note } from '../note';
import type { SharingDecision } from '../sharing/status';
import type { Codebook } from '../themes';
import type { BackupOutboxEntry, BackupRevision, BackupSettings, DeviceBackup } from './backup';

/**
 * Restoring a backup merges it into what the device holds: nothing here that is newer is ever
 * overwritten, and nothing already at the server is sent again. Pure, so the rules are tested with
 * plain objects and the storage layer only reads, seals and writes.
 */

/**
 * What the device holds now. Only the fields the merge compares are needed (the storage layer
 * reads them in the clear, without decrypting), and only the records that share an id with the
 * backup matter; `sharing` and `outbox` must be complete.
 */
export interface DeviceContents {
  /** The settings this device has stored itself; a missing key is still at its default. */
  settings: Partial<BackupSettings>;
  areas: readonly Area[];
  /** Null while the device uses the shipped codebook. */
  codebook: Codebook | null;
  guides: readonly Pick<Guide, 'id' | 'language' | 'version'>[];
  conversations: readonly Pick<Conversation, 'id' | 'revision' | 'updatedAt'>[];
  notes: readonly Pick<Note, 'id' | 'conversationId' | 'updatedAt'>[];
  revisions: readonly Pick<BackupRevision, 'conversationId' | 'revision'>[];
  sharing: readonly SharingDecision[];
  outbox: readonly BackupOutboxEntry[];
}

/** What to put; everything else stays as it is. Records are the backup's own objects. */
export interface RestoreWrite {
  settings: Partial<BackupSettings>;
  /** Areas to add, after the ones here. */
  areas: Area[];
  /** The codebook to store, or null to leave it. */
  codebook: Codebook | null;
  guides: Guide[];
  conversations: Conversation[];
  notes: Note[];
  revisions: BackupRevision[];
  sharing: SharingDecision[];
  outbox: BackupOutboxEntry[];
}

export type RestoreCategory = 'conversations' | 'notes' | 'guides' | 'outbox' | 'sharing' | 'revisions';
export type RestoreCounts = Record<RestoreCategory, number>;

export interface RestoreReport {
  added: RestoreCounts;
  updated: RestoreCounts;
  keptNewerHere: RestoreCounts;
}

const zero = (): RestoreCounts => ({
  conversations: 0,
  notes: 0,
  guides: 0,
  outbox: 0,
  sharing: 0,
  revisions: 0,
});

/** >0 when `a` is newer than `b`, <0 when older, 0 when they are the same version. */
type Order<T> = (a: T, b: T) => number;

const conversationOrder: Order<Pick<Conversation, 'revision' | 'updatedAt'>> = (a, b) =>
  a.revision - b.revision || a.updatedAt - b.updatedAt;
const noteOrder: Order<Pick<Note, 'updatedAt'>> = (a, b) => a.updatedAt - b.updatedAt;
const outboxOrder: Order<BackupOutboxEntry> = (a, b) => a.payload.revision - b.payload.revision;

/** One record per key, the newest: a backup written twice over, or by hand, must not win by position. */
function newestBy<T>(items: readonly T[], key: (item: T) => string, order: Order<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const seen = map.get(key(item));
    if (!seen || order(item, seen) > 0) map.set(key(item), item);
  }
  return map;
}

/** The backup's record goes in when it is missing here or newer; a newer one here is kept. */
function merge<T, H>(
  category: RestoreCategory,
  report: RestoreReport,
  incoming: Iterable<[string, T]>,
  here: ReadonlyMap<string, H>,
  order: (incoming: T, here: H) => number,
): T[] {
  const write: T[] = [];
  for (const [key, item] of incoming) {
    const local = here.get(key);
    const newer = local === undefined ? 1 : order(item, local);
    if (local === undefined) report.added[category] += 1;
    else if (newer > 0) report.updated[category] += 1;
    else if (newer < 0) report.keptNewerHere[category] += 1;
    if (newer > 0) write.push(item);
  }
  return write;
}

function mergeSharing(here: SharingDecision, backup: SharingDecision): SharingDecision {
  // The later decision stands; what the server acknowledged only ever goes up.
  const decided =
    backup.revision > here.revision ||
    (backup.revision === here.revision && backup.decidedAt > here.decidedAt)
      ? backup
      : here;
  const sent = backup.sentRevision > here.sentRevision ? backup : here;
  return { ...decided, summaryId: here.summaryId, sentRevision: sent.sentRevision, sentAt: sent.sentAt };
}

const sameDecision = (a: SharingDecision, b: SharingDecision) =>
  (Object.keys(a) as (keyof SharingDecision)[]).every((key) => a[key] === b[key]);

function planSharing(here: DeviceContents, backup: DeviceBackup, report: RestoreReport) {
  const local = new Map(here.sharing.map((decision) => [decision.conversationId, decision]));
  const summaryOwner = new Map(here.sharing.map((decision) => [decision.summaryId, decision.conversationId]));
  const merged = new Map(local);
  const write: SharingDecision[] = [];
  for (const decision of newestBy(
    backup.sharing,
    (d) => d.conversationId,
    (a, b) => a.decidedAt - b.decidedAt,
  ).values()) {
    const mine = local.get(decision.conversationId);
    if (!mine) {
      // A summary id is unique: one already used here for another conversation is not taken over.
      const owner = summaryOwner.get(decision.summaryId);
      if (owner !== undefined && owner !== decision.conversationId) continue;
      summaryOwner.set(decision.summaryId, decision.conversationId);
      report.added.sharing += 1;
      merged.set(decision.conversationId, decision);
      write.push(decision);
      continue;
    }
    // A conversation keeps one summary id; a different one in the backup cannot be merged.
    if (mine.summaryId !== decision.summaryId) continue;
    const result = mergeSharing(mine, decision);
    if (sameDecision(result, mine)) {
      if (!sameDecision(decision, mine)) report.keptNewerHere.sharing += 1;
      continue;
    }
    report.updated.sharing += 1;
    merged.set(decision.conversationId, result);
    write.push(result);
  }
  return { write, merged };
}

function planOutbox(
  here: DeviceContents,
  backup: DeviceBackup,
  decisions: ReadonlyMap<string, SharingDecision>,
  report: RestoreReport,
): BackupOutboxEntry[] {
  const waitingFor = new Set(here.outbox.map((entry) => entry.conversationId));
  const candidates = [...newestBy(backup.outbox, (entry) => entry.id, outboxOrder)].filter(([, entry]) => {
    const decision = decisions.get(entry.conversationId);
    if (!decision) return true;
    if (decision.summaryId !== entry.id) return false;
    // Already counted at the server, or held back since: sending it again would be wrong.
    if (decision.sentRevision >= entry.payload.revision) return false;
    return !(decision.decision === 'held-back' && decision.revision >= entry.payload.revision);
  });
  const local = new Map(here.outbox.map((entry) => [entry.id, entry]));
  // Another entry already waits for this conversation (a different id): never queue a second.
  const fresh = candidates.filter(([id, entry]) => local.has(id) || !waitingFor.has(entry.conversationId));
  return merge('outbox', report, fresh, local, outboxOrder);
}

function planSettingsAndLists(here: DeviceContents, backup: DeviceBackup) {
  const settings: Partial<BackupSettings> = {};
  if (here.settings.language === undefined) settings.language = backup.settings.language;
  if (here.settings.autoLockMinutes === undefined) settings.autoLockMinutes = backup.settings.autoLockMinutes;

  // Conversations name their area by id: an area the backup knows must exist here too.
  const areaIds = new Set(here.areas.map((area) => area.id));
  let order = Math.max(-1, ...here.areas.map((area) => area.order));
  const areas: Area[] = [];
  for (const area of backup.areas) {
    if (areaIds.has(area.id)) continue;
    areaIds.add(area.id);
    order += 1;
    areas.push({ ...area, order });
  }

  // Theme ids are never reused, so a theme from the backup that is missing here is simply added.
  let codebook: Codebook | null = null;
  if (backup.codebook) {
    const known = new Set(here.codebook?.themes.map((theme) => theme.id));
    const missing = [...new Map(backup.codebook.themes.map((theme) => [theme.id, theme])).values()].filter(
      (theme) => !known.has(theme.id),
    );
    if (!here.codebook) codebook = backup.codebook;
    else if (missing.length > 0) codebook = { themes: [...here.codebook.themes, ...missing] };
  }
  return { settings, areas, codebook };
}

export function planRestore(
  here: DeviceContents,
  backup: DeviceBackup,
): { write: RestoreWrite; report: RestoreReport } {
  const report: RestoreReport = { added: zero(), updated: zero(), keptNewerHere: zero() };

  const localConversations = new Map(here.conversations.map((c) => [c.id, c]));
  const backupConversations = newestBy(backup.conversations, (c) => c.id, conversationOrder);
  const conversations = merge(
    'conversations',
    report,
    backupConversations,
    localConversations,
    conversationOrder,
  );

  const localNotes = new Map(here.notes.map((note) => [note.id, note]));
  const notes = merge(
    'notes',
    report,
    [...newestBy(backup.notes, (note) => note.id, noteOrder)].filter(([id, note]) => {
      // A note without its conversation, or one that belongs to another conversation here, is left out.
      const local = localNotes.get(id);
      if (local && local.conversationId !== note.conversationId) return false;
      return backupConversations.has(note.conversationId) || localConversations.has(note.conversationId);
    }),
    localNotes,
    noteOrder,
  );

  const revisionKey = (r: Pick<BackupRevision, 'conversationId' | 'revision'>) =>
    `${r.conversationId}:${r.revision}`;
  // Revisions and guide versions are immutable: only what is missing is added.
  const revisions = merge(
    'revisions',
    report,
    newestBy(backup.revisions, revisionKey, (a, b) => a.createdAt - b.createdAt),
    new Map(here.revisions.map((r) => [revisionKey(r), r])),
    () => 0,
  );
  const guideKey = (g: Pick<Guide, 'id' | 'language' | 'version'>) =>
    `${g.id}\u0000${g.language}\u0000${g.version}`;
  const guides = merge(
    'guides',
    report,
    new Map(backup.guides.filter((guide) => !guide.builtIn).map((guide) => [guideKey(guide), guide])),
    new Map(here.guides.map((g) => [guideKey(g), g])),
    () => 0,
  );

  const sharing = planSharing(here, backup, report);
  const outbox = planOutbox(here, backup, sharing.merged, report);
  return {
    write: {
      ...planSettingsAndLists(here, backup),
      guides,
      conversations,
      notes,
      revisions,
      sharing: sharing.write,
      outbox,
    },
    report,
  };
}
