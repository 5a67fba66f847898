import type { BuurtgesprekDatabase } from '../db/database';
import { makeAllDue, nextAttemptAt, repointToPublishedGuides, retryWaitingForGuide } from '../db/outbox';
import { nextShareWithdrawalAt } from '../db/share-withdrawals';
import { nextWithdrawalAt } from '../db/withdrawals';
import type { ServerClient } from './api';
import { syncConfiguration } from './configuration';
import { type DrainOutcome, type DrainProgress, drainOutbox } from './drain';
import { syncGuideProposalOutcomes } from './guide-proposals';
import { syncProposalOutcomes } from './proposals';
import { syncPublishedGuides } from './published-guides';
import { syncResidentPage } from './resident-page';

/** The Background Sync tag under which the service worker drains the outbox. */
export const OUTBOX_SYNC_TAG = 'buurtgesprek-outbox';
/** One drain at a time across tabs and the service worker (Web Locks). */
const OUTBOX_LOCK = 'buurtgesprek-outbox';

export interface OutboxSyncOptions {
  db: BuurtgesprekDatabase;
  client: ServerClient;
  locks?: LockManager;
  isOnline?: () => boolean;
  onProgress?: (progress: DrainProgress) => void;
}

/**
 * Drains under a lock shared by every tab and the service worker: a second drain waits and then
 * finds nothing due, rather than sending the same batch at the same moment.
 */
export async function drainExclusively(
  options: OutboxSyncOptions,
  everything = false,
): Promise<DrainOutcome> {
  const run = async () => {
    if (everything) await makeAllDue(options.db, Date.now());
    // A summary approved since her guide was published under another id names the published one.
    await repointToPublishedGuides(options.db, Date.now());
    let outcome = await drainOutbox(options);
    // With every sync the area's configuration too; a failure keeps the copy the device has.
    const configuration = await syncConfiguration(
      options.db,
      options.client,
      Date.now,
      options.isOnline,
    ).catch(() => undefined);
    // A device revoked (or forgotten) while it had nothing to send learns it now, not when it next
    // has a summary: the interviewer sees why and asks for a new code before the next conversation.
    if (outcome.kind === 'done' && configuration?.kind === 'failed') {
      const { problem } = configuration;
      if (problem === 'device-revoked' || problem === 'device-unknown') {
        return { kind: 'stopped' as const, sent: outcome.sent, problem };
      }
    }
    // Then what became of the proposals sent: an accepted one's theme is in the copy by now.
    await syncProposalOutcomes(options.db, options.client).catch(() => undefined);
    const guidesDecided = await syncGuideProposalOutcomes(options.db, options.client).catch(() => 0);
    // A guide published since: the summaries that waited for it can pass now, at the next drain.
    if (guidesDecided > 0 || configuration?.kind === 'updated') {
      await retryWaitingForGuide(options.db, Date.now());
    }
    // Her guide published under another id or version: the summaries that named hers name the
    // published one now, and go in this sync rather than at the next one.
    if (guidesDecided > 0 && (await repointToPublishedGuides(options.db, Date.now())) > 0) {
      outcome = sentTogether(outcome, await drainOutbox(options));
    }
    await syncPublishedGuides(options.db, options.client).catch(() => undefined);
    // What the resident card shows: the area's public page and the next circle's date.
    await syncResidentPage(options.db, options.client).catch(() => undefined);
    return outcome;
  };
  return options.locks ? options.locks.request(OUTBOX_LOCK, run) : run();
}

/** Two drains of one sync as one outcome: what both sent, and the second's problem if it stopped. */
function sentTogether(first: DrainOutcome, second: DrainOutcome): DrainOutcome {
  const sent = first.sent + second.sent;
  if (second.kind === 'stopped') return { ...second, sent };
  return first.kind === 'stopped' ? { ...first, sent } : { kind: 'done', sent };
}

/** How long to wait before the next entry falls due; null when nothing waits. */
export async function delayUntilNextTry(db: BuurtgesprekDatabase, now = Date.now()): Promise<number | null> {
  const times = [await nextAttemptAt(db), await nextWithdrawalAt(db), await nextShareWithdrawalAt(db)].filter(
    (t): t is number => t !== null,
  );
  if (times.length === 0) return null;
  const next = Math.min(...times);
  // setTimeout overflows past 2^31 - 1 ms; a second is the shortest sensible wait.
  return Math.min(Math.max(next - now, 1_000), 2 ** 31 - 1);
}

/** Problems worth handing to Background Sync: the network, not the server's verdict. */
export function waitsForNetwork(outcome: DrainOutcome): boolean {
  return (
    outcome.kind === 'stopped' && ['offline', 'server-unreachable', 'server-error'].includes(outcome.problem)
  );
}
