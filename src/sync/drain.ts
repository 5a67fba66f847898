import type { BuurtgesprekDatabase } from '../db/database';
import { readEnrolment } from '../db/enrolment';
import {
  acknowledge,
  dueCount,
  dueEntries,
  postponeAllDue,
  recordFailureOfAllDue,
  recordFailures,
  waitForPublishedGuide,
} from '../db/outbox';
import { dueShareWithdrawals } from '../db/share-withdrawals';
import { dueWithdrawals, withdrawalsDone, withdrawalsFailed } from '../db/withdrawals';
import type { SyncProblem } from '../domain/sharing/status';
import { SUMMARY_LIMITS, type SummaryBatchResponse } from '../domain/wire/summary';
import { REQUEST_TIMEOUT_MS, readApiError, refusalProblem, type ServerClient, serverBusy } from './api';
import { sendShareWithdrawals } from './share-withdrawals';

/**
 * Draining the outbox: due summaries go to the server in batches, and each leaves the outbox only
 * once the server has acknowledged it. Every failure keeps the entry and schedules another try,
 * without a limit. Sending twice is safe (the server counts an id and revision once), so a lost
 * answer, a second tab or the service worker draining at the same time never double counts.
 */

export interface DrainProgress {
  sent: number;
  /** What was due when the drain began, plus what fell due during it. */
  total: number;
}

export type DrainOutcome =
  | { kind: 'done'; sent: number }
  /** Stopped early; what is left waits for its next try. */
  | { kind: 'stopped'; sent: number; problem: SyncProblem };

export interface DrainOptions {
  db: BuurtgesprekDatabase;
  client: ServerClient;
  now?: () => number;
  random?: () => number;
  isOnline?: () => boolean;
  onProgress?: (progress: DrainProgress) => void;
  batchSize?: number;
}

/** Where in a 400 or 403 answer the server names a summary: `body/summaries/<index>/…`. */
function indexesNamed(fields: readonly { path: string }[]): Set<number> {
  const indexes = new Set<number>();
  for (const { path } of fields) {
    const match = /^body\/summaries\/(\d+)(?:\/|$)/.exec(path);
    if (match) indexes.add(Number(match[1]));
  }
  return indexes;
}

/** Summaries refused only for naming a guide version the area has not published. */
function guideOnlyIndexes(fields: readonly { path: string }[]): Set<number> {
  const byIndex = new Map<number, boolean>();
  for (const { path } of fields) {
    const match = /^body\/summaries\/(\d+)\/(.*)$/.exec(path);
    if (!match) continue;
    const index = Number(match[1]);
    const guide = match[2] === 'guide/id' || match[2] === 'guide/version';
    byIndex.set(index, (byIndex.get(index) ?? true) && guide);
  }
  return new Set([...byIndex].filter(([, guide]) => guide).map(([index]) => index));
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3_600) * 1_000 : 60_000;
}

