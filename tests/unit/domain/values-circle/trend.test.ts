import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../../../../src/domain/suppression';
import { VALUE_IDS, type ValueId } from '../../../../src/domain/values';
import { trendGeometry, trendScale, valueTrends } from '../../../../src/domain/values-circle/trend';
import type { ValueFigures } from '../../../../src/domain/wire/aggregates';
import type { TrendYear } from '../../../../src/domain/wire/trend';

const year = (y: number, conversations: TrendYear['conversations'], autonomie: ValueFigures): TrendYear => ({
  year: y,
  k: 5,
  conversations,
  values: Object.fromEntries(
    VALUE_IDS.map((id) => [id, id === 'autonomie' ? autonomie : { experienced: 6, missing: 6 }]),
  ) as Record<ValueId, ValueFigures>,
});

const trend = {
  areaId: 'gaasperdam',
  years: [
    year(2022, 0, { experienced: 0, missing: 0 }),
    year(2023, 30, { experienced: 12, missing: 7 }),
    year(2024, 25, { experienced: SUPPRESSED, missing: 9 }),
    year(2025, 40, { experienced: 20, missing: 10 }),
    year(2026, SUPPRESSED, { experienced: SUPPRESSED, missing: SUPPRESSED }),
  ],
};

describe('a value across the years', () => {
  const [autonomie] = valueTrends(trend);

  it('shows a suppressed year, or one without conversations, as a gap, never as zero', () => {
    expect(autonomie?.valueId).toBe('autonomie');
    expect(autonomie?.points.map((p) => p.experienced)).toEqual([
      { kind: 'gap', why: 'no-conversations' },
      { kind: 'shown', conversations: 12 },
      { kind: 'gap', why: 'suppressed' },
      { kind: 'shown', conversations: 20 },
      { kind: 'gap', why: 'suppressed' },
    ]);
    expect(autonomie?.points.map((p) => p.missing.kind)).toEqual(['gap', 'shown', 'shown', 'shown', 'gap']);
  });

  it('breaks the line at a gap instead of joining across it or dropping to the axis', () => {
    if (!autonomie) throw new Error('no trend');
    const geometry = trendGeometry(autonomie, trendScale(valueTrends(trend)));
    const experienced = geometry.series.experienced;
    // Two runs of one point each (2023 and 2025): the line never joins 2023 to 2025 over 2024.
    expect(experienced.runs.map((run) => run.length)).toEqual([1, 1]);
    expect(experienced.gaps).toHaveLength(3);
    expect(geometry.series.missing.runs.map((run) => run.length)).toEqual([3]);
    const baseline = Math.max(
      ...[...experienced.runs.flat(), ...geometry.series.missing.runs.flat()].map((p) => p.y),
    );
    // No shown point sits on the zero line: the lowest is 7 of 20, well above it.
    expect(baseline).toBeLessThan(geometry.height - 22);
    expect(geometry.columns.map((c) => c.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});
