import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  exposedCells,
  figureOf,
  isSuppressed,
  SUPPRESSED,
  suppressCells,
  suppressionThreshold,
} from '../../../src/domain/suppression';
import { LinearAttacker, type LinearForm } from './support/linear-attacker';

/** A breakdown with its total: "conversations by resident profile", say. */
function row(total: number | null, parts: Record<string, number>): CountTable {
  const sum = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    cells: new Map([['total', total ?? sum], ...Object.entries(parts)]),
    sums: [{ whole: 'total', parts: Object.keys(parts) }],
    implied: [],
  };
}

function shown(table: CountTable, k: number): Record<string, number | 'suppressed'> {
  const hidden = suppressCells(table, k);
  return Object.fromEntries(
    [...table.cells.keys()].map((id) => {
      const figure = figureOf(table, hidden, id);
      return [id, isSuppressed(figure) ? 'suppressed' : figure];
    }),
  );
}

describe('suppressionThreshold', () => {
  it('defaults to 5, keeps 3 and up, and raises anything lower to 3, saying so', () => {
    expect(suppressionThreshold()).toEqual({ k: 5, requested: 5, clamped: false });
    expect(suppressionThreshold(3)).toEqual({ k: 3, requested: 3, clamped: false });
    expect(suppressionThreshold(10)).toEqual({ k: 10, requested: 10, clamped: false });
    expect(suppressionThreshold(2)).toEqual({ k: 3, requested: 2, clamped: true });
    expect(suppressionThreshold(-7)).toEqual({ k: 3, requested: -7, clamped: true });
    expect(() => suppressionThreshold(4.5)).toThrow(RangeError);
  });
});

describe('primary suppression', () => {
  it.each([
    [4, 'suppressed'],
    [5, 5],
    [6, 6],
  ] as const)('a lone count of %i with k = 5 is %s', (count, expected) => {
    expect(shown({ cells: new Map([['n', count]]), sums: [], implied: [] }, 5)).toEqual({ n: expected });
  });

  it('hides 0 too: it is a figure resting on fewer than k conversations', () => {
    expect(shown({ cells: new Map([['n', 0]]), sums: [], implied: [] }, 5)).toEqual({ n: 'suppressed' });
  });

  it('shows the zeros of a period everyone knows is empty', () => {
    const table: CountTable = { cells: new Map([['n', 0]]), sums: [], implied: [], known: new Set(['n']) };
    expect(shown(table, 5)).toEqual({ n: 0 });
  });

  it('hides a count whose complement is small: "all but two" is about the two', () => {
    const table = (experienced: number): CountTable => ({
      cells: new Map([
        ['n', 30],
        ['e', experienced],
      ]),
      sums: [],
      implied: [{ plus: ['n'], minus: ['e'], guard: 'e' }],
    });
    expect(shown(table(26), 5)).toEqual({ n: 30, e: 'suppressed' });
    expect(shown(table(25), 5)).toEqual({ n: 30, e: 25 });
    expect(shown(table(30), 5)).toEqual({ n: 30, e: 'suppressed' });
  });

  it('hands out a figure, never a number, for a suppressed cell', () => {
    const table = row(null, { a: 2, b: 10 });
    expect(figureOf(table, suppressCells(table, 5), 'a')).toBe(SUPPRESSED);
    expect(SUPPRESSED).toEqual({ suppressed: true });
  });
});

describe('secondary suppression', () => {
  it('hides the next smallest cell when one hidden cell could be worked out from the total', () => {
    expect(shown(row(null, { a: 3, b: 10, c: 20 }), 5)).toEqual({
      total: 33,
      a: 'suppressed',
      b: 'suppressed',
      c: 20,
    });
  });

  it('keeps hiding until the hidden cells together hold at least k', () => {
    // a + b = 2 would say "both are tiny"; c joins them.
    expect(shown(row(null, { a: 1, b: 1, c: 9, d: 30 }), 5)).toEqual({
      total: 41,
      a: 'suppressed',
      b: 'suppressed',
      c: 'suppressed',
      d: 30,
    });
  });

  it('needs no secondary suppression when nothing is hidden', () => {
    expect(shown(row(null, { a: 5, b: 6 }), 5)).toEqual({ total: 11, a: 5, b: 6 });
  });

  it('hides a part when the total is hidden but every part is shown', () => {
    const table: CountTable = {
      cells: new Map([
        ['n', 12],
        ['a', 6],
        ['b', 6],
        ['x', 12],
      ]),
      sums: [{ whole: 'n', parts: ['a', 'b'] }],
      // A rule elsewhere hides n: its complement against x is 0.
      implied: [{ plus: ['x'], minus: ['n'], guard: 'n' }],
    };
    const result = shown(table, 5);
    expect(result.n).toBe('suppressed');
    expect([result.a, result.b]).toContain('suppressed');
  });

  it('protects across a year and its quarters, and across a breakdown of each', () => {
    // conversations by two guides, in two quarters and the year: a 2 × 2 table with margins.
    const cells = new Map([
      ['q1', 20],
      ['q2', 20],
      ['y', 40],
      ['q1:a', 2],
      ['q1:b', 18],
      ['q2:a', 10],
      ['q2:b', 10],
      ['y:a', 12],
      ['y:b', 28],
    ]);
    const table: CountTable = {
      cells,
      sums: [
        { whole: 'y', parts: ['q1', 'q2'] },
        { whole: 'y:a', parts: ['q1:a', 'q2:a'] },
        { whole: 'y:b', parts: ['q1:b', 'q2:b'] },
        { whole: 'q1', parts: ['q1:a', 'q1:b'] },
        { whole: 'q2', parts: ['q2:a', 'q2:b'] },
        { whole: 'y', parts: ['y:a', 'y:b'] },
      ],
      implied: [],
    };
    const hidden = suppressCells(table, 5);
    expect(hidden.has('q1:a')).toBe(true);
    expect(exposedCells(table, hidden, 5)).toEqual([]);
  });
});

