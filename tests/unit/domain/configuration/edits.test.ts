import { describe, expect, it } from 'vitest';
import {
  addThemeTo,
  publishGuideIn,
  renameThemeIn,
  restoreThemeIn,
  retireThemeIn,
  setResidentProfilesIn,
  setSuppressionKIn,
} from '../../../../src/domain/configuration/edits';
import { type ConfigurationLayer, emptyLayer } from '../../../../src/domain/configuration/layer';
import { mergeConfiguration } from '../../../../src/domain/configuration/merge';
import { parseConfigurationLayer } from '../../../../src/domain/wire/configuration';

const organisation: ConfigurationLayer = {
  themes: [{ id: 'geldzorgen', labels: { nl: 'Geldzorgen', en: 'Money worries' }, order: 10 }],
  guides: [{ id: 'algemeen', version: 1 }],
};

function layerOf(
  result: { ok: true; layer: ConfigurationLayer } | { ok: false; problem: string },
): ConfigurationLayer {
  if (!result.ok) throw new Error(`edit refused: ${result.problem}`);
  return result.layer;
}

describe('administrators’ edits to a layer', () => {
  it('adds a theme with a stable id that no other area uses', () => {
    const area = emptyLayer();
    const result = addThemeTo(area, mergeConfiguration(organisation, area), new Set(['schulden']), {
      nl: 'Schulden',
      en: 'Debt',
    });
    if (!result.ok) throw new Error(result.problem);
    expect(result.theme.id).toBe('schulden-2');
    expect(mergeConfiguration(organisation, result.layer).codebook.themes.map((t) => t.id)).toEqual([
      'geldzorgen',
      'schulden-2',
    ]);
  });

  it('adds a theme with an optional description, held to the same rule as changing one', () => {
    const area = emptyLayer();
    const visible = mergeConfiguration(organisation, area);
    const labels = { nl: 'Speelplekken', en: 'Play areas' };
    const described = addThemeTo(area, visible, new Set(), labels, { nl: ' Pleintjes ', en: '' });
    if (!described.ok) throw new Error(described.problem);
    expect(mergeConfiguration(organisation, described.layer).codebook.themes[1]?.description).toEqual({
      nl: 'Pleintjes',
      en: 'Pleintjes',
    });
    const blank = addThemeTo(area, visible, new Set(), labels, { nl: ' ', en: '' });
    if (!blank.ok) throw new Error(blank.problem);
    expect(mergeConfiguration(organisation, blank.layer).codebook.themes[1]).not.toHaveProperty(
      'description',
    );
    expect(addThemeTo(area, visible, new Set(), labels, { nl: '', en: 'Squares' })).toEqual({
      ok: false,
      problem: 'empty',
    });
    expect(addThemeTo(area, visible, new Set(), labels, { nl: 'x'.repeat(301), en: '' })).toMatchObject({
      ok: false,
      problem: 'too-long',
    });
  });

  it('refuses a second theme with a label the area already has, naming the theme it clashes with', () => {
    const area = emptyLayer();
    expect(
      addThemeTo(area, mergeConfiguration(organisation, area), new Set(), { nl: 'geldzorgen', en: 'Debt' }),
    ).toEqual({
      ok: false,
      problem: 'duplicate',
      clashId: 'geldzorgen',
    });
  });

  it('renames under the same id, and retires and restores without losing the theme', () => {
    let area = layerOf(
      renameThemeIn(emptyLayer(), mergeConfiguration(organisation), 'geldzorgen', { nl: 'Geld en schulden' }),
    );
    area = layerOf(
      retireThemeIn(area, mergeConfiguration(organisation, area), 'geldzorgen', { year: 2027, quarter: 3 }),
    );
    const retired = mergeConfiguration(organisation, area).codebook.themes[0];
    expect(retired).toMatchObject({ id: 'geldzorgen', labels: { nl: 'Geld en schulden' }, retired: true });
    expect(
      retireThemeIn(area, mergeConfiguration(organisation, area), 'geldzorgen', { year: 2028, quarter: 1 }),
    ).toEqual({
      ok: false,
      problem: 'already-retired',
    });
    area = layerOf(restoreThemeIn(area, mergeConfiguration(organisation, area), 'geldzorgen'));
    expect(mergeConfiguration(organisation, area).codebook.themes[0]?.retired).toBe(false);
    expect(area.themes).toHaveLength(1);
  });

  it('refuses to change a theme the area does not have', () => {
    expect(renameThemeIn(emptyLayer(), mergeConfiguration(organisation), 'nergens', { nl: 'X' })).toEqual({
      ok: false,
      problem: 'unknown-theme',
    });
  });

  it('publishes a guide version once; the version stays', () => {
    const area = layerOf(
      publishGuideIn(emptyLayer(), mergeConfiguration(organisation), { id: 'algemeen', version: 2 }),
    );
    expect(mergeConfiguration(organisation, area).guides).toEqual([
      { id: 'algemeen', version: 1 },
      { id: 'algemeen', version: 2 },
    ]);
    expect(
      publishGuideIn(area, mergeConfiguration(organisation, area), { id: 'algemeen', version: 1 }),
    ).toEqual({
      ok: false,
      problem: 'guide-published',
    });
  });

  it('never sets k below 3, and never offers no profile at all', () => {
    expect(setSuppressionKIn(emptyLayer(), 2)).toEqual({ ok: false, problem: 'k-too-low' });
    expect(layerOf(setSuppressionKIn(emptyLayer(), 3)).suppressionK).toBe(3);
    expect(setResidentProfilesIn(emptyLayer(), [])).toEqual({ ok: false, problem: 'no-profiles' });
  });
});

describe('the stored layer’s schema', () => {
  it('accepts what the edits make', () => {
    const layer = layerOf(setSuppressionKIn(emptyLayer(), 4));
    expect(parseConfigurationLayer(layer)).toEqual(layer);
  });

  it('refuses k below 3, unknown fields, malformed ids and unknown profiles', () => {
    expect(parseConfigurationLayer({ themes: [], guides: [], suppressionK: 2 })).toBeUndefined();
    expect(parseConfigurationLayer({ themes: [], guides: [], extra: true })).toBeUndefined();
    expect(parseConfigurationLayer({ themes: [{ id: 'Geld Zorgen' }], guides: [] })).toBeUndefined();
    expect(
      parseConfigurationLayer({ themes: [], guides: [], residentProfiles: ['student'] }),
    ).toBeUndefined();
  });
});
