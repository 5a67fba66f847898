/**
 * Small-cell suppression: the one rule that decides which counts of conversations may be shown.
 *
 * A count resting on fewer than k conversations could point at a resident ("the two people in
 * Driemond who talked about debt"), so it is never shown as a number. Hiding it is not enough when
 * what *is* shown lets someone work it out again: a total minus the shown parts, a year minus three
 * quarters, "everyone but two" (a total minus a large count). So:
 *
 * 1. Primary: every cell below k is hidden, and so is every cell whose *implied* neighbour is below
 *    k (a count that is shown next to a total implies the rest of the total; when that rest is
 *    small, the count is hidden).
 * 2. Secondary: for every published sum (whole = Σ parts), no hidden cell may be the only unknown,
 *    and the hidden parts of a shown whole must together hold at least k conversations; the next
 *    smallest cell is hidden until that holds.
 * 3. Audit: an exact check over all sums at once (linear algebra) that no hidden cell, and no small
 *    implied count, is determined by what is shown; any that is gets its nearest neighbour hidden
 *    too, and the rules run again. Hiding only ever grows, so this ends.
 *
 * Pure and deterministic: the same counts always give the same answer, whatever the order of input.
 */

export const DEFAULT_SUPPRESSION_K = 5;
/** Below this, small cells stop protecting anyone; a lower setting is raised to it. */
export const MIN_SUPPRESSION_K = 3;

export interface SuppressionThreshold {
  k: number;
  requested: number;
  /** True when the requested k was below the minimum and was raised. */
  clamped: boolean;
}

export function suppressionThreshold(requested: number = DEFAULT_SUPPRESSION_K): SuppressionThreshold {
  if (!Number.isSafeInteger(requested)) throw new RangeError('k must be a whole number');
  const k = Math.max(requested, MIN_SUPPRESSION_K);
  return { k, requested, clamped: k !== requested };
}

/** How a hidden figure travels: never a number, not even 0. */
export interface Suppressed {
  readonly suppressed: true;
}

export type Figure = number | Suppressed;

export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });

export function isSuppressed(figure: Figure): figure is Suppressed {
  return typeof figure === 'object';
}

/** Public knowledge that `whole` is the sum of `parts` (a total and its breakdown; a year and its quarters). */
export interface SumRelation {
  readonly whole: string;
  readonly parts: readonly string[];
}

/**
 * A count that is never shown but follows from shown cells: Σ plus − Σ minus, e.g. "conversations
 * without this theme" = total − theme. When it is below k, `guard` is hidden.
 */
export interface ImpliedCount {
  readonly plus: readonly string[];
  readonly minus: readonly string[];
  readonly guard: string;
}

export interface CountTable {
  /** Every figure that could be shown, by id: the number of conversations it rests on. */
  readonly cells: ReadonlyMap<string, number>;
  readonly sums: readonly SumRelation[];
  readonly implied: readonly ImpliedCount[];
  /** Cells everyone knows anyway (the zeros of a period without conversations): shown, never protected. */
  readonly known?: ReadonlySet<string>;
}

/**
 * The ids of the cells to show as suppressed. `alreadyHidden`: cells that are never shown whatever
 * their count (a pool of unlisted ids; a cell another report already hides): the rules protect
 * them like any other hidden cell.
 */
export function suppressCells(
  table: CountTable,
  k: number,
  alreadyHidden: Iterable<string> = [],
): ReadonlySet<string> {
  return new Suppression(table, k).run(alreadyHidden);
}

/** A cell as it may be shown. */
export function figureOf(table: CountTable, hidden: ReadonlySet<string>, id: string): Figure {
  return hidden.has(id) ? SUPPRESSED : cellValue(table, id);
}

/**
 * The hidden cells, and the guards of small implied counts, that the shown cells and the sums
 * determine exactly. Empty for any result of `suppressCells`; exported for tests and audits.
 */
export function exposedCells(table: CountTable, hidden: ReadonlySet<string>, k: number): string[] {
  return new LinearAudit(table, hidden).exposed(k);
}

function cellValue(table: CountTable, id: string): number {
  const value = table.cells.get(id);
  if (value === undefined) throw new RangeError(`no cell ${id}`);
  return value;
}

function impliedValue(table: CountTable, form: ImpliedCount): number {
  const sum = (ids: readonly string[]) => ids.reduce((total, id) => total + cellValue(table, id), 0);
  return sum(form.plus) - sum(form.minus);
}

