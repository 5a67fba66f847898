import { BuurtgesprekDatabase } from '../../src/db/database';
import { storeEnrolment } from '../../src/db/enrolment';
import { outboxSize } from '../../src/db/outbox';
import { approveSummary } from '../../src/db/sharing';
import { SUMMARY_LIMITS, type Summary, type SummaryBatchResponse } from '../../src/domain/wire/summary';
import type { ServerClient } from '../../src/sync/api';
import { drainOutbox } from '../../src/sync/drain';
import type { DrainRun, OutboxSetUp, PostRun } from './outbox-bench-result';
import { benchSummaries, withFreshIds } from './outbox-summaries';

/**
 * The outbox after reconnect: summaries the interviewer approved while offline wait in IndexedDB,
 * and drainOutbox() sends them to the real sync server (same origin) the way the app does. The
 * baseline sends the same summaries with bare fetch() calls, so the difference is what the
 * outbox's bookkeeping costs.
 */
const DATABASE = 'bench-outbox';

interface Fixture {
  options: OutboxSetUp;
  summaries: Summary[];
}

let fixture: Fixture | null = null;

function ready(): Fixture {
  if (!fixture) throw new Error('setUp() first');
  return fixture;
}

/** fetch() as the app's client calls it, with the time until each response's headers counted. */
function timedClient(): { client: ServerClient; fetchMs: () => number; requests: () => number } {
  let fetchMs = 0;
  let requests = 0;
  const client: ServerClient = {
    baseUrl: '',
    fetch: async (...args) => {
      const started = performance.now();
      requests += 1;
      try {
        return await fetch(...args);
      } finally {
        fetchMs += performance.now() - started;
      }
    },
  };
  return { client, fetchMs: () => fetchMs, requests: () => requests };
}

/** A device as it is when the connection comes back: enrolled, every summary approved and waiting. */
async function offlineDevice({ options, summaries }: Fixture): Promise<BuurtgesprekDatabase> {
  const db = new BuurtgesprekDatabase(DATABASE);
  await db.delete();
  await db.open();
  const { deviceToken, area } = options;
  await storeEnrolment(db, { deviceToken, area, enrolledAt: Date.now() });
  // One approval per conversation, each its own transaction, as the preview approves them.
  for (const [index, summary] of summaries.entries())
    await approveSummary(db, `bench-conversation-${index}`, summary, Date.now());
  return db;
}

async function drain(): Promise<DrainRun> {
  const current = ready();
  const count = current.summaries.length;
  const seeding = performance.now();
  const db = await offlineDevice({ ...current, summaries: withFreshIds(current.summaries) });
  const seedMs = performance.now() - seeding;
  try {
    if ((await outboxSize(db)) !== count) throw new Error('the outbox was not seeded');
    const { client, fetchMs, requests } = timedClient();
    let progressEvents = 0;
    const started = performance.now();
    const outcome = await drainOutbox({
      db,
      client,
      onProgress: () => {
        progressEvents += 1;
      },
    });
    const ms = performance.now() - started;
    if (outcome.kind !== 'done' || outcome.sent !== count)
      throw new Error(`the drain ended ${JSON.stringify(outcome)}, not done with ${count} sent`);
    const left = await outboxSize(db);
    if (left !== 0) throw new Error(`${left} summaries still in the outbox after the drain`);
    const unsent = (await db.sharing.toArray()).filter((decision) => decision.sentRevision !== 1);
    if (unsent.length > 0) throw new Error(`${unsent.length} sharing decisions not marked as sent`);
    return { ms, fetchMs: fetchMs(), requests: requests(), progressEvents, seedMs };
  } finally {
    db.close();
  }
}

/** The same summaries under fresh ids, in batches of the drain's size, with plain fetch(). */
async function post(): Promise<PostRun> {
  const { options, summaries } = ready();
  const fresh = withFreshIds(summaries);
  const { client, fetchMs, requests } = timedClient();
  const statuses: string[] = [];
  const started = performance.now();
  for (let from = 0; from < fresh.length; from += SUMMARY_LIMITS.batchSize) {
    const response = await client.fetch('/api/summaries', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.deviceToken}` },
      body: JSON.stringify({ summaries: fresh.slice(from, from + SUMMARY_LIMITS.batchSize) }),
    });
    if (!response.ok) throw new Error(`POST /api/summaries answered ${response.status}`);
    const { results } = (await response.json()) as SummaryBatchResponse;
    statuses.push(...results.map((result) => result.status));
  }
  const ms = performance.now() - started;
  const stored = statuses.filter((status) => status === 'stored').length;
  if (stored !== fresh.length) throw new Error(`${stored} of ${fresh.length} summaries stored`);
  return { ms, fetchMs: fetchMs(), requests: requests() };
}

window.outboxBench = {
  async setUp(options) {
    fixture = { options, summaries: benchSummaries(options.summaries, options.area.id, options.seed) };
  },
  drain,
  post,
};
document.body.dataset.ready = 'true';
