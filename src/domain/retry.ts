/**
 * Exponential backoff with full jitter, capped. There is deliberately no maximum number of
 * tries: a tool that gives up after N tries loses field data.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const SAVE_RETRY: BackoffPolicy = { baseMs: 500, capMs: 30_000 };
export const SYNC_RETRY: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Delay before try number `attempt` (1 = the first retry). `random` is injected so the
 * schedule is deterministic in tests; full jitter spreads many devices reconnecting at once.
 */
export function retryDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  // Never below half the ceiling, so a retry storm cannot form from lucky zero draws.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
