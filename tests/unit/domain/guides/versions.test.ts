import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import { guideIdFor, isGuideId } from '../../../../src/domain/guides/guide';
import { validateGuide } from '../../../../src/domain/guides/schema';
import {
  duplicateGuide,
  type GuideChanges,
  guideImportProblem,
  guideKey,
  guideRef,
  latestGuides,
  reviseGuide,
} from '../../../../src/domain/guides/versions';
import { at, minimalGuide } from './fixtures';

const builtIn = at(BUILT_IN_GUIDES, 0);

describe('duplicateGuide', () => {
  it('starts a new lineage of the interviewer’s own at version 1', () => {
    const copy = duplicateGuide(builtIn, 'mijn-gesprek', 'Mijn gesprek');
    expect(copy).toEqual({
      ...builtIn,
      id: 'mijn-gesprek',
      title: 'Mijn gesprek',
      version: 1,
      builtIn: false,
    });
    expect(validateGuide(copy).ok).toBe(true);
    expect(builtIn.builtIn).toBe(true);
  });

  it('refuses an id that is not a guide id', () => {
    expect(() => duplicateGuide(builtIn, 'Mijn gesprek', 'Mijn gesprek')).toThrow(RangeError);
  });
});

describe('reviseGuide', () => {
  it('makes the next version under the same id and leaves the used version as it was', () => {
    const guide = minimalGuide();
    const before = structuredClone(guide);
    const next = reviseGuide(guide, { title: 'Beter', residentProfile: 'mantelzorger' });
    expect(next).toEqual({ ...guide, title: 'Beter', residentProfile: 'mantelzorger', version: 4 });
    expect(guide).toEqual(before);
    expect(validateGuide(next).ok).toBe(true);
  });

  it('changes only content: identity, language and origin stay', () => {
    const sneaky = { id: 'ander', language: 'en', builtIn: true, version: 99 } as unknown as GuideChanges;
    const next = reviseGuide(minimalGuide(), sneaky);
    expect(guideRef(next)).toEqual({ id: 'mijn-leidraad', language: 'nl', version: 4 });
    expect(next.builtIn).toBe(false);
  });

  it('can drop a description', () => {
    const next = reviseGuide({ ...minimalGuide(), description: 'Oud' }, { description: undefined });
    expect(next.description).toBeUndefined();
  });

  it('refuses to revise a built-in guide: that is what duplicating is for', () => {
    expect(() => reviseGuide(builtIn, { title: 'Anders' })).toThrow(/duplicate/);
  });
});

describe('latestGuides', () => {
  it('keeps the newest version per id and language, in first-seen order', () => {
    const v3 = minimalGuide();
    const v5 = { ...v3, version: 5 };
    const v4 = { ...v3, version: 4 };
    const english = { ...v3, language: 'en' as const, version: 1 };
    const other = { ...v3, id: 'ander' };
    expect(latestGuides([v3, english, v5, other, v4]).map(guideRef)).toEqual([
      { id: 'mijn-leidraad', language: 'nl', version: 5 },
      { id: 'mijn-leidraad', language: 'en', version: 1 },
      { id: 'ander', language: 'nl', version: 3 },
    ]);
    expect(latestGuides([])).toEqual([]);
  });
});

describe('guideKey and guideImportProblem', () => {
  it('names one version of one language', () => {
    expect(guideKey(guideRef(minimalGuide()))).toBe('mijn-leidraad/nl/3');
  });

  it('keeps built-in ids reserved and stored versions untouched', () => {
    const stored = [...BUILT_IN_GUIDES, minimalGuide()];
    expect(guideImportProblem({ ...minimalGuide(), id: builtIn.id, builtIn: false }, stored)).toBe(
      'built-in-id',
    );
    expect(guideImportProblem(minimalGuide(), stored)).toBe('version-exists');
    expect(guideImportProblem({ ...minimalGuide(), version: 4 }, stored)).toBeNull();
    expect(guideImportProblem({ ...minimalGuide(), language: 'en' }, stored)).toBeNull();
  });
});

describe('guide ids', () => {
  it('makes readable, unique ids from titles', () => {
    expect(guideIdFor('Gesprek met Één ouder', new Set())).toBe('gesprek-met-een-ouder');
    expect(guideIdFor('Algemeen', new Set(['algemeen', 'algemeen-2']))).toBe('algemeen-3');
    expect(guideIdFor('???', new Set())).toBe('leidraad');
    const long = guideIdFor('woord '.repeat(40), new Set());
    expect(isGuideId(long)).toBe(true);
    expect(isGuideId(`${long}-999`)).toBe(true);
  });

  it('accepts lowercase words joined by single hyphens, up to 64 characters', () => {
    expect(isGuideId('jongere-schulden')).toBe(true);
    expect(isGuideId('a'.repeat(64))).toBe(true);
    for (const bad of [
      '',
      'a'.repeat(65),
      'Hoofdletter',
      'dubbel--streep',
      '-begin',
      'eind-',
      'met spatie',
      'één',
    ]) {
      expect(isGuideId(bad), bad).toBe(false);
    }
  });
});
