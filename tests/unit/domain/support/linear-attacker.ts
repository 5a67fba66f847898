/**
 * The attacker of small-cell suppression, written apart from the code it attacks: it knows what a
 * reader knows (the published numbers and how they add up) as linear equations over unknown
 * counts, and decides exactly — integer arithmetic, no rounding — whether a quantity follows from
 * them. A quantity follows when it lies in the row space of the equations.
 */
export type LinearForm = ReadonlyMap<string, bigint>;

export class LinearAttacker {
  private readonly componentOf = new Map<string, number>();
  private readonly variables: string[][] = [];
  private readonly rows: { pivot: number; row: bigint[] }[][] = [];

  /** Each form is a left-hand side Σ coefficient × variable known to the reader (its value does not matter). */
  constructor(knownForms: readonly LinearForm[]) {
    const parent = new Map<string, string>();
    const root = (v: string): string => {
      let r = v;
      while (parent.get(r) !== r) r = parent.get(r) as string;
      return r;
    };
    for (const form of knownForms) for (const v of form.keys()) if (!parent.has(v)) parent.set(v, v);
    for (const form of knownForms) {
      const [first, ...rest] = [...form.keys()];
      for (const v of rest) if (first !== undefined) parent.set(root(v), root(first));
    }
    const index = new Map<string, number>();
    for (const v of [...parent.keys()].sort()) {
      const r = root(v);
      if (!index.has(r)) {
        index.set(r, this.variables.length);
        this.variables.push([]);
      }
      const component = index.get(r) as number;
      this.componentOf.set(v, component);
      this.variables[component]?.push(v);
    }
    const grouped: bigint[][][] = this.variables.map(() => []);
    for (const form of knownForms) {
      const first = form.keys().next().value;
      if (first === undefined) continue;
      const component = this.componentOf.get(first) as number;
      grouped[component]?.push(this.dense(component, form));
    }
    grouped.forEach((rows) => {
      this.rows.push(reduce(rows));
    });
  }

  /** Whether the form has one possible value given the known forms. */
  determines(form: LinearForm): boolean {
    const parts = new Map<number, Map<string, bigint>>();
    for (const [v, c] of form) {
      if (c === 0n) continue;
      const component = this.componentOf.get(v);
      if (component === undefined) return false;
      const part = parts.get(component) ?? new Map<string, bigint>();
      part.set(v, c);
      parts.set(component, part);
    }
    for (const [component, part] of parts) {
      let vector = this.dense(component, part);
      for (const { pivot, row } of this.rows[component] ?? []) {
        const factor = vector[pivot] ?? 0n;
        if (factor === 0n) continue;
        const scale = row[pivot] ?? 1n;
        vector = normalise(vector.map((value, i) => value * scale - factor * (row[i] ?? 0n)));
      }
      if (vector.some((value) => value !== 0n)) return false;
    }
    return true;
  }

  private dense(component: number, form: LinearForm): bigint[] {
    const names = this.variables[component] ?? [];
    return names.map((name) => form.get(name) ?? 0n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalise(row: bigint[]): bigint[] {
  const divisor = row.reduce((g, value) => gcd(g, value), 0n);
  return divisor > 1n ? row.map((value) => value / divisor) : row;
}

/** Fraction-free Gauss–Jordan elimination. */
function reduce(input: bigint[][]): { pivot: number; row: bigint[] }[] {
  const rows = input.map(normalise);
  const width = rows[0]?.length ?? 0;
  const pivots: number[] = [];
  let next = 0;
  for (let pivot = 0; pivot < width && next < rows.length; pivot++) {
    const found = rows.findIndex((row, r) => r >= next && (row[pivot] ?? 0n) !== 0n);
    if (found === -1) continue;
    [rows[next], rows[found]] = [rows[found] as bigint[], rows[next] as bigint[]];
    const row = rows[next] as bigint[];
    const scale = row[pivot] as bigint;
    for (let r = 0; r < rows.length; r++) {
      const other = rows[r] as bigint[];
      const factor = other[pivot] ?? 0n;
      if (r === next || factor === 0n) continue;
      rows[r] = normalise(other.map((value, i) => value * scale - factor * (row[i] ?? 0n)));
    }
    pivots.push(pivot);
    next++;
  }
  // Rows are replaced as later pivots clear their columns, so they are read only at the end.
  return pivots.map((pivot, r) => ({ pivot, row: rows[r] as bigint[] }));
}
