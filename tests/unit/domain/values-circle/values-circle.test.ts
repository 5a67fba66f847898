import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../../../../src/domain/suppression';
import type { ValuePolarity } from '../../../../src/domain/tallies';
import { VALUE_IDS, type ValueId } from '../../../../src/domain/values';
import { EMPTY_AGENDA, mergeAgendas, moveQuestion } from '../../../../src/domain/values-circle/agenda';
import { toCsv } from '../../../../src/domain/values-circle/csv';
import {
  coOccurringThemes,
  coverageOf,
  quotesByValue,
  topThemes,
  valueRows,
} from '../../../../src/domain/values-circle/dashboard';
import { localReport } from '../../../../src/domain/values-circle/local-report';
import { patternOf, proposeQuestions } from '../../../../src/domain/values-circle/questions';
import type { Agenda } from '../../../../src/domain/wire/agenda';
import type { AggregatesReport, ValueFigures } from '../../../../src/domain/wire/aggregates';

const noValues = (): Record<ValueId, ValueFigures> =>
  Object.fromEntries(VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }])) as Record<
    ValueId,
    ValueFigures
  >;

function report(overrides: Partial<AggregatesReport> = {}): AggregatesReport {
  return {
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: null },
    k: 5,
    conversations: 40,
    values: noValues(),
    themes: [],
    obstacles: [],
    coverage: { guides: [], residentProfiles: [] },
    quotes: { released: true, items: [], more: false },
    ...overrides,
  };
}

function theme(
  themeId: string,
  conversations: number,
  cells: Partial<Record<ValueId, Partial<ValueFigures>>>,
) {
  const values = noValues();
  for (const [id, figures] of Object.entries(cells)) Object.assign(values[id as ValueId], figures);
  return { themeId, conversations, values };
}

describe('discussion questions', () => {
  it('ask why a value is missed where missing dominates, and what keeps it where it is experienced', () => {
    expect(patternOf({ experienced: 6, missing: 24 })).toBe('missing-dominates');
    expect(patternOf({ experienced: 30, missing: 5 })).toBe('experienced-dominates');
    expect(patternOf({ experienced: 14, missing: 13 })).toBe('mixed');
    expect(patternOf({ experienced: 0, missing: 0 })).toBe('too-few');
  });

  it('never read a suppressed figure as a number: one hidden side is "fewer than k", both hidden is too few', () => {
    expect(patternOf({ experienced: SUPPRESSED, missing: 7 })).toBe('missing-dominates');
    expect(patternOf({ experienced: 12, missing: SUPPRESSED })).toBe('experienced-dominates');
    expect(patternOf({ experienced: SUPPRESSED, missing: SUPPRESSED })).toBe('too-few');
    expect(patternOf({ experienced: SUPPRESSED, missing: 0 })).toBe('too-few');
  });

  it('name the themes most often alongside the dominant side', () => {
    const values = noValues();
    values.betrokkenheid = { experienced: 6, missing: 24 };
    values.zelfbeschikking = { experienced: 30, missing: 5 };
    const proposals = proposeQuestions(
      report({
        values,
        themes: [
          theme('toegang-tot-hulp', 24, { betrokkenheid: { missing: 18, experienced: SUPPRESSED } }),
          theme('geldzorgen-en-schulden', 12, {
            betrokkenheid: { missing: 9 },
            zelfbeschikking: { experienced: 10 },
          }),
          theme('wonen', 12, {
            betrokkenheid: { missing: SUPPRESSED },
            zelfbeschikking: { experienced: 11 },
          }),
        ],
      }),
    );
    expect(proposals.find((p) => p.valueId === 'betrokkenheid')).toEqual({
      valueId: 'betrokkenheid',
      pattern: 'missing-dominates',
      themeIds: ['toegang-tot-hulp', 'geldzorgen-en-schulden'],
    });
    expect(proposals.find((p) => p.valueId === 'zelfbeschikking')).toEqual({
      valueId: 'zelfbeschikking',
      pattern: 'experienced-dominates',
      themeIds: ['wonen', 'geldzorgen-en-schulden'],
    });
    expect(proposals.find((p) => p.valueId === 'compassie')).toEqual({
      valueId: 'compassie',
      pattern: 'too-few',
      themeIds: [],
    });
  });
});

