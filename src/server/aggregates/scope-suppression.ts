import { createHash } from 'node:crypto';
import { areaNode, organisationHierarchy, suppressOverHierarchy } from '../../domain/hierarchy-suppression';
import { type CountTable, suppressCells } from '../../domain/suppression';
import { type CounterRow, type KnownIds, relisted, tableOf } from './cube';

/**
 * The suppression of every report of an organisation-year at once: each area, each group of areas
 * and the organisation. Decided together so that no report can be played against another: a
 * figure hidden in one is never the difference of figures shown in others (see
 * src/domain/hierarchy-suppression.ts). Runs in a worker thread (suppression-worker.ts).
 *
 * 1. Each node's own report is suppressed as one area-year is (cube.ts), over its counters summed
 *    over its areas, with each area's unconfigured ids pooled by its own configuration.
 * 2. For every figure, the hierarchy rule adds complementary suppression across levels.
 * 3. A node that got new hidden cells is suppressed again within its own report (a newly hidden
 *    guide needs a second hidden guide there), keeping all it hid before; then 2 again, until
 *    nothing changes. Hiding only grows, so this ends.
 */
export interface ScopeArea {
  areaId: string;
  groupId: string | null;
  rows: readonly CounterRow[];
  /** The ids this area's configuration knows; undefined lists every id that occurs. */
  known?: KnownIds;
  /**
   * Names `rows` and `known` exactly, across years (the year with the database's change counters): lets the worker reuse
   * what it built for this area before without reading the rows. Undefined: digest the rows.
   */
  revision?: string;
}

export interface ScopeTask {
  kind: 'scope';
  k: number;
  areas: readonly ScopeArea[];
}

/** Per node ('organisation', 'group:<id>', 'area:<id>'): the ids of its hidden cells. */
export type ScopeSuppression = Record<string, string[]>;

export function suppressScope(task: ScopeTask): ScopeSuppression {
  const { hierarchy, nodes } = organisationHierarchy(task.areas);
  const digests = nodeDigests(task.areas, hierarchy.children);
  let rowsOf: Map<string, CounterRow[]> | undefined;
  const tables = new Map(
    nodes.map((node) => {
      const digest = digests.get(node) ?? '';
      let table = builtTables.get(digest);
      if (table === undefined) {
        rowsOf ??= nodeCounters(task.areas);
        table = tableOf(rowsOf.get(node) ?? []);
        builtTables.set(digest, table);
        for (const oldest of builtTables.keys()) {
          if (builtTables.size <= TABLE_ENTRIES) break;
          builtTables.delete(oldest);
        }
      }
      return [node, { ...table, digest }];
    }),
  );
  const hidden = new Map<string, Set<string>>();
  for (const [node, { table, unlisted, digest }] of tables) {
    hidden.set(node, new Set(suppressTable(table, digest, task.k, unlisted)));
  }
  const listedSomewhere = (cellId: string) =>
    [...tables.values()].some(({ table }) => table.cells.has(cellId));
  for (;;) {
    const grown = new Set<string>();
    // Only a figure some node hides can make the hierarchy hide more, and only of that figure: so
    // the figures hidden somewhere at the start of a pass are all it needs to look at (in the
    // order of all figures, as before), not the thousands each node lists.
    const candidates = [...new Set([...hidden.values()].flatMap((set) => [...set]))]
      .filter(listedSomewhere)
      .sort();
    for (const cellId of candidates) {
      const counts = new Map<string, number>();
      const known = new Set<string>();
      const before: string[] = [];
      for (const node of nodes) {
        const { table } = tables.get(node) ?? {};
        const count = table?.cells.get(cellId);
        // Not listed in that node's report (the theme never occurs there): 0, and everyone knows it.
        if (count === undefined || table?.known?.has(cellId)) known.add(node);
        counts.set(node, count ?? 0);
        if (hidden.get(node)?.has(cellId)) before.push(node);
      }
      if (before.length === 0) continue;
      const key = `h|${task.k}|${cellId}|${nodes.map((node) => `${counts.get(node)}${known.has(node) ? 'k' : ''}`)}|${before}`;
      const added = remembered(key, () => [
        ...suppressOverHierarchy(hierarchy, counts, task.k, before, known),
      ]);
      for (const node of added) {
        const set = hidden.get(node);
        if (set === undefined || set.has(cellId)) continue;
        set.add(cellId);
        grown.add(node);
      }
    }
    if (grown.size === 0) break;
    for (const node of grown) {
      const entry = tables.get(node);
      const set = hidden.get(node);
      if (entry === undefined || set === undefined) continue;
      hidden.set(node, new Set(suppressTable(entry.table, entry.digest, task.k, set)));
    }
  }
  return Object.fromEntries([...hidden].map(([node, set]) => [node, [...set].sort()]));
}

