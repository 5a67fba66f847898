import { describe, expect, it } from 'vitest';
import { areaIdFor, areaNameProblem, defaultAreas } from '../../../src/domain/areas';

describe('areas', () => {
  const areas = defaultAreas();

  it('ships the five areas of Zuidoost with stable ids', () => {
    expect(areas.map((area) => area.id)).toEqual([
      'gaasperdam',
      'driemond',
      'bijlmer-centrum',
      'bijlmer-oost',
      'holendrecht-reigersbos',
    ]);
  });

  it('refuses empty, overlong and duplicate names, whatever their case or spacing', () => {
    expect(areaNameProblem('   ', areas)).toBe('empty');
    expect(areaNameProblem('x'.repeat(61), areas)).toBe('too-long');
    expect(areaNameProblem('  driemond ', areas)).toBe('duplicate');
    expect(areaNameProblem('Driemond', areas, 'driemond')).toBeNull();
    expect(areaNameProblem('Nellestein', areas)).toBeNull();
  });

  it('makes ids that are unique and free of accents', () => {
    expect(areaIdFor('Café Één', new Set())).toBe('cafe-een');
    expect(areaIdFor('Driemond', new Set(['driemond', 'driemond-2']))).toBe('driemond-3');
    expect(areaIdFor('///', new Set())).toBe('gebied');
  });
});
