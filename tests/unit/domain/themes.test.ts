import { describe, expect, it } from 'vitest';
import {
  activeThemes,
  addTheme,
  type Codebook,
  defaultCodebook,
  findTheme,
  renameTheme,
  restoreTheme,
  retireTheme,
  themeIdFor,
  themeLabel,
  themeLabelProblem,
} from '../../../src/domain/themes';

function added(codebook: Codebook, labels: { nl?: string; en?: string }): Codebook {
  const result = addTheme(codebook, labels);
  if (!result.ok) throw new Error(`Could not add ${JSON.stringify(labels)}: ${result.problem}`);
  return result.codebook;
}

describe('default codebook', () => {
  const codebook = defaultCodebook();

  it('ships the documented themes with stable ids', () => {
    expect(codebook.themes.map((theme) => theme.id)).toEqual([
      'wonen',
      'geldzorgen-en-schulden',
      'werk-en-inkomen',
      'zorg-en-gezondheid',
      'mantelzorg',
      'eenzaamheid',
      'opvoeding',
      'onderwijs',
      'veiligheid',
      'taal',
      'toegang-tot-hulp',
      'regels-en-bureaucratie',
      'digitaal-meedoen',
      'vervoer-en-bereikbaarheid',
      'buurt-en-ontmoeting',
    ]);
  });

  it('labels every theme in both languages, none retired', () => {
    for (const theme of codebook.themes) {
      expect(themeLabel(theme, 'nl').length).toBeGreaterThan(0);
      expect(themeLabel(theme, 'en').length).toBeGreaterThan(0);
      expect(themeLabelProblem(theme.labels.en, codebook, theme.id)).toBeNull();
    }
    expect(activeThemes(codebook)).toEqual(codebook.themes);
  });

  it('is a fresh value each time, so one device’s edits never leak into another codebook', () => {
    expect(defaultCodebook()).not.toBe(codebook);
    expect(defaultCodebook().themes[0]?.labels).not.toBe(codebook.themes[0]?.labels);
  });
});

describe('addTheme', () => {
  it('makes a stable id from the Dutch label and borrows it for a missing English one', () => {
    const result = addTheme(defaultCodebook(), { nl: '  Vrije   tijd ' });
    expect(result).toMatchObject({
      ok: true,
      theme: { id: 'vrije-tijd', labels: { nl: 'Vrije tijd', en: 'Vrije tijd' } },
    });
    expect(result.ok && result.codebook.themes.at(-1)?.id).toBe('vrije-tijd');
  });

  it('takes an English-only label', () => {
    expect(addTheme(defaultCodebook(), { en: 'Pets' })).toMatchObject({
      ok: true,
      theme: { id: 'pets', labels: { nl: 'Pets', en: 'Pets' }, retired: false },
    });
  });

  it('refuses empty, overlong and duplicate labels, naming the clashing theme', () => {
    const codebook = defaultCodebook();
    expect(addTheme(codebook, { nl: '  ' })).toEqual({ ok: false, problem: 'empty' });
    expect(addTheme(codebook, {})).toEqual({ ok: false, problem: 'empty' });
    expect(addTheme(codebook, { nl: 'x'.repeat(61) })).toEqual({ ok: false, problem: 'too-long' });
    expect(addTheme(codebook, { nl: ' WONEN ' })).toEqual({
      ok: false,
      problem: 'duplicate',
      clashId: 'wonen',
    });
    expect(addTheme(codebook, { nl: 'Huisvesting', en: 'housing' })).toEqual({
      ok: false,
      problem: 'duplicate',
      clashId: 'wonen',
    });
  });

  it('never hands out an id twice, even after a rename or retirement', () => {
    let codebook = added(defaultCodebook(), { nl: 'Huisdieren' });
    codebook = retireTheme(codebook, 'huisdieren');
    expect(addTheme(codebook, { nl: 'huisdieren' })).toEqual({
      ok: false,
      problem: 'duplicate',
      clashId: 'huisdieren',
    });
    const renamed = renameTheme(codebook, 'huisdieren', { nl: 'Dieren', en: 'Animals' });
    if (!renamed.ok) throw new Error('rename failed');
    expect(addTheme(renamed.codebook, { nl: 'Huisdieren' })).toMatchObject({
      ok: true,
      theme: { id: 'huisdieren-2' },
    });
  });

  it('leaves the codebook it was given untouched', () => {
    const codebook = defaultCodebook();
    const before = structuredClone(codebook);
    added(codebook, { nl: 'Sport' });
    expect(codebook).toEqual(before);
  });
});

describe('renameTheme', () => {
  it('changes the labels and keeps the id', () => {
    const result = renameTheme(defaultCodebook(), 'taal', { nl: 'Taal en lezen' });
    expect(result).toMatchObject({
      ok: true,
      theme: { id: 'taal', labels: { nl: 'Taal en lezen', en: 'Language' } },
    });
    expect(result.ok && findTheme(result.codebook, 'taal')?.labels.nl).toBe('Taal en lezen');
    expect(result.ok && result.codebook.themes.map((t) => t.id)).toEqual(
      defaultCodebook().themes.map((t) => t.id),
    );
  });

  it('allows a theme to keep or recase its own label, but not to take another’s', () => {
    expect(renameTheme(defaultCodebook(), 'taal', { nl: 'TAAL' }).ok).toBe(true);
    expect(renameTheme(defaultCodebook(), 'taal', { en: 'Safety' })).toEqual({
      ok: false,
      problem: 'duplicate',
      clashId: 'veiligheid',
    });
    expect(renameTheme(defaultCodebook(), 'taal', { en: ' ' })).toEqual({ ok: false, problem: 'empty' });
  });

  it('reports an unknown theme', () => {
    expect(renameTheme(defaultCodebook(), 'bestaat-niet', { nl: 'Iets' })).toEqual({
      ok: false,
      problem: 'unknown-theme',
    });
  });
});

describe('retireTheme and restoreTheme', () => {
  it('hide a theme from new tagging while old tags can still find it, and bring it back', () => {
    const retired = retireTheme(defaultCodebook(), 'taal');
    expect(activeThemes(retired).map((theme) => theme.id)).not.toContain('taal');
    expect(findTheme(retired, 'taal')).toMatchObject({ retired: true, labels: { nl: 'Taal' } });
    expect(retired.themes).toHaveLength(defaultCodebook().themes.length);
    expect(restoreTheme(retired, 'taal')).toEqual(defaultCodebook());
  });

  it('change nothing for an unknown id', () => {
    expect(retireTheme(defaultCodebook(), 'bestaat-niet')).toEqual(defaultCodebook());
  });
});

describe('themeIdFor', () => {
  it('strips accents and punctuation and falls back to "thema"', () => {
    expect(themeIdFor('Café-bezoek & ontmoeting', new Set())).toBe('cafe-bezoek-ontmoeting');
    expect(themeIdFor('!!!', new Set())).toBe('thema');
    expect(themeIdFor('Wonen', new Set(['wonen']))).toBe('wonen-2');
  });
});