describe('the dashboard', () => {
  it('ranks co-occurring themes by shown figures only, largest first, ties by id', () => {
    const r = report({
      themes: [
        theme('wonen', 10, { autonomie: { missing: 7 } }),
        theme('taal', 10, { autonomie: { missing: 7 } }),
        theme('eenzaamheid', 10, { autonomie: { missing: SUPPRESSED } }),
        theme('werk-en-inkomen', 10, { autonomie: { missing: 9 } }),
        theme('veiligheid', 10, { autonomie: { missing: 0 } }),
      ],
    });
    const polarity: ValuePolarity = 'missing';
    expect(coOccurringThemes(r, 'autonomie', polarity).map((t) => t.themeId)).toEqual([
      'werk-en-inkomen',
      'taal',
      'wonen',
    ]);
    expect(coOccurringThemes(r, 'autonomie', 'experienced')).toEqual([]);
    expect(topThemes(report({ themes: [theme('a', SUPPRESSED as never, {}), theme('b', 6, {})] }))).toEqual([
      { themeId: 'b', conversations: 6 },
    ]);
  });

  it('shows the change since last year only where both years show a number', () => {
    const now = noValues();
    now.autonomie = { experienced: 14, missing: 13 };
    now.compassie = { experienced: SUPPRESSED, missing: 6 };
    const before = noValues();
    before.autonomie = { experienced: 8, missing: 13 };
    before.compassie = { experienced: 5, missing: SUPPRESSED };
    const rows = valueRows(report({ values: now }), report({ values: before }));
    expect(rows.find((r) => r.valueId === 'autonomie')?.change).toEqual({ experienced: 6, missing: 0 });
    expect(rows.find((r) => r.valueId === 'compassie')?.change).toEqual({ experienced: null, missing: null });
    expect(valueRows(report({ values: now }))[0]?.change).toEqual({ experienced: null, missing: null });
  });

  it('groups quotes per value, a quote with two values under both, and names faint voices', () => {
    const r = report({
      quotes: {
        released: true,
        more: false,
        items: [
          { id: '0000000000000001', text: 'een', valueIds: ['betrokkenheid'], themeIds: [] },
          { id: '0000000000000002', text: 'twee', valueIds: ['betrokkenheid', 'compassie'], themeIds: [] },
          { id: '0000000000000003', text: 'drie', valueIds: [], themeIds: [] },
        ],
      },
      coverage: {
        guides: [],
        residentProfiles: [
          { residentProfile: 'mantelzorger', conversations: 12 },
          { residentProfile: 'jongere', conversations: SUPPRESSED },
          { residentProfile: 'oudere', conversations: 20 },
          { residentProfile: 'alleenstaande-ouder', conversations: 0 },
          { residentProfile: 'anders', conversations: 0 },
        ],
      },
    });
    const grouped = quotesByValue(r);
    expect(grouped.byValue.betrokkenheid).toEqual(['een', 'twee']);
    expect(grouped.byValue.compassie).toEqual(['twee']);
    expect(grouped.general).toEqual(['drie']);
    expect(coverageOf(r).faint).toEqual(['jongere', 'alleenstaande-ouder']);
  });
});

