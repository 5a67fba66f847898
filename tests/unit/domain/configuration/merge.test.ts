import { describe, expect, it } from 'vitest';
import { builtInOrganisationLayer } from '../../../../src/domain/configuration/built-in';
import { type ConfigurationLayer, emptyLayer } from '../../../../src/domain/configuration/layer';
import { mergeConfiguration } from '../../../../src/domain/configuration/merge';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import { defaultCodebook } from '../../../../src/domain/themes';

const organisation: ConfigurationLayer = {
  themes: [
    { id: 'wonen', labels: { nl: 'Wonen', en: 'Housing' }, order: 10 },
    { id: 'taal', labels: { nl: 'Taal', en: 'Language' }, order: 20 },
  ],
  guides: [{ id: 'algemeen', version: 1 }],
  residentProfiles: ['oudere', 'jongere'],
  suppressionK: 5,
  retention: { shareDays: 14, backupDays: 365 },
};

describe('mergeConfiguration (organisation → group → area)', () => {
  it('gives an area without layers of its own exactly the organisation’s configuration', () => {
    const merged = mergeConfiguration(organisation, emptyLayer(), emptyLayer());
    expect(merged.codebook.themes.map((t) => t.id)).toEqual(['wonen', 'taal']);
    expect(merged.guides).toEqual([{ id: 'algemeen', version: 1 }]);
    expect(merged.residentProfiles).toEqual(['oudere', 'jongere']);
    expect(merged.suppressionK).toBe(5);
    expect(merged.retention).toEqual({ shareDays: 14, backupDays: 365 });
  });

  it('lets the group and then the area override, the lowest layer winning', () => {
    const group: ConfigurationLayer = {
      themes: [{ id: 'wonen', labels: { nl: 'Huisvesting', en: 'Housing' } }],
      guides: [{ id: 'mantelzorger', version: 1 }],
      suppressionK: 7,
      retention: { shareDays: 30 },
    };
    const area: ConfigurationLayer = {
      themes: [
        { id: 'driemond-veer', labels: { nl: 'Het veer', en: 'The ferry' }, order: 15 },
        { id: 'wonen', description: { nl: 'Over het huis', en: 'About the home' } },
      ],
      guides: [{ id: 'algemeen', version: 2 }],
      residentProfiles: ['mantelzorger'],
      suppressionK: 6,
    };
    const merged = mergeConfiguration(organisation, group, area);
    expect(merged.codebook.themes.map((t) => t.id)).toEqual(['wonen', 'driemond-veer', 'taal']);
    expect(merged.codebook.themes[0]).toEqual({
      id: 'wonen',
      labels: { nl: 'Huisvesting', en: 'Housing' },
      description: { nl: 'Over het huis', en: 'About the home' },
      retired: false,
    });
    expect(merged.guides).toEqual([
      { id: 'algemeen', version: 1 },
      { id: 'algemeen', version: 2 },
      { id: 'mantelzorger', version: 1 },
    ]);
    expect(merged.residentProfiles).toEqual(['mantelzorger']);
    expect(merged.suppressionK).toBe(6);
    expect(merged.retention).toEqual({ shareDays: 30, backupDays: 365 });
  });

  it('never lets a stored k below 3 weaken suppression', () => {
    expect(mergeConfiguration({ ...organisation, suppressionK: 1 }).suppressionK).toBe(3);
  });

  it('retires a theme from a period in a lower layer, and a lower layer still can restore it', () => {
    const retired: ConfigurationLayer = {
      themes: [{ id: 'taal', retiredFrom: { year: 2027, quarter: 1 } }],
      guides: [],
    };
    const taal = mergeConfiguration(organisation, retired).codebook.themes.find((t) => t.id === 'taal');
    expect(taal).toMatchObject({
      retired: true,
      retiredFrom: { year: 2027, quarter: 1 },
      labels: { nl: 'Taal' },
    });
    const restored: ConfigurationLayer = { themes: [{ id: 'taal', retiredFrom: null }], guides: [] };
    const again = mergeConfiguration(organisation, retired, restored).codebook.themes.find(
      (t) => t.id === 'taal',
    );
    expect(again).toEqual({ id: 'taal', labels: { nl: 'Taal', en: 'Language' }, retired: false });
  });

  it('ignores a change to a theme no layer above introduced and that brings no labels', () => {
    const stray: ConfigurationLayer = { themes: [{ id: 'onbekend', order: 1 }], guides: [] };
    expect(mergeConfiguration(organisation, stray).codebook.themes.map((t) => t.id)).toEqual([
      'wonen',
      'taal',
    ]);
  });

  it('is the same whatever the order of guides within a layer', () => {
    const a = mergeConfiguration({
      ...organisation,
      guides: [
        { id: 'b', version: 1 },
        { id: 'a', version: 2 },
        { id: 'a', version: 1 },
      ],
    });
    const b = mergeConfiguration({
      ...organisation,
      guides: [
        { id: 'a', version: 1 },
        { id: 'b', version: 1 },
        { id: 'a', version: 2 },
      ],
    });
    expect(a).toEqual(b);
  });
});

describe('the built-in organisation layer', () => {
  it('offers the shipped codebook in its order and every built-in guide version', () => {
    const merged = mergeConfiguration(builtInOrganisationLayer());
    expect(merged.codebook.themes.map((t) => t.id)).toEqual(defaultCodebook().themes.map((t) => t.id));
    for (const guide of BUILT_IN_GUIDES) {
      expect(merged.guides).toContainEqual({ id: guide.id, version: guide.version });
    }
    expect(merged.suppressionK).toBe(5);
  });
});
