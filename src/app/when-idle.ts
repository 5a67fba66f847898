/**
 * Runs work the first screen does not need once the page has a quiet moment, so it never competes
 * with the first screen for the network or the main thread (on a mid-range phone each piece of
 * start-up work is a long task the interviewer's first tap waits behind). `patienceMs` caps the
 * wait: a page that is never idle still gets the work done.
 */
export function whenIdle(work: () => void, patienceMs = 2_000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout: patienceMs });
  else setTimeout(work, 1);
}
