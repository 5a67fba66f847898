/** Progress lines from a benchmark page to the runner's log, through a function Node exposes. */
declare global {
  interface Window {
    benchLog?: (message: string) => Promise<void>;
  }
}

export const BENCH_LOG = 'benchLog';

export function progress(message: string): void {
  void window.benchLog?.(message);
}
