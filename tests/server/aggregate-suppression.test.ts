import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_PROFILES } from '../../src/domain/conversation';
import { type Figure, isSuppressed } from '../../src/domain/suppression';
import { VALUE_IDS } from '../../src/domain/values';
import type { AggregatesReport } from '../../src/domain/wire/aggregates';
import type { Summary } from '../../src/domain/wire/summary';
import { cellsOf } from '../../src/server/aggregates/cells';
import { AreaYear, type CounterRow } from '../../src/server/aggregates/cube';
import { renderReport } from '../../src/server/aggregates/report';
import { LinearAttacker, type LinearForm } from '../unit/domain/support/linear-attacker';
import { noValues, summary } from './support/fixtures';

/**
 * Property: whatever the conversations, a reader who requests the year and all four quarters and
 * solves every equation the published numbers allow (year = Σ quarters; conversations = Σ guides
 * = Σ profiles) can work out no suppressed figure, and no unpublished count below k ("everyone
 * but two", the other cells of a theme × value table). Pure: no database, no HTTP.
 */
const QUARTERS = [1, 2, 3, 4] as const;

const summaryArbitrary = fc
  .record({
    quarter: fc.constantFrom(1, 1, 2, 2, 3, 4),
    guide: fc.constantFrom('algemeen', 'mantelzorger'),
    residentProfile: fc.constantFrom(...CONVERSATION_PROFILES),
    experienced: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    missing: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    themeIds: fc.subarray(['wonen', 'taal', 'zorg']),
    obstacleThemeIds: fc.subarray(['geldzorgen', 'taal']),
  })
  .map((r) => {
    const values = noValues();
    VALUE_IDS.forEach((id, i) => {
      values[id] = { experienced: r.experienced[i] ? 1 : 0, missing: r.missing[i] ? 1 : 0 };
    });
    return summary({
      period: { year: 2026, quarter: r.quarter as 1 | 2 | 3 | 4 },
      guide: { id: r.guide, version: 1 },
      residentProfile: r.residentProfile,
      values,
      themeIds: r.themeIds,
      obstacleThemeIds: r.obstacleThemeIds,
    });
  });

function countersOf(summaries: readonly Summary[]): CounterRow[] {
  const rows = new Map<string, CounterRow>();
  for (const s of summaries) {
    for (const cell of cellsOf(s)) {
      const id = `${cell.quarter}|${cell.dimension}|${cell.key}`;
      const row = rows.get(id) ?? {
        quarter: cell.quarter,
        dimension: cell.dimension,
        key: cell.key,
        conversations: 0,
      };
      row.conversations++;
      rows.set(id, row);
    }
  }
  return [...rows.values()];
}

/** Every figure of a report, by a name of the attacker's own, with how to count it in the truth. */
function figures(report: AggregatesReport): [string, Figure, (s: Summary) => boolean][] {
  return [
    ['n', report.conversations, () => true],
    ...VALUE_IDS.flatMap((v): [string, Figure, (s: Summary) => boolean][] => [
      [`e:${v}`, report.values[v].experienced, (s) => s.values[v].experienced > 0],
      [`m:${v}`, report.values[v].missing, (s) => s.values[v].missing > 0],
    ]),
    ...report.themes.flatMap(
      ({ themeId: t, conversations, values }): [string, Figure, (s: Summary) => boolean][] => [
        [`t:${t}`, conversations, (s) => s.themeIds.includes(t)],
        ...VALUE_IDS.flatMap((v): [string, Figure, (s: Summary) => boolean][] => [
          [
            `te:${t}:${v}`,
            values[v].experienced,
            (s) => s.themeIds.includes(t) && s.values[v].experienced > 0,
          ],
          [`tm:${t}:${v}`, values[v].missing, (s) => s.themeIds.includes(t) && s.values[v].missing > 0],
        ]),
      ],
    ),
    ...report.obstacles.map(({ themeId: o, conversations }): [string, Figure, (s: Summary) => boolean] => [
      `o:${o}`,
      conversations,
      (s) => s.obstacleThemeIds.includes(o),
    ]),
    ...report.coverage.guides.map(
      ({ guideId: g, conversations }): [string, Figure, (s: Summary) => boolean] => [
        `g:${g}`,
        conversations,
        (s) => s.guide.id === g,
      ],
    ),
    ...report.coverage.residentProfiles.map(
      ({ residentProfile: p, conversations }): [string, Figure, (s: Summary) => boolean] => [
        `p:${p}`,
        conversations,
        (s) => s.residentProfile === p,
      ],
    ),
  ];
}

type Period = number | null;
const quartersOf = (period: Period) => (period === null ? QUARTERS : [period]);
/** A figure of a period as a form over the attacker's unknowns: the four quarter counts. */
const form = (terms: [string, bigint][], period: Period): LinearForm => {
  const result = new Map<string, bigint>();
  for (const [name, c] of terms) for (const q of quartersOf(period)) result.set(`${name}@${q}`, c);
  return result;
};

