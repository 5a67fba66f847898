import { describe, expect, it } from 'vitest';
import type { ValueId } from '../../../../src/domain/values';
import { mergeAgendasReporting } from '../../../../src/domain/values-circle/agenda';
import {
  filterQuotes,
  mergePicks,
  shownByValue,
  withPick,
} from '../../../../src/domain/values-circle/quote-picks';
import type { Agenda } from '../../../../src/domain/wire/agenda';
import type { ReportQuote } from '../../../../src/domain/wire/aggregates';

const quote = (n: number, valueIds: ValueId[], themeIds: string[] = []): ReportQuote => ({
  id: n.toString(16).padStart(16, '0'),
  text: `citaat ${n}`,
  valueIds,
  themeIds,
});
const items = [
  quote(1, ['autonomie'], ['wonen']),
  quote(2, ['autonomie', 'compassie'], ['zorg']),
  quote(3, ['autonomie']),
  quote(4, ['autonomie'], ['wonen']),
  quote(5, []),
];
const id = (n: number) => n.toString(16).padStart(16, '0');

describe('picking quotes', () => {
  it('filters the year’s quotes by value and by theme', () => {
    expect(filterQuotes(items, { valueId: 'compassie', themeId: null }).map((q) => q.text)).toEqual([
      'citaat 2',
    ]);
    expect(filterQuotes(items, { valueId: 'autonomie', themeId: 'wonen' }).map((q) => q.text)).toEqual([
      'citaat 1',
      'citaat 4',
    ]);
  });

  it('shows the first three per value until the team picks, then only the picks', () => {
    expect(shownByValue(items, undefined).byValue.autonomie.map((q) => q.text)).toEqual([
      'citaat 1',
      'citaat 2',
      'citaat 3',
    ]);
    const picks = withPick(items, undefined, id(4), true, 60);
    expect(picks).toEqual([id(1), id(2), id(3), id(4)]);
    const fewer = withPick(items, picks, id(1), false, 60);
    const shown = shownByValue(items, fewer);
    expect(shown.byValue.autonomie.map((q) => q.text)).toEqual(['citaat 2', 'citaat 3', 'citaat 4']);
    expect(shown.byValue.compassie.map((q) => q.text)).toEqual(['citaat 2']);
    expect(shownByValue(items, []).byValue.autonomie).toEqual([]);
  });

  it('merges two members’ picks: an unpick on either side holds, a pick on either side is kept', () => {
    const base = [id(1), id(2)];
    const mine = [id(2), id(3)]; // unpicked 1, picked 3
    const theirs = [id(1), id(2), id(4)]; // picked 4
    expect(mergePicks(base, mine, theirs, 60)).toEqual([id(2), id(3), id(4)]);
    expect(mergePicks(base, [id(1)], [id(2)], 60)).toEqual([]);
  });

  it('travels inside the agenda merge, and a device that never picked changes nothing', () => {
    const agenda = (pickedQuotes?: string[]): Agenda => ({
      questions: [],
      participation: '',
      ...(pickedQuotes ? { pickedQuotes } : {}),
    });
    const merged = mergeAgendasReporting(agenda([id(1)]), agenda([id(1), id(3)]), agenda([]));
    expect(merged.agenda.pickedQuotes).toEqual([id(3)]);
    expect(
      mergeAgendasReporting(agenda([id(1)]), agenda(), agenda([id(1), id(5)])).agenda.pickedQuotes,
    ).toEqual([id(1), id(5)]);
  });
});
