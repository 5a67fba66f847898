/**
 * Computed suppressions, kept per process and keyed by what they depend on: the year, k, the
 * areas and their groups, and the database's change counters of the year's counters and of the
 * configuration (store/aggregates.ts `yearState`). A summary stored through any process raises
 * the counter in the same transaction, so the next request of every process misses and computes
 * afresh: an answer is never stale, and no ingest path has to remember to invalidate anything.
 *
 * With a time budget: a request waits at most `budgetMs` for a computation. Past it the request
 * is answered "busy, try again" (BudgetExceededError → 503 with Retry-After), while the
 * computation goes on in its worker thread and is kept when it ends, so the retry finds it. Two
 * requests for the same key share one computation.
 */
export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`the figures were not ready within ${budgetMs} ms`);
    this.name = 'BudgetExceededError';
  }
}

const MAX_ENTRIES = 100;

export class SuppressionCache<T> {
  private readonly entries = new Map<string, T>();
  private readonly running = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  async get(key: string, compute: () => Promise<T>, budgetMs: number): Promise<T> {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Most recently used last, so the oldest entry is the first one to go.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    let computation = this.running.get(key);
    if (computation === undefined) {
      computation = compute().then(
        (value) => {
          this.running.delete(key);
          this.remember(key, value);
          return value;
        },
        (error: unknown) => {
          this.running.delete(key);
          throw error;
        },
      );
      // Nobody may be waiting any more when it fails (the budget passed): not an unhandled rejection.
      computation.catch(() => undefined);
      this.running.set(key, computation);
    }
    return withinBudget(computation, budgetMs);
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, value: T): void {
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T> {
  if (budgetMs === Number.POSITIVE_INFINITY) return work;
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceededError(budgetMs)), budgetMs);
  });
  return Promise.race([work, budget]).finally(() => clearTimeout(timer));
}
