import { describe, expect, it } from 'vitest';
import { choiceKey, chosenScope, type ScopeChoice } from '../../../../src/domain/wire/area-team';

const CHOICES: ScopeChoice[] = [
  { kind: 'group', id: 'zuidoost', name: 'Zuidoost' },
  { kind: 'area', id: 'bijlmer', name: 'Bijlmer', groupId: 'zuidoost' },
  { kind: 'area', id: 'gaasperdam', name: 'Gaasperdam', groupId: 'zuidoost' },
];

describe('the scope an area-team reader sees', () => {
  it('keys each scope as its report names it', () => {
    expect(CHOICES.map(choiceKey)).toEqual(['group:zuidoost', 'bijlmer', 'gaasperdam']);
    expect(choiceKey({ kind: 'organisation', name: '' })).toBe('organisation');
  });

  it('keeps the last choice while the reader still holds it, else its one area, else the widest', () => {
    expect(chosenScope(CHOICES, 'gaasperdam', undefined)).toEqual(CHOICES[2]);
    expect(chosenScope(CHOICES, 'centrum', 'bijlmer')).toEqual(CHOICES[1]);
    expect(chosenScope(CHOICES, 'organisation', undefined)).toEqual(CHOICES[0]);
    expect(chosenScope([], null, undefined)).toBeUndefined();
  });
});
