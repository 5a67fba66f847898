import { describe, expect, it } from 'vitest';
import { builtInOrganisationLayer } from '../../../../src/domain/configuration/built-in';
import { configurationDiff, isEmptyDiff } from '../../../../src/domain/configuration/diff';
import {
  addThemeTo,
  moveThemeIn,
  retireThemeIn,
  setSuppressionKIn,
} from '../../../../src/domain/configuration/edits';
import { emptyLayer } from '../../../../src/domain/configuration/layer';
import { mergeConfiguration } from '../../../../src/domain/configuration/merge';

describe('what a configuration change makes devices notice', () => {
  const organisation = builtInOrganisationLayer();
  const before = mergeConfiguration(organisation, emptyLayer());

  it('finds nothing when nothing changed', () => {
    expect(isEmptyDiff(configurationDiff(before, mergeConfiguration(organisation, emptyLayer())))).toBe(true);
  });

  it('names a new theme, a retired one and a new k, each once', () => {
    const added = addThemeTo(emptyLayer(), before, new Set(), { nl: 'Speelplekken', en: 'Play areas' });
    if (!added.ok) throw new Error(added.problem);
    const retired = retireThemeIn(added.layer, before, 'taal', { year: 2027, quarter: 1 });
    if (!retired.ok) throw new Error(retired.problem);
    const k = setSuppressionKIn(retired.layer, 7);
    if (!k.ok) throw new Error(k.problem);
    const diff = configurationDiff(before, mergeConfiguration(organisation, k.layer));
    expect(diff.themesAdded).toEqual(['speelplekken']);
    expect(diff.themesRetired).toEqual(['taal']);
    expect(diff.suppressionK).toEqual({ from: 5, to: 7 });
    expect(diff.themesRenamed).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('counts a move as the two themes that changed places, not the whole list', () => {
    const moved = moveThemeIn(emptyLayer(), before, 'geldzorgen-en-schulden', 'up');
    if (!moved.ok) throw new Error(moved.problem);
    const after = mergeConfiguration(organisation, moved.layer);
    expect(after.codebook.themes.slice(0, 2).map((t) => t.id)).toEqual(['geldzorgen-en-schulden', 'wonen']);
    expect(configurationDiff(before, after).themesReworded.sort()).toEqual([
      'geldzorgen-en-schulden',
      'wonen',
    ]);
    // The first theme cannot move further up.
    expect(moveThemeIn(emptyLayer(), before, 'wonen', 'up')).toEqual({ ok: false, problem: 'cannot-move' });
  });
});
