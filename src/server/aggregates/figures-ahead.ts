import type { Queryable } from '../db/database';
import { prepareYear, type SuppressionEngine } from './scope-report';

/**
 * Figures computed ahead of the readers. A year's suppression is joint over every area, so any
 * summary anywhere makes the next read of every area wait for a recomputation (seconds at city
 * scale). Area teams read long after devices upload: when summaries for a year arrive, this
 * computes the year once things are quiet for a moment, so the reader finds it in the cache.
 *
 * Never stale: a reader whose state differs from what was prepared computes (or joins the same
 * computation) as before. One preparation per year at a time; summaries arriving meanwhile ask
 * for one more run after it, never a queue of them.
 */
export class FiguresAhead {
  private readonly waiting = new Map<number, NodeJS.Timeout>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly again = new Set<number>();
  private closed = false;

  constructor(
    private readonly db: Queryable,
    private readonly k: number,
    private readonly engine: SuppressionEngine,
    /** How long the summaries must have stopped arriving: one computation for a burst. */
    private readonly quietMs: number,
  ) {}

  summariesArrived(years: Iterable<number>): void {
    if (this.closed) return;
    for (const year of new Set(years)) {
      clearTimeout(this.waiting.get(year));
      const timer = setTimeout(() => {
        this.waiting.delete(year);
        this.prepare(year);
      }, this.quietMs);
      // A pending preparation never keeps the process alive at shutdown.
      timer.unref();
      this.waiting.set(year, timer);
    }
  }

  /** Resolves once nothing is waiting or running: for shutdown and tests. */
  async settled(): Promise<void> {
    while (this.waiting.size > 0 || this.running.size > 0) {
      if (this.running.size === 0) {
        for (const [year, timer] of this.waiting) {
          clearTimeout(timer);
          this.waiting.delete(year);
          this.prepare(year);
        }
      }
      await Promise.all(this.running.values());
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
  }

  private prepare(year: number): void {
    if (this.closed) return;
    if (this.running.has(year)) {
      this.again.add(year);
      return;
    }
    const run = prepareYear(this.db, year, this.k, this.engine)
      // A failure here is a reader's to see (and retry) when it asks; nobody waits on this one.
      .catch(() => undefined)
      .then(() => {
        this.running.delete(year);
        if (this.again.delete(year)) this.prepare(year);
      });
    this.running.set(year, run);
  }
}
