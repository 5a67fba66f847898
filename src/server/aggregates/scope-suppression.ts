import { areaNode, organisationHierarchy, suppressOverHierarchy } from '../../domain/hierarchy-suppression';
import { suppressCells } from '../../domain/suppression';
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
  const rowsOf = nodeCounters(task.areas);
  const tables = new Map(nodes.map((node) => [node, tableOf(rowsOf.get(node) ?? [])]));
  const hidden = new Map<string, Set<string>>();
  for (const [node, { table, unlisted }] of tables) {
    hidden.set(node, new Set(suppressCells(table, task.k, unlisted)));
  }
  const cellIds = [...new Set([...tables.values()].flatMap(({ table }) => [...table.cells.keys()]))].sort();
  for (;;) {
    const grown = new Set<string>();
    for (const cellId of cellIds) {
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
      for (const node of suppressOverHierarchy(hierarchy, counts, task.k, before, known)) {
        const set = hidden.get(node);
        if (set === undefined || set.has(cellId)) continue;
        set.add(cellId);
        grown.add(node);
      }
    }
    if (grown.size === 0) break;
    for (const node of grown) {
      const { table } = tables.get(node) ?? {};
      const set = hidden.get(node);
      if (table === undefined || set === undefined) continue;
      hidden.set(node, new Set(suppressCells(table, task.k, set)));
    }
  }
  return Object.fromEntries([...hidden].map(([node, set]) => [node, [...set].sort()]));
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
