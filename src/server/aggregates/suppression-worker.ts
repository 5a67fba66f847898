import { type CounterRow, hiddenCellsOf, type KnownIds } from './cube';
import { type ScopeTask, suppressScope } from './scope-suppression';

/**
 * Runs in a worker thread of the suppression pool (suppression-pool.ts), never on the request
 * thread: the audit's cost grows with the number of distinct ids, and while it runs the event
 * loop must keep answering everything else (/api/health above all).
 */
export interface AreaTask {
  kind: 'area';
  rows: readonly CounterRow[];
  k: number;
  known?: KnownIds;
}

export type SuppressionTask = AreaTask | ScopeTask;

/** What comes back: the ids of the hidden cells, per node for a scope. */
export type SuppressionResult = string[] | Record<string, string[]>;

export default function suppress(task: SuppressionTask): SuppressionResult {
  if (task.kind === 'area') return hiddenCellsOf(task.rows, task.k, task.known);
  return suppressScope(task);
}
