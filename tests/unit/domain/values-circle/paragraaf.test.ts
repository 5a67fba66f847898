import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../../../../src/domain/suppression';
import { VALUE_IDS, type ValueId } from '../../../../src/domain/values';
import { participationParagraph } from '../../../../src/domain/values-circle/paragraaf';
import type { Agenda } from '../../../../src/domain/wire/agenda';
import type { AggregatesReport, ReportQuote, ValueFigures } from '../../../../src/domain/wire/aggregates';

const values = (figures: Partial<Record<ValueId, ValueFigures>> = {}): Record<ValueId, ValueFigures> =>
  Object.fromEntries(VALUE_IDS.map((id) => [id, figures[id] ?? { experienced: 10, missing: 8 }])) as Record<
    ValueId,
    ValueFigures
  >;

const quote = (n: number, valueIds: ValueId[]): ReportQuote => ({
  id: n.toString(16).padStart(16, '0'),
  text: `citaat ${n}`,
  valueIds,
  themeIds: [],
});

function report(overrides: Partial<AggregatesReport> = {}): AggregatesReport {
  return {
    areaId: 'gaasperdam',
    period: { year: 2026, quarter: null },
    k: 5,
    conversations: 40,
    values: values({ compassie: { experienced: SUPPRESSED, missing: 3 } }),
    themes: [
      { themeId: 'wonen', conversations: 12, values: values() },
      { themeId: 'zorg', conversations: SUPPRESSED, values: values() },
      // A zero the report shows (known to everyone) is still not a number under k in the paragraph.
      { themeId: 'werk', conversations: 4, values: values() },
    ],
    obstacles: [],
    coverage: {
      guides: [
        { guideId: 'mantelzorg', conversations: 31 },
        { guideId: 'jongeren', conversations: SUPPRESSED },
      ],
      residentProfiles: [
        { residentProfile: 'mantelzorger', conversations: 31 },
        { residentProfile: 'jongere', conversations: SUPPRESSED },
        { residentProfile: 'oudere', conversations: 2 },
        { residentProfile: 'anders', conversations: SUPPRESSED },
      ],
    },
    quotes: {
      released: true,
      more: false,
      items: [1, 2, 3, 4, 5].map((n) => quote(n, ['autonomie'])),
    },
    ...overrides,
  };
}

const agenda: Agenda = {
  questions: [{ id: '0190c2a4-0000-7000-8000-000000000001', valueId: 'autonomie', text: 'Wat helpt?' }],
  participation: '',
  outcome: {
    notes: [],
    actions: [
      {
        id: '0190c2a4-0000-7000-8000-000000000002',
        questionId: null,
        what: 'Spreekuur in het buurthuis',
        owner: 'Wijkteam Zuidoost',
        due: '2026-11-01',
        valueIds: ['autonomie'],
        themeIds: [],
        status: 'not-done',
        reason: 'Geen ruimte gevonden',
        updates: [{ id: '0190c2a4-0000-7000-8000-000000000003', date: '2026-10-01', text: 'Gezocht' }],
      },
    ],
  },
  pickedQuotes: [quote(4, []).id, quote(2, []).id, 'ffffffffffffffff'],
};

/** Every number anywhere in the paragraph's figures. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'year' || key === 'k' ? [] : numbersIn(v)));
  return [];
}

describe('the participatieparagraaf', () => {
  const paragraph = participationParagraph({ areaName: 'Gaasperdam', report: report(), agenda });

  it('never carries a count under k, whether the report suppressed it or showed it', () => {
    const { circles, held, questions, ...counted } = paragraph.method;
    expect([circles, held, questions]).toEqual([1, [], 1]);
    const figures = numbersIn({ heard: paragraph.heard, said: paragraph.said, method: counted });
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((n) => n < 5)).toEqual([]);
    expect(paragraph.said.values.find((v) => v.valueId === 'compassie')).toEqual({
      valueId: 'compassie',
      experienced: { kind: 'fewer-than-k' },
      missing: { kind: 'fewer-than-k' },
    });
    expect(paragraph.heard.profiles.find((p) => p.residentProfile === 'oudere')?.conversations).toEqual({
      kind: 'fewer-than-k',
    });
    expect(paragraph.said.themes).toEqual([{ themeId: 'wonen', conversations: 12 }]);
  });

  it('counts and lists the circles the team recorded, oldest first; without any, one if the circle met', () => {
    const held = participationParagraph({
      areaName: 'Gaasperdam',
      report: report(),
      agenda: {
        ...agenda,
        heldCircles: [
          { id: '0190c2a4-0000-7000-8000-0000000000c2', date: '2026-10-08', place: '' },
          { id: '0190c2a4-0000-7000-8000-0000000000c1', date: '2026-03-12', place: 'De Kameleon' },
        ],
      },
    });
    expect(held.method.circles).toBe(2);
    expect(held.method.held).toEqual([
      { date: '2026-03-12', place: 'De Kameleon' },
      { date: '2026-10-08', place: '' },
    ]);
    // Older data: no list kept, so the outcome tells whether the circle met at all.
    const { outcome: _outcome, ...unmet } = agenda;
    expect(
      participationParagraph({ areaName: 'Gaasperdam', report: report(), agenda: unmet }).method,
    ).toMatchObject({
      circles: 0,
      held: [],
    });
    expect(
      participationParagraph({ areaName: 'Gaasperdam', report: report(), agenda: null }).method.circles,
    ).toBe(0);
  });

  it('names in its limits every group heard in fewer than k conversations or not at all', () => {
    // alleenstaande-ouder is absent from the report; "anders" is not a group to reach.
    expect(paragraph.limits.profiles).toEqual(['jongere', 'alleenstaande-ouder', 'oudere']);
    expect(paragraph.limits.guides).toEqual(['jongeren']);
  });

  it('quotes what the team picked, in its order, and leaves out a pick no longer listed', () => {
    expect(paragraph.said.quotes.map((q) => q.text)).toEqual(['citaat 4', 'citaat 2']);
    const { pickedQuotes, ...neverPicked } = agenda;
    expect(pickedQuotes).toHaveLength(3);
    const unpicked = participationParagraph({
      areaName: 'Gaasperdam',
      report: report(),
      agenda: neverPicked,
    });
    expect(unpicked.said.quotes.map((q) => q.text)).toEqual(['citaat 1', 'citaat 2', 'citaat 3']);
    const unreleased = participationParagraph({
      areaName: 'Gaasperdam',
      report: report({ quotes: { released: false, items: [], more: false } }),
      agenda,
    });
    expect(unreleased.said.quotes).toEqual([]);
  });

  it('tells what was done: each action with its status, reason and latest update', () => {
    expect(paragraph.done).toEqual([
      {
        what: 'Spreekuur in het buurthuis',
        owner: 'Wijkteam Zuidoost',
        due: '2026-11-01',
        status: 'not-done',
        reason: 'Geen ruimte gevonden',
        lastUpdate: { date: '2026-10-01', text: 'Gezocht' },
      },
    ]);
  });
});
