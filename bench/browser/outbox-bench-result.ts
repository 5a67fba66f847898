import type { EnrolledArea } from '../../src/domain/wire/enrolment';

/** How the outbox benchmark page and bench/outbox-drain.ts talk to each other. */
export interface OutboxSetUp {
  /** From `POST /api/enrol`: the page stores it with storeEnrolment(), as the app does. */
  deviceToken: string;
  area: EnrolledArea;
  summaries: number;
  seed: number;
}

/** One drain after reconnect: drainOutbox() from its call until it resolved `done`. */
export interface DrainRun {
  ms: number;
  /** Of `ms`, from each fetch() call until its response headers were in: the server's share. */
  fetchMs: number;
  requests: number;
  /** onProgress() calls, the first one (before any batch) included. */
  progressEvents: number;
  /** Seeding the outbox with approveSummary(), one transaction per summary (not in `ms`). */
  seedMs: number;
}

/** The baseline: the same number of summaries (fresh ids) POSTed with plain fetch, no IndexedDB. */
export interface PostRun {
  ms: number;
  fetchMs: number;
  requests: number;
}

declare global {
  interface Window {
    outboxBench?: {
      setUp(options: OutboxSetUp): Promise<void>;
      /** A fresh database, the outbox seeded with approved summaries, then drained. */
      drain(): Promise<DrainRun>;
      post(): Promise<PostRun>;
    };
  }
}