function attack(summaries: readonly Summary[], k: number): void {
  const cube = AreaYear.fromCounters(countersOf(summaries), k);
  const noQuotes = { items: [], more: false, released: false };
  const periods: Period[] = [null, ...QUARTERS];
  const reports = periods.map((quarter) =>
    renderReport(cube, { areaId: 'a', year: 2026, k, ...(quarter === null ? {} : { quarter }) }, noQuotes),
  );

  const known: LinearForm[] = [];
  reports.forEach((report, index) => {
    const period = periods[index] ?? null;
    const truthIn = summaries.filter((s) => period === null || s.period.quarter === period);
    for (const [name, figure, occurs] of figures(report)) {
      if (isSuppressed(figure)) continue;
      const truth = truthIn.filter(occurs).length;
      expect(figure, `${name} in ${period ?? 'year'}`).toBe(truth);
      if (truthIn.length > 0) expect(figure, `${name} in ${period ?? 'year'}`).toBeGreaterThanOrEqual(k);
      known.push(form([[name, 1n]], period));
    }
  });
  const year = reports[0] as AggregatesReport;
  for (const q of QUARTERS) {
    const guides = year.coverage.guides.map((g): [string, bigint] => [`g:${g.guideId}`, -1n]);
    const profiles = CONVERSATION_PROFILES.map((p): [string, bigint] => [`p:${p}`, -1n]);
    known.push(form([['n', 1n], ...guides], q), form([['n', 1n], ...profiles], q));
  }
  const attacker = new LinearAttacker(known);

  reports.forEach((report, index) => {
    const period = periods[index] ?? null;
    const truthIn = summaries.filter((s) => period === null || s.period.quarter === period);
    if (truthIn.length === 0) return;
    const count = (name: string) => {
      const occurs = figures(report).find(([n]) => n === name)?.[2] ?? (() => true);
      return truthIn.filter(occurs).length;
    };
    for (const [name, figure] of figures(report)) {
      if (isSuppressed(figure)) {
        expect(attacker.determines(form([[name, 1n]], period)), `${name} in ${period ?? 'year'}`).toBe(false);
      }
    }
    // Unpublished counts below k must not follow either.
    const hidden: [string, [string, bigint][]][] = [];
    for (const [name] of figures(report)) {
      if (/^[emto]:/.test(name))
        hidden.push([
          `n − ${name}`,
          [
            ['n', 1n],
            [name, -1n],
          ],
        ]);
      const pair = /^t([em]):(.+):(.+)$/.exec(name);
      if (pair) {
        const [, polarity, t, v] = pair;
        const [theme, value] = [`t:${t}`, `${polarity}:${v}`];
        hidden.push(
          [
            `${theme} − ${name}`,
            [
              [theme, 1n],
              [name, -1n],
            ],
          ],
          [
            `${value} − ${name}`,
            [
              [value, 1n],
              [name, -1n],
            ],
          ],
          [
            `n − ${theme} − ${value} + ${name}`,
            [
              ['n', 1n],
              [theme, -1n],
              [value, -1n],
              [name, 1n],
            ],
          ],
        );
      }
    }
    for (const [label, terms] of hidden) {
      const value = terms.reduce((sum, [name, c]) => sum + Number(c) * count(name), 0);
      if (value >= k) continue;
      expect(attacker.determines(form(terms, period)), `${label} = ${value} in ${period ?? 'year'}`).toBe(
        false,
      );
    }
  });
}

describe('suppression of an area-year, attacked with everything a reader can request', () => {
  it('shows true figures of at least k, and nothing suppressed can be worked out (k = 5)', () => {
    fc.assert(
      fc.property(fc.array(summaryArbitrary, { maxLength: 70 }), (summaries) => attack(summaries, 5)),
      { numRuns: 120 },
    );
  });

  it('holds for k = 3 and for large areas too', () => {
    fc.assert(
      fc.property(fc.array(summaryArbitrary, { minLength: 20, maxLength: 200 }), (summaries) =>
        attack(summaries, 3),
      ),
      { numRuns: 40 },
    );
  });

  it('withholds everything below k and shows a lone quarter at exactly k', () => {
    const at = (n: number) =>
      Array.from({ length: n }, () => summary({ period: { year: 2026, quarter: 1 } }));
    for (const [n, shown] of [
      [4, false],
      [5, true],
      [6, true],
    ] as const) {
      const cube = AreaYear.fromCounters(countersOf(at(n)), 5);
      expect(isSuppressed(cube.figure('q1', 'n')), `${n} conversations`).toBe(!shown);
      expect(isSuppressed(cube.figure('year', 'n'))).toBe(!shown);
      attack(at(n), 5);
    }
  });
});
