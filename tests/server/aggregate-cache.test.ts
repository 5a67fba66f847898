import { describe, expect, it } from 'vitest';
import type { CounterRow } from '../../src/server/aggregates/cube';
import { AreaYearCache } from '../../src/server/aggregates/cube-cache';

const rows: CounterRow[] = [
  { quarter: 1, dimension: 'n', key: '', conversations: 12 },
  { quarter: 1, dimension: 't', key: 'wonen', conversations: 7 },
  { quarter: 2, dimension: 'n', key: '', conversations: 9 },
];

describe('the cache of suppressed area-years', () => {
  it('reuses the suppression while the counters are the same, whatever their order', () => {
    const cache = new AreaYearCache();
    const first = cache.cube('gaasperdam', 2026, rows, 5);
    expect(cache.cube('gaasperdam', 2026, [...rows].reverse(), 5)).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('computes again as soon as a counter changed, or for another area, year or k', () => {
    const cache = new AreaYearCache();
    const first = cache.cube('gaasperdam', 2026, rows, 5);
    const oneMore = rows.map((row) =>
      row.dimension === 'n' && row.quarter === 1 ? { ...row, conversations: 13 } : row,
    );
    const changed = cache.cube('gaasperdam', 2026, oneMore, 5);
    expect(changed).not.toBe(first);
    expect(changed.conversations('q1')).toBe(13);
    expect(cache.cube('driemond', 2026, rows, 5)).not.toBe(first);
    expect(cache.cube('gaasperdam', 2027, rows, 5)).not.toBe(first);
    expect(cache.cube('gaasperdam', 2026, rows, 7)).not.toBe(first);
  });
});
