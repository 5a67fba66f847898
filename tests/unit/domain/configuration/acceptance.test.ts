import { describe, expect, it } from 'vitest';
import { unknownIdsIn } from '../../../../src/domain/configuration/acceptance';
import type { ConfigurationLayer } from '../../../../src/domain/configuration/layer';
import { mergeConfiguration } from '../../../../src/domain/configuration/merge';
import { VALUE_IDS } from '../../../../src/domain/values';
import type { Summary } from '../../../../src/domain/wire/summary';

const organisation: ConfigurationLayer = {
  themes: [
    { id: 'wonen', labels: { nl: 'Wonen', en: 'Housing' } },
    { id: 'taal', labels: { nl: 'Taal', en: 'Language' }, retiredFrom: { year: 2027, quarter: 2 } },
  ],
  guides: [{ id: 'algemeen', version: 1 }],
};
const configuration = mergeConfiguration(organisation);

function summary(overrides: Partial<Summary>): Summary {
  return {
    id: '0190a5d2-0000-7000-8000-000000000000',
    revision: 1,
    areaId: 'gaasperdam',
    period: { year: 2027, quarter: 1 },
    guide: { id: 'algemeen', version: 1 },
    residentProfile: 'oudere',
    values: Object.fromEntries(
      VALUE_IDS.map((id) => [id, { experienced: 0, missing: 0 }]),
    ) as Summary['values'],
    themeIds: ['wonen'],
    obstacleThemeIds: [],
    quotes: [],
    ...overrides,
  };
}

describe('unknownIdsIn: what a summary names that its area does not know', () => {
  it('accepts a summary naming only known ids', () => {
    expect(unknownIdsIn(summary({}), configuration)).toEqual([]);
  });

  it('names the field and the id of an unknown theme, in themes and in obstacles', () => {
    expect(
      unknownIdsIn(
        summary({ themeIds: ['wonen', 'schulden'], obstacleThemeIds: ['geldzorgen'] }),
        configuration,
      ),
    ).toEqual([
      { path: 'themeIds/1', message: 'names theme "schulden", which is not in this area\'s codebook' },
      {
        path: 'obstacleThemeIds/0',
        message: 'names theme "geldzorgen", which is not in this area\'s codebook',
      },
    ]);
  });

  it('names an unpublished guide, and an unpublished version of a published one', () => {
    expect(unknownIdsIn(summary({ guide: { id: 'eigen-leidraad', version: 1 } }), configuration)).toEqual([
      { path: 'guide/id', message: 'names guide "eigen-leidraad", which is not published for this area' },
    ]);
    expect(unknownIdsIn(summary({ guide: { id: 'algemeen', version: 2 } }), configuration)).toEqual([
      {
        path: 'guide/version',
        message: 'names version 2 of guide "algemeen", which is not published for this area',
      },
    ]);
  });

  it('accepts a retired theme for the periods before its retirement, and refuses it from then on', () => {
    const before = summary({ period: { year: 2027, quarter: 1 }, themeIds: ['taal'] });
    const from = summary({ period: { year: 2027, quarter: 2 }, themeIds: ['taal'] });
    const later = summary({ period: { year: 2028, quarter: 1 }, themeIds: ['taal'] });
    const earlierYear = summary({ period: { year: 2026, quarter: 4 }, themeIds: ['taal'] });
    expect(unknownIdsIn(before, configuration)).toEqual([]);
    expect(unknownIdsIn(earlierYear, configuration)).toEqual([]);
    for (const refused of [from, later]) {
      expect(unknownIdsIn(refused, configuration)).toEqual([
        {
          path: 'themeIds/0',
          message: 'names theme "taal", which was retired before this summary\'s period',
        },
      ]);
    }
  });
});
