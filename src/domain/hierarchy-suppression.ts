import { type CountTable, type SumRelation, suppressCells } from './suppression';

/**
 * Small-cell suppression over a hierarchy of reports: the organisation holds groups of areas (a
 * stadsdeel holds gebieden) and areas outside any group; each node's report shows the same
 * figure summed over its areas. A reader who sees several of these reports knows, per figure,
 * that every parent is the sum of its children. Without care a stadsdeel total minus its other
 * gebieden gives back the one gebied's count its own report hid.
 *
 * The rule, per figure (one cell of every node's report), on top of what each report hides on
 * its own (`hidden`):
 *
 * - **Complementary suppression.** When a shown parent has exactly one hidden child, or hidden
 *   children that together rest on fewer than k conversations, the smallest shown sibling is hidden
 *   too; only when no sibling is left is the parent hidden instead. Siblings go first because a
 *   hidden parent must itself be protected one level up (its parent minus its siblings), which
 *   would spread suppression upward to the organisation's totals, the most useful figures.
 * - **A hidden parent is not the sum of shown children**: when every child of a hidden parent is
 *   shown, the smallest child is hidden.
 * - **Exact audit**: the same linear audit as within one report (suppression.ts) then checks all
 *   the sums at once, across levels, and widens until no hidden cell follows from shown ones.
 *
 * Every report is assumed visible to the same reader: what is hidden anywhere stays hidden when
 * all reports of all scopes are put side by side. Counts everyone knows anyway (`known`, e.g. a
 * theme that does not occur in an area, so is not listed there: 0) are never hidden.
 * Pure and deterministic; monotone: it only ever adds to `hidden`.
 */
export interface Hierarchy {
  /** Each parent with its children; a node without an entry is a leaf (an area). */
  readonly children: ReadonlyMap<string, readonly string[]>;
}

export function suppressOverHierarchy(
  hierarchy: Hierarchy,
  /** The figure's count in every node's report. */
  counts: ReadonlyMap<string, number>,
  k: number,
  /** What the nodes' own reports already hide. */
  hidden: Iterable<string>,
  known: ReadonlySet<string> = new Set(),
): ReadonlySet<string> {
  const sums: SumRelation[] = [...hierarchy.children]
    .filter(([, children]) => children.length > 0)
    .map(([whole, parts]) => ({ whole, parts }));
  const table: CountTable = { cells: counts, sums, implied: [], known };
  return suppressCells(table, k, hidden);
}

/** The hierarchy of an organisation: groups under it, areas under their group or under it directly. */
export function organisationHierarchy(areas: readonly { areaId: string; groupId: string | null }[]): {
  hierarchy: Hierarchy;
  nodes: string[];
} {
  const children = new Map<string, string[]>([[ORGANISATION, []]]);
  for (const { areaId, groupId } of [...areas].sort((a, b) => (a.areaId < b.areaId ? -1 : 1))) {
    const parent = groupId === null ? ORGANISATION : groupNode(groupId);
    if (!children.has(parent)) {
      children.set(parent, []);
      children.get(ORGANISATION)?.push(parent);
    }
    children.get(parent)?.push(areaNode(areaId));
  }
  const nodes = [...children.keys(), ...areas.map((area) => areaNode(area.areaId)).sort()];
  return { hierarchy: { children }, nodes };
}

export const ORGANISATION = 'organisation';
export const groupNode = (groupId: string): string => `group:${groupId}`;
export const areaNode = (areaId: string): string => `area:${areaId}`;
