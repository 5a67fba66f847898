import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SuppressionResult, SuppressionTask } from './suppression-worker';

/**
 * The worker threads that run suppression (piscina, a maintained pool: it replaces a thread that
 * dies, queues within bounds and cancels through an AbortSignal). Bounded: at most one thread per
 * core, a short queue, and a heap limit per thread, so a hostile table fails its own request
 * (503) rather than the process. The event loop never runs suppression, so /api/health and every
 * other request keep being answered while it works.
 */
export interface SuppressionPoolOptions {
  /** Threads; at most the number of cores. */
  threads: number;
  /** A computation still running after this is stopped and its thread replaced. */
  hardLimitMs: number;
}

export class SuppressionPoolFullError extends Error {
  constructor() {
    super('every suppression thread is busy and the queue is full');
    this.name = 'SuppressionPoolFullError';
  }
}

/** The worker module: the compiled one beside the bundle, or the TypeScript source through tsx. */
function workerFile(): URL {
  const here = import.meta.url;
  // In the bundle (scripts/build-server.mjs) this code is dist-server/server/main.js and the
  // worker was compiled beside it; from the sources (tsx, Vitest) this file ends in .ts.
  return here.endsWith('.ts')
    ? new URL('./suppression-worker-source.mjs', here)
    : new URL('./suppression-worker.js', here);
}

export function defaultThreads(): number {
  // One core stays with the event loop (and, on a small machine, the database).
  return Math.max(1, availableParallelism() - 1);
}

export class SuppressionPool {
  private readonly pool: Piscina<SuppressionTask, SuppressionResult>;

  constructor(private readonly options: SuppressionPoolOptions) {
    const threads = Math.max(1, Math.min(options.threads, availableParallelism()));
    this.pool = new Piscina({
      filename: workerFile().href,
      minThreads: 0,
      maxThreads: threads,
      // Threads end when idle, so a server that never reads aggregates holds none.
      idleTimeout: 60_000,
      maxQueue: threads * 8,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
  }

  get threads(): number {
    return this.pool.options.maxThreads;
  }

  run(task: SuppressionTask): Promise<SuppressionResult> {
    if (this.pool.queueSize >= this.pool.options.maxQueue) {
      return Promise.reject(new SuppressionPoolFullError());
    }
    return this.pool.run(task, { signal: AbortSignal.timeout(this.options.hardLimitMs) });
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
