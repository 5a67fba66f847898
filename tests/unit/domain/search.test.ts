import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../../src/domain/conversation-filter';
import { SearchIndex, searchTerms } from '../../../src/domain/search';

describe('search', () => {
  const index = new SearchIndex();
  index.set('a', 'Ze gaat elke week naar het Café aan de Gaasperplas');
  index.set('b', 'Geldzorgen: de huur is te hoog, schuldhulp helpt');
  index.set('c', 'De buurvrouw helpt met de boodschappen');

  it('finds every word in any order, ignoring case and accents', () => {
    expect(index.search('cafe gaasperplas')).toEqual(new Set(['a']));
    expect(index.search('HELPT')).toEqual(new Set(['b', 'c']));
    expect(index.search('helpt huur')).toEqual(new Set(['b']));
    expect(index.search('fiets')).toEqual(new Set());
  });

  it('treats an empty query as no search at all', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(index.search('').size).toBe(3);
  });

  it('forgets a conversation that is erased', () => {
    const local = new SearchIndex();
    local.set('x', 'iets');
    local.delete('x');
    expect(local.search('iets').size).toBe(0);
  });
});

describe('conversation filter', () => {
  const conversation = {
    areaId: 'driemond',
    status: 'completed' as const,
    guideId: 'algemeen',
    date: '2026-05-14',
    valueTags: [{ valueId: 'betrokkenheid' as const, polarity: 'missing' as const }],
    themeIds: ['wonen'],
  };

  it('matches on every given field and ignores the rest', () => {
    expect(matchesFilter(conversation, {})).toBe(true);
    expect(matchesFilter(conversation, { areaId: 'driemond', themeId: 'wonen' })).toBe(true);
    expect(matchesFilter(conversation, { areaId: 'gaasperdam' })).toBe(false);
    expect(matchesFilter(conversation, { value: { valueId: 'betrokkenheid', polarity: 'missing' } })).toBe(
      true,
    );
    expect(
      matchesFilter(conversation, { value: { valueId: 'betrokkenheid', polarity: 'experienced' } }),
    ).toBe(false);
    expect(matchesFilter(conversation, { status: 'draft' })).toBe(false);
  });

  it('includes both ends of a date range', () => {
    expect(matchesFilter(conversation, { from: '2026-05-14', until: '2026-05-14' })).toBe(true);
    expect(matchesFilter(conversation, { from: '2026-05-15' })).toBe(false);
    expect(matchesFilter(conversation, { until: '2026-05-13' })).toBe(false);
  });
});