class Suppression {
  private readonly hidden = new Set<string>();
  private readonly sumsOf = new Map<string, SumRelation[]>();
  /** In one fixed order, so the answer does not depend on the order the sums were listed in. */
  private readonly sums: SumRelation[];

  constructor(
    private readonly table: CountTable,
    private readonly k: number,
  ) {
    const key = (sum: SumRelation) => [sum.whole, ...[...sum.parts].sort()].join('\u0000');
    this.sums = [...table.sums].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (const sum of this.sums) {
      for (const id of [sum.whole, ...sum.parts]) {
        cellValue(table, id);
        this.sumsOf.set(id, [...(this.sumsOf.get(id) ?? []), sum]);
      }
    }
  }

  run(alreadyHidden: Iterable<string>): ReadonlySet<string> {
    const { table, k } = this;
    for (const id of alreadyHidden) {
      cellValue(table, id);
      this.hide(id);
    }
    for (const [id, value] of [...table.cells].sort(byKey)) if (value < k) this.hide(id);
    for (const form of table.implied) {
      if (impliedValue(table, form) < k && !this.allKnown(form)) this.hide(form.guard);
    }
    for (;;) {
      let changed = false;
      for (const sum of this.sums) changed = this.protect(sum) || changed;
      if (changed) continue;
      const exposed = exposedCells(table, this.hidden, k);
      if (exposed.length === 0) break;
      for (const id of exposed) changed = this.widen(id) || changed;
      // Only reachable if the known cells alone determine a hidden one: nothing left to hide.
      if (!changed) break;
    }
    return this.hidden;
  }

  private protect(sum: SumRelation): boolean {
    const hiddenParts = sum.parts.filter((id) => this.hidden.has(id));
    if (this.hidden.has(sum.whole)) {
      // A hidden whole is worked out from its parts when every part is shown.
      return hiddenParts.length === 0 && this.hideSmallest(sum.parts);
    }
    if (hiddenParts.length === 0) return false;
    const hiddenTotal = hiddenParts.reduce((total, id) => total + cellValue(this.table, id), 0);
    if (hiddenParts.length >= 2 && hiddenTotal >= this.k) return false;
    return this.hideSmallest(sum.parts) || this.hide(sum.whole);
  }

  /** Hides the smallest shown cell in the sums around `id`, looking further out if none is near. */
  private widen(id: string): boolean {
    const seen = new Set([id]);
    let ring = [id];
    while (ring.length > 0) {
      const next = ring.flatMap((cell) =>
        (this.sumsOf.get(cell) ?? []).flatMap((sum) => [sum.whole, ...sum.parts]),
      );
      const fresh = [...new Set(next)].filter((cell) => !seen.has(cell));
      if (this.hideSmallest(fresh)) return true;
      for (const cell of fresh) seen.add(cell);
      ring = fresh;
    }
    return false;
  }

  private hideSmallest(ids: readonly string[]): boolean {
    const shown = ids.filter((id) => !this.hidden.has(id) && !this.isKnown(id));
    const smallest = shown
      .map((id) => [id, cellValue(this.table, id)] as const)
      .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))[0];
    return smallest !== undefined && this.hide(smallest[0]);
  }

  private hide(id: string): boolean {
    if (this.isKnown(id) || this.hidden.has(id)) return false;
    this.hidden.add(id);
    return true;
  }

  private isKnown(id: string): boolean {
    return this.table.known?.has(id) ?? false;
  }

  private allKnown(form: ImpliedCount): boolean {
    return [...form.plus, ...form.minus].every((id) => this.isKnown(id));
  }
}

