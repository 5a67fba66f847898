import { retryDelay, SYNC_RETRY } from '../domain/retry';
import type { SyncProblem } from '../domain/sharing/status';
import { parseSummary, type Summary } from '../domain/wire/summary';
import type { BuurtgesprekDatabase } from './database';
import type { OutboxRecord } from './records';

/**
 * The outbox (verzendwachtrij): summaries stay here until the server has acknowledged them. An
 * entry is keyed by its summary id, so a newer revision of a conversation replaces the one that
 * still waits instead of queueing behind it.
 */

/** Thrown for a summary of a practice conversation: there is no resident, and nothing to count. */
export class PracticeNotSentError extends Error {
  override name = 'PracticeNotSentError';
}

/** Thrown for anything that is not a summary the server's own schema would accept. */
export class NotASummaryError extends Error {
  override name = 'NotASummaryError';
}

/**
 * Puts a summary in the outbox, due at once. Call inside a transaction that includes the outbox
 * and the conversations: a practice conversation's summary is refused here, whoever made it.
 * The outbox holds only what may leave the device, in the clear: so it checks every entry against
 * the wire schema itself and stores the checked copy, whatever the caller did before. A field the
 * schema does not name (a name, a note, an obstacle) is refused here, not at the server.
 */
export async function enqueueSummary(
  db: BuurtgesprekDatabase,
  conversationId: string,
  summary: Summary,
  now: number,
): Promise<void> {
  const checked = parseSummary(summary);
  if (!checked.ok) {
    // Field paths only: the values may be what a resident said.
    throw new NotASummaryError(`Not a summary: ${checked.errors.map((error) => error.path).join(', ')}`);
  }
  if ((await db.conversations.get(conversationId))?.practice !== undefined) {
    throw new PracticeNotSentError('A practice conversation never enters the outbox');
  }
  await db.outbox.put({
    id: checked.summary.id,
    kind: 'summary',
    conversationId,
    payload: checked.summary,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
  });
}

/** What is due for sending, oldest schedule first. */
export function dueEntries(db: BuurtgesprekDatabase, now: number, limit = 100): Promise<OutboxRecord[]> {
  return db.outbox.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
}

export function dueCount(db: BuurtgesprekDatabase, now: number): Promise<number> {
  return db.outbox.where('nextAttemptAt').belowOrEqual(now).count();
}

async function dueIds(db: BuurtgesprekDatabase, now: number): Promise<string[]> {
  return (await db.outbox.where('nextAttemptAt').belowOrEqual(now).primaryKeys()) as string[];
}

/** When the next entry falls due, or null when the outbox is empty. */
export async function nextAttemptAt(db: BuurtgesprekDatabase): Promise<number | null> {
  const first = await db.outbox.orderBy('nextAttemptAt').first();
  return first?.nextAttemptAt ?? null;
}

/**
 * The server has counted these revisions: only now may they leave the outbox. An entry replaced
 * by a newer revision while the older one was on its way stays, and is sent next.
 */
export async function acknowledge(
  db: BuurtgesprekDatabase,
  sent: readonly { id: string; revision: number }[],
  now: number,
): Promise<void> {
  const revisionOf = new Map(sent.map(({ id, revision }) => [id, revision]));
  const ids = [...revisionOf.keys()];
  // In bulk: one request per table rather than three per summary (a 500-summary drain spent most of its time here).
  await db.transaction('rw', db.outbox, db.sharing, async () => {
    const entries = await db.outbox.bulkGet(ids);
    await db.outbox.bulkDelete(
      entries.flatMap((entry) =>
        entry && entry.payload.revision <= (revisionOf.get(entry.id) ?? 0) ? [entry.id] : [],
      ),
    );
    await db.sharing
      .where('summaryId')
      .anyOf(ids)
      .modify((decision) => {
        const revision = revisionOf.get(decision.summaryId) ?? 0;
        if (decision.sentRevision < revision) {
          decision.sentRevision = revision;
          decision.sentAt = now;
        }
      });
  });
}

/** Keeps the entries and schedules each one's next try; there is no last try. */
export async function recordFailures(
  db: BuurtgesprekDatabase,
  ids: readonly string[],
  problem: SyncProblem,
  now: number,
  random: () => number = Math.random,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.bulkGet([...ids]);
    const updated = entries.flatMap((entry) => {
      if (!entry) return [];
      const attempts = entry.attempts + 1;
      return [
        {
          ...entry,
          attempts,
          lastError: problem,
          nextAttemptAt: now + retryDelay(attempts, SYNC_RETRY, random),
        },
      ];
    });
    await db.outbox.bulkPut(updated);
  });
}

/** Every entry due now fails the same way, e.g. when the server cannot be reached at all. */
export async function recordFailureOfAllDue(
  db: BuurtgesprekDatabase,
  problem: SyncProblem,
  now: number,
  random?: () => number,
): Promise<void> {
  await recordFailures(db, await dueIds(db, now), problem, now, random);
}