export async function drainOutbox(options: DrainOptions): Promise<DrainOutcome> {
  const { db, client, onProgress } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const isOnline = options.isOnline ?? (() => true);
  const batchSize = Math.min(options.batchSize ?? SUMMARY_LIMITS.batchSize, SUMMARY_LIMITS.batchSize);

  let total = await dueCount(db, now());
  let sent = 0;
  const withdrawalsDue =
    (await dueWithdrawals(db, now(), 1)).length > 0 || (await dueShareWithdrawals(db, now(), 1)).length > 0;
  if (total === 0 && !withdrawalsDue) return { kind: 'done', sent };
  if (total > 0) onProgress?.({ sent, total });
  const stop = async (problem: SyncProblem): Promise<DrainOutcome> => {
    await recordFailureOfAllDue(db, problem, now(), random);
    return { kind: 'stopped', sent, problem };
  };

  const enrolment = await readEnrolment(db);
  if (!enrolment) return stop('not-enrolled');
  // Withdrawn consent goes first: forgetting a summary matters more than counting another.
  const withdrawalProblem = await sendWithdrawals(
    { ...options, now, random, isOnline },
    enrolment.deviceToken,
  );
  if (withdrawalProblem) return stop(withdrawalProblem);
  // So do the shares of those conversations, so a coach's copy is withdrawn too.
  const shareProblem = await sendShareWithdrawals({
    db,
    client,
    deviceToken: enrolment.deviceToken,
    now,
    random,
    isOnline,
  });
  if (shareProblem) return stop(shareProblem);

  for (;;) {
    const batch = await dueEntries(db, now(), batchSize);
    if (batch.length === 0) return { kind: 'done', sent };
    const ids = batch.map((entry) => entry.id);
    let response: Response;
    try {
      response = await client.fetch(`${client.baseUrl}/api/summaries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolment.deviceToken}` },
        body: JSON.stringify({ summaries: batch.map((entry) => entry.payload) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      return stop(isOnline() ? 'server-unreachable' : 'offline');
    }

    if (response.ok) {
      const { results } = (await response.json()) as SummaryBatchResponse;
      const revisionOf = new Map(batch.map((entry) => [entry.id, entry.payload.revision]));
      const acknowledged = results.flatMap(({ id }) => {
        const revision = revisionOf.get(id);
        return revision === undefined ? [] : [{ id, revision }];
      });
      await acknowledge(db, acknowledged, now());
      sent += acknowledged.length;
      // Whatever the answer left out stays and is tried again later, never in a tight loop.
      const missing = ids.filter((id) => !results.some((result) => result.id === id));
      if (missing.length > 0) await recordFailures(db, missing, 'server-error', now(), random);
      total = Math.max(total, sent + (await dueCount(db, now())));
      onProgress?.({ sent, total });
      continue;
    }

    const error = await readApiError(response);
    if (serverBusy(response)) {
      await postponeAllDue(db, now() + retryAfterMs(response), 'busy', now());
      return { kind: 'stopped', sent, problem: 'busy' };
    }
    if (response.status === 401) return stop('device-unknown');
    if (response.status === 403 && error.code === 'device_revoked') return stop('device-revoked');
    if (response.status === 400 || response.status === 403 || response.status === 413) {
      // The whole batch was refused; only the summaries named wait longer, the rest go again now.
      const named = indexesNamed(error.fields);
      const refused = named.size > 0 ? ids.filter((_, index) => named.has(index)) : ids;
      const unpublished = error.code === 'unknown_ids' ? guideOnlyIndexes(error.fields) : new Set<number>();
      const problem = response.status === 403 ? 'wrong-area' : 'rejected';
      await recordFailures(
        db,
        refused.filter((id) => !unpublished.has(ids.indexOf(id))),
        problem,
        now(),
        random,
      );
      await waitForPublishedGuide(
        db,
        ids.filter((_, index) => unpublished.has(index)),
        now(),
      );
      continue;
    }
    return stop('server-error');
  }
}

const retryableHere = new Set<SyncProblem>(['rejected', 'wrong-area']);

/** Sends the ids of summaries whose resident withdrew consent; each leaves only once the server forgot it. */
async function sendWithdrawals(
  options: DrainOptions & { now: () => number; random: () => number; isOnline: () => boolean },
  deviceToken: string,
): Promise<SyncProblem | null> {
  const { db, client, now, random, isOnline } = options;
  for (;;) {
    const due = await dueWithdrawals(db, now(), SUMMARY_LIMITS.batchSize);
    if (due.length === 0) return null;
    const ids = due.map((entry) => entry.summaryId);
    let problem: SyncProblem;
    try {
      const response = await client.fetch(`${client.baseUrl}/api/summaries/withdrawals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
        body: JSON.stringify({ ids }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (response.ok) {
        await withdrawalsDone(db, ids);
        continue;
      }
      problem = refusalProblem(response, (await readApiError(response)).code);
    } catch {
      problem = isOnline() ? 'server-unreachable' : 'offline';
    }
    await withdrawalsFailed(db, ids, problem, now(), random);
    if (!retryableHere.has(problem)) return problem;
  }
}