function byKey([a]: readonly [string, number], [b]: readonly [string, number]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const EPSILON = 1e-9;

/**
 * What a reader can solve for: the sums are linear equations in the hidden cells (shown cells are
 * constants). A linear combination of hidden cells is determined exactly when it lies in the row
 * space of those equations. Hidden cells that share no equation are independent, so the equations
 * are split into connected components and each is reduced on its own (row echelon form).
 */
class LinearAudit {
  private readonly component = new Map<string, number>();
  private readonly columns: string[][] = [];
  /** Per component: reduced rows, each with its pivot column. */
  private readonly reduced: { pivot: number; row: Float64Array }[][] = [];

  constructor(
    private readonly table: CountTable,
    private readonly hidden: ReadonlySet<string>,
  ) {
    const equations = table.sums
      .map((sum) => [
        ...(hidden.has(sum.whole) ? [[sum.whole, 1] as const] : []),
        ...sum.parts.filter((id) => hidden.has(id)).map((id) => [id, -1] as const),
      ])
      .filter((terms) => terms.length > 0);
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.get(root) !== root) root = parent.get(root) ?? root;
      parent.set(id, root);
      return root;
    };
    for (const id of hidden) parent.set(id, id);
    for (const terms of equations) {
      const first = find(terms[0]?.[0] ?? '');
      for (const [id] of terms) parent.set(find(id), first);
    }
    const roots = new Map<string, number>();
    for (const id of [...hidden].sort()) {
      const root = find(id);
      let index = roots.get(root);
      if (index === undefined) {
        index = this.columns.length;
        roots.set(root, index);
        this.columns.push([]);
      }
      this.component.set(id, index);
      this.columns[index]?.push(id);
    }
    const rows: Map<string, number>[][] = this.columns.map(() => []);
    for (const terms of equations) {
      const index = this.component.get(terms[0]?.[0] ?? '') ?? 0;
      const row = new Map<string, number>();
      for (const [id, coefficient] of terms) row.set(id, (row.get(id) ?? 0) + coefficient);
      rows[index]?.push(row);
    }
    this.columns.forEach((ids, index) => {
      this.reduced.push(echelon(ids, rows[index] ?? []));
    });
  }

  exposed(k: number): string[] {
    const exposed = new Set<string>();
    for (const id of this.hidden) {
      if (this.determined(new Map([[id, 1]]))) exposed.add(id);
    }
    for (const form of this.table.implied) {
      if (exposed.has(form.guard) || impliedValue(this.table, form) >= k) continue;
      const terms = new Map<string, number>();
      const add = (id: string, coefficient: number) => {
        if (this.hidden.has(id)) terms.set(id, (terms.get(id) ?? 0) + coefficient);
      };
      for (const id of form.plus) add(id, 1);
      for (const id of form.minus) add(id, -1);
      const known = [...form.plus, ...form.minus].every((id) => this.table.known?.has(id));
      if (!known && this.determined(terms)) exposed.add(form.guard);
    }
    return [...exposed].sort();
  }

  /** Whether Σ coefficient × cell over hidden cells has one possible value given the sums. */
  private determined(terms: ReadonlyMap<string, number>): boolean {
    const byComponent = new Map<number, Map<string, number>>();
    for (const [id, coefficient] of terms) {
      if (Math.abs(coefficient) < EPSILON) continue;
      const index = this.component.get(id) ?? -1;
      const part = byComponent.get(index) ?? new Map<string, number>();
      part.set(id, coefficient);
      byComponent.set(index, part);
    }
    for (const [index, part] of byComponent) {
      const ids = this.columns[index] ?? [];
      const vector = new Float64Array(ids.length);
      for (const [id, coefficient] of part) vector[ids.indexOf(id)] = coefficient;
      for (const { pivot, row } of this.reduced[index] ?? []) {
        const factor = vector[pivot] ?? 0;
        if (Math.abs(factor) < EPSILON) continue;
        for (let c = 0; c < vector.length; c++) vector[c] = (vector[c] ?? 0) - factor * (row[c] ?? 0);
      }
      if (vector.some((value) => Math.abs(value) > EPSILON)) return false;
    }
    return true;
  }
}

/** Gauss–Jordan elimination: rows with a leading 1 in their pivot column and 0 elsewhere in it. */
function echelon(ids: readonly string[], sparseRows: readonly Map<string, number>[]) {
  const column = new Map(ids.map((id, index) => [id, index]));
  const rows = sparseRows.map((sparse) => {
    const row = new Float64Array(ids.length);
    for (const [id, coefficient] of sparse) row[column.get(id) ?? 0] = coefficient;
    return row;
  });
  const reduced: { pivot: number; row: Float64Array }[] = [];
  let next = 0;
  for (let pivot = 0; pivot < ids.length && next < rows.length; pivot++) {
    let best = -1;
    for (let r = next; r < rows.length; r++) {
      if (Math.abs(rows[r]?.[pivot] ?? 0) > EPSILON) {
        best = r;
        break;
      }
    }
    if (best === -1) continue;
    const row = rows[best] ?? new Float64Array(ids.length);
    rows[best] = rows[next] ?? row;
    rows[next] = row;
    const scale = row[pivot] ?? 1;
    for (let c = 0; c < row.length; c++) row[c] = (row[c] ?? 0) / scale;
    for (let r = 0; r < rows.length; r++) {
      const other = rows[r];
      const factor = other?.[pivot] ?? 0;
      if (r === next || other === undefined || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < other.length; c++) other[c] = (other[c] ?? 0) - factor * (row[c] ?? 0);
    }
    reduced.push({ pivot, row });
    next++;
  }
  return reduced;
}