describe('CSV for Excel', () => {
  it('starts with a BOM, separates with semicolons, and quotes what needs it', () => {
    const csv = toCsv([
      ['Onderdeel', 'Naam', 'Gesprekken'],
      ['Thema', 'Geldzorgen; schulden', 12],
      ['Citaat', 'Hij zei: "kom maar"', 'minder dan 5'],
      ['Regel', 'eerste\nregel', ''],
      ['Plaats', 'Gaasperdam — Één straat', ' spatie'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Onderdeel;Naam;Gesprekken',
      'Thema;"Geldzorgen; schulden";12',
      'Citaat;"Hij zei: ""kom maar""";minder dan 5',
      'Regel;"eerste\nregel";',
      'Plaats;Gaasperdam — Één straat;" spatie"',
      '',
    ]);
  });
});

describe('the agenda of two team members', () => {
  const q = (id: string, text: string, valueId: ValueId | null = null) => ({ id, text, valueId });
  const base: Agenda = {
    questions: [q('a', 'Vraag A'), q('b', 'Vraag B'), q('c', 'Vraag C')],
    participation: '',
  };

  it('keeps additions from both sides, removals from either, and my rewording where both changed', () => {
    const mine: Agenda = {
      questions: [q('a', 'Vraag A, beter'), q('c', 'Vraag C'), q('m', 'Mijn vraag')],
      participation: 'Het loket is langer open.',
    };
    const theirs: Agenda = {
      questions: [q('a', 'Vraag A, anders'), q('b', 'Vraag B'), q('t', 'Hun vraag')].concat(),
      participation: '',
    };
    // Theirs removed C; mine removed B; both reworded A.
    expect(mergeAgendas(base, mine, theirs)).toEqual({
      questions: [q('a', 'Vraag A, beter'), q('m', 'Mijn vraag'), q('t', 'Hun vraag')],
      participation: 'Het loket is langer open.',
    });
  });

  it('takes their edits where mine left a question as it was', () => {
    const theirs: Agenda = {
      questions: [q('a', 'Vraag A', 'compassie'), q('b', 'B2'), q('c', 'Vraag C')],
      participation: 'x',
    };
    expect(mergeAgendas(base, base, theirs)).toEqual(theirs);
    expect(mergeAgendas(null, EMPTY_AGENDA, theirs)).toEqual(theirs);
  });

  it('moves a question up and down, and not past the ends', () => {
    expect(moveQuestion(base, 'c', -1).questions.map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(base, 'a', -1)).toBe(base);
    expect(moveQuestion(base, 'c', 1)).toBe(base);
  });
});

describe("a device's own tallies", () => {
  it('count conversations, not tags, for the chosen area and period', () => {
    const local = localReport(
      [
        {
          areaId: 'driemond',
          period: { year: 2026, quarter: 1 },
          guideId: 'algemeen',
          residentProfile: 'oudere',
          valueTags: [
            { valueId: 'autonomie', polarity: 'experienced', noteId: 'n1' },
            { valueId: 'autonomie', polarity: 'experienced', noteId: 'n2' },
            { valueId: 'autonomie', polarity: 'missing' },
          ],
          themeIds: ['wonen'],
        },
        {
          areaId: 'driemond',
          period: { year: 2026, quarter: 2 },
          guideId: 'algemeen',
          residentProfile: 'jongere',
          valueTags: [{ valueId: 'autonomie', polarity: 'missing' }],
          themeIds: ['wonen', 'taal'],
        },
        {
          areaId: 'gaasperdam',
          period: { year: 2026, quarter: 1 },
          guideId: 'algemeen',
          residentProfile: 'oudere',
          valueTags: [{ valueId: 'autonomie', polarity: 'missing' }],
          themeIds: [],
        },
      ],
      { areaId: 'driemond', year: 2026, quarter: null },
    );
    expect(local.conversations).toBe(2);
    expect(local.values.autonomie).toEqual({ experienced: 1, missing: 2 });
    expect(local.themes.map((t) => [t.themeId, t.conversations, t.values.autonomie])).toEqual([
      ['taal', 1, { experienced: 0, missing: 1 }],
      ['wonen', 2, { experienced: 1, missing: 2 }],
    ]);
    expect(local.coverage.residentProfiles.find((p) => p.residentProfile === 'jongere')?.conversations).toBe(
      1,
    );
    expect(localReport([], { areaId: 'driemond', year: 2026, quarter: 1 }).conversations).toBe(0);
  });
});