/**
 * Random two-way tables with all margins (rows × columns, row totals, column totals, grand
 * total): the classic setting where a total minus the shown cells reveals a hidden one.
 */
const tableArbitrary = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    columns: fc.integer({ min: 1, max: 4 }),
    k: fc.integer({ min: 3, max: 6 }),
  })
  .chain(({ rows, columns, k }) =>
    fc.record({
      k: fc.constant(k),
      counts: fc.array(
        fc.array(fc.oneof(fc.nat(k + 2), fc.nat(40)), { minLength: columns, maxLength: columns }),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
    }),
  );

function twoWay(counts: number[][]): CountTable {
  const cells = new Map<string, number>();
  const columns = counts[0]?.length ?? 0;
  const rowIds = counts.map((_, r) => `r${r}`);
  const columnIds = Array.from({ length: columns }, (_, c) => `c${c}`);
  counts.forEach((line, r) => {
    line.forEach((count, c) => {
      cells.set(`r${r}c${c}`, count);
    });
    cells.set(
      `r${r}`,
      line.reduce((a, b) => a + b, 0),
    );
  });
  columnIds.forEach((id, c) => {
    cells.set(
      id,
      counts.reduce((sum, line) => sum + (line[c] ?? 0), 0),
    );
  });
  cells.set(
    'all',
    counts.flat().reduce((a, b) => a + b, 0),
  );
  return {
    cells,
    sums: [
      ...rowIds.map((id, r) => ({ whole: id, parts: columnIds.map((_, c) => `r${r}c${c}`) })),
      ...columnIds.map((id, c) => ({ whole: id, parts: rowIds.map((_, r) => `r${r}c${c}`) })),
      { whole: 'all', parts: rowIds },
      { whole: 'all', parts: columnIds },
    ],
    implied: [],
  };
}

describe('no suppressed cell can be worked out (property)', () => {
  it('holds for two-way tables with all their totals', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ counts, k }) => {
        const table = twoWay(counts);
        const hidden = suppressCells(table, k);
        // What a reader knows: every shown cell, and every sum.
        const known: LinearForm[] = [
          ...[...table.cells.keys()].filter((id) => !hidden.has(id)).map((id) => new Map([[id, 1n]])),
          ...table.sums.map(
            (sum) =>
              new Map<string, bigint>([[sum.whole, 1n], ...sum.parts.map((p): [string, bigint] => [p, -1n])]),
          ),
        ];
        const attacker = new LinearAttacker(known);
        for (const [id, value] of table.cells) {
          if (hidden.has(id)) {
            expect(attacker.determines(new Map([[id, 1n]])), id).toBe(false);
          } else {
            expect(value, id).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps small complements from being worked out', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 5 }), fc.nat(60), (parts, extra) => {
        const total = parts.reduce((a, b) => a + b, 0) + extra;
        const cells = new Map<string, number>([
          ['n', total],
          ...parts.map((v, i): [string, number] => [`x${i}`, v]),
        ]);
        const table: CountTable = {
          cells,
          sums: [],
          implied: parts.map((_, i) => ({ plus: ['n'], minus: [`x${i}`], guard: `x${i}` })),
        };
        const hidden = suppressCells(table, 5);
        parts.forEach((value, i) => {
          const visible = !hidden.has(`x${i}`);
          expect(visible).toBe(total >= 5 && value >= 5 && total - value >= 5);
        });
      }),
    );
  });

  it('is deterministic: the same counts in another order give the same answer', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ counts, k }) => {
        const table = twoWay(counts);
        const reversed: CountTable = {
          cells: new Map([...table.cells].reverse()),
          sums: [...table.sums].reverse(),
          implied: [],
        };
        expect([...suppressCells(reversed, k)].sort()).toEqual([...suppressCells(table, k)].sort());
      }),
      { numRuns: 200 },
    );
  });
});