/** The server asked to wait (429 with Retry-After): nothing is due before `until`. */
export async function postponeAllDue(
  db: BuurtgesprekDatabase,
  until: number,
  problem: SyncProblem,
  now: number,
): Promise<void> {
  await db.outbox
    .where('nextAttemptAt')
    .belowOrEqual(now)
    .modify((entry) => {
      entry.nextAttemptAt = until;
      entry.lastError = problem;
    });
}

/** "Nu synchroniseren", or the connection is back: everything is due now, whatever its schedule. */
export async function makeAllDue(db: BuurtgesprekDatabase, now: number): Promise<void> {
  await db.outbox
    .where('nextAttemptAt')
    .above(now)
    .modify((entry) => {
      entry.nextAttemptAt = now;
    });
}

/**
 * How long a summary naming an unpublished guide waits before it is tried again by itself: it
 * cannot pass until an administrator publishes the guide, so resending sooner only costs requests
 * (a refused batch is not charged to the daily quota). Learning of a publication makes it due at once (`retryWaitingForGuide`).
 */
export const GUIDE_WAIT_MS = 6 * 60 * 60 * 1000;

/** Summaries the server refused only because their guide is not published: they wait, kept. */
export async function waitForPublishedGuide(
  db: BuurtgesprekDatabase,
  ids: readonly string[],
  now: number,
): Promise<void> {
  await db.outbox
    .where('id')
    .anyOf([...ids])
    .modify((entry) => {
      entry.attempts += 1;
      entry.lastError = 'guide-not-published' satisfies SyncProblem;
      entry.nextAttemptAt = now + GUIDE_WAIT_MS;
    });
}

/** A guide was published (or the configuration changed): summaries waiting for one go again now. */
export async function retryWaitingForGuide(db: BuurtgesprekDatabase, now: number): Promise<number> {
  return db.outbox
    .filter((entry) => entry.lastError === 'guide-not-published' && entry.nextAttemptAt > now)
    .modify((entry) => {
      entry.nextAttemptAt = now;
    });
}

/**
 * Her own guide, proposed and published by the area team under another id or version (the id was
 * taken, or made from the cleaned title): the summaries in the outbox that still name her own
 * version, in the language she proposed, name the published one instead, and those that waited
 * for it are due at once. Only the guide reference changes, and only to what the server said it
 * published; each changed entry is checked against the wire schema again, as on entry. Returns
 * how many entries changed. The conversation keeps the guide it was held with.
 */
export async function repointToPublishedGuides(db: BuurtgesprekDatabase, now: number): Promise<number> {
  const moved = (await db.guideProposals.where('status').equals('published').toArray()).filter(
    ({ published, guideId, version }) =>
      published !== undefined && (published.id !== guideId || published.version !== version),
  );
  if (moved.length === 0) return 0;
  return db.transaction('rw', db.outbox, db.conversations, async () => {
    let changed = 0;
    const entries = await db.outbox.toArray();
    const conversations = await db.conversations.bulkGet(entries.map((entry) => entry.conversationId));
    for (const [index, entry] of entries.entries()) {
      // Matched on the guide the conversation was held with, never on the summary's own reference:
      // that may have been re-pointed already, and a published id may be another of her guides.
      const held = conversations[index];
      if (held === undefined) continue;
      const proposal = moved.find(
        (p) =>
          p.guideId === held.guideId && p.version === held.guideVersion && p.language === held.guideLanguage,
      );
      if (proposal?.published === undefined) continue;
      const { guide } = entry.payload;
      if (guide.id === proposal.published.id && guide.version === proposal.published.version) continue;
      const checked = parseSummary({ ...entry.payload, guide: { ...proposal.published } });
      if (!checked.ok) continue;
      const waited = entry.lastError === ('guide-not-published' satisfies SyncProblem);
      await db.outbox.put({
        ...entry,
        payload: checked.summary,
        ...(waited ? { lastError: null, nextAttemptAt: Math.min(entry.nextAttemptAt, now) } : {}),
      });
      changed++;
    }
    return changed;
  });
}

/** Withdrawn consent or a summary held back: what still waits is dropped. */
export async function discardForConversation(
  db: BuurtgesprekDatabase,
  conversationId: string,
): Promise<void> {
  await db.outbox.where('conversationId').equals(conversationId).delete();
}

/** The conversations whose summary still waits in the outbox. */
export async function conversationsWaitingToSend(db: BuurtgesprekDatabase): Promise<Set<string>> {
  return new Set((await db.outbox.toArray()).map((entry) => entry.conversationId));
}

export function outboxSize(db: BuurtgesprekDatabase): Promise<number> {
  return db.outbox.count();
}