/**
 * Results of the pure steps, kept in the worker thread between tasks. After a summary arrives in
 * one area only that area, its group and the organisation have new counters, and only the figures
 * it touched have new counts: everything else is found here instead of computed again, so a year
 * is recomputed in a fraction of the first computation. Keys hold the whole input (a digest of the
 * counters), so a hit is always the answer the computation would give.
 */
const MEMO_ENTRIES = 50_000;
const memo = new Map<string, string[]>();

function remembered(key: string, compute: () => string[]): string[] {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  memo.set(key, value);
  if (memo.size > MEMO_ENTRIES) {
    for (const oldest of memo.keys()) {
      memo.delete(oldest);
      if (memo.size <= MEMO_ENTRIES * 0.9) break;
    }
  }
  return value;
}

function suppressTable(
  table: CountTable,
  digest: string,
  k: number,
  alreadyHidden: Iterable<string>,
): string[] {
  const before = [...alreadyHidden].sort();
  const key = `t|${k}|${digest}|${hash(before.join('\n'))}`;
  return remembered(key, () => [...suppressCells(table, k, before)]);
}

/** Tables of the nodes of recent tasks, by the digest of what they were built from. */
const TABLE_ENTRIES = 400;
const builtTables = new Map<string, ReturnType<typeof tableOf>>();

/** Per node, a digest of everything its table depends on: areas' revisions (or rows), then upward. */
function nodeDigests(
  areas: readonly ScopeArea[],
  children: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const digests = new Map<string, string>();
  for (const area of areas) {
    const input =
      area.revision === undefined
        ? JSON.stringify([
            area.rows.map((row) => `${row.quarter}|${row.dimension}|${row.key}|${row.conversations}`).sort(),
            area.known ?? null,
          ])
        : `revision ${area.revision}`;
    digests.set(areaNode(area.areaId), hash(`${area.areaId}\n${input}`));
  }
  const of = (node: string): string => {
    const known = digests.get(node);
    if (known !== undefined) return known;
    const digest = hash(`${node}\n${(children.get(node) ?? []).map(of).join('\n')}`);
    digests.set(node, digest);
    return digest;
  };
  for (const node of children.keys()) of(node);
  return digests;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** The counters of every node: an area's own (its unknown ids pooled), parents summed over children. */
export function nodeCounters(areas: readonly ScopeArea[]): Map<string, CounterRow[]> {
  const { children } = organisationHierarchy(areas).hierarchy;
  const rows = new Map<string, CounterRow[]>();
  for (const area of areas) {
    rows.set(
      areaNode(area.areaId),
      area.known === undefined ? [...area.rows] : relisted(area.rows, area.known),
    );
  }
  const sumOf = (node: string): CounterRow[] => {
    const cached = rows.get(node);
    if (cached !== undefined) return cached;
    const total = new Map<string, CounterRow>();
    for (const child of children.get(node) ?? []) {
      for (const row of sumOf(child)) {
        const id = `${row.quarter}\u0000${row.dimension}\u0000${row.key}`;
        const entry = total.get(id);
        if (entry === undefined) total.set(id, { ...row });
        else entry.conversations += row.conversations;
      }
    }
    const summed = [...total.values()];
    rows.set(node, summed);
    return summed;
  };
  for (const node of children.keys()) sumOf(node);
  return rows;
}
