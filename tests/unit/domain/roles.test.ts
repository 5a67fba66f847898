import { describe, expect, it } from 'vitest';
import {
  formatGrant,
  parseGrant,
  scopeCoversArea,
  scopeCoversScope,
} from '../../../src/domain/accounts/roles';

describe('role grants', () => {
  it('reads grants as a provider claim or the command line writes them, and writes them back alike', () => {
    for (const text of ['beheerder', 'gebiedsteam:area:gaasperdam', 'coach:group:zuidoost', 'gebiedsteam']) {
      const grant = parseGrant(text);
      expect(grant).toBeDefined();
      if (grant !== undefined) expect(formatGrant(grant)).toBe(text);
    }
    expect(parseGrant('gebiedsteam:organisation')).toEqual({
      role: 'gebiedsteam',
      scope: { kind: 'organisation' },
    });
  });

  it('refuses unknown roles and malformed scopes rather than guessing', () => {
    for (const text of [
      'admin',
      'beheerder:area:',
      'gebiedsteam:area:Gaasperdam',
      'coach:wijk:x',
      'gebiedsteam:area:a:b',
    ]) {
      expect(parseGrant(text)).toBeUndefined();
    }
  });

  it('lets the organisation reach every area, a group its own areas, an area itself', () => {
    expect(scopeCoversArea({ kind: 'organisation' }, 'driemond', null)).toBe(true);
    expect(scopeCoversArea({ kind: 'group', groupId: 'zuidoost' }, 'gaasperdam', 'zuidoost')).toBe(true);
    expect(scopeCoversArea({ kind: 'group', groupId: 'zuidoost' }, 'driemond', null)).toBe(false);
    expect(scopeCoversArea({ kind: 'group', groupId: 'zuidoost' }, 'osdorp', 'nieuw-west')).toBe(false);
    expect(scopeCoversArea({ kind: 'area', areaId: 'gaasperdam' }, 'gaasperdam', 'zuidoost')).toBe(true);
    expect(scopeCoversArea({ kind: 'area', areaId: 'gaasperdam' }, 'driemond', null)).toBe(false);
  });
});

describe('reaching a whole report scope', () => {
  const org = { kind: 'organisation' } as const;
  const zuidoost = { kind: 'group', groupId: 'zuidoost' } as const;
  const gaasperdam = { kind: 'area', areaId: 'gaasperdam' } as const;

  it('gives a group’s sums only to that group or the organisation, never to an area inside it', () => {
    expect(scopeCoversScope(org, zuidoost)).toBe(true);
    expect(scopeCoversScope(zuidoost, zuidoost)).toBe(true);
    expect(scopeCoversScope({ kind: 'group', groupId: 'noord' }, zuidoost)).toBe(false);
    expect(scopeCoversScope(gaasperdam, zuidoost)).toBe(false);
  });

  it('gives the organisation’s sums only to an organisation-wide grant', () => {
    expect(scopeCoversScope(org, org)).toBe(true);
    expect(scopeCoversScope(zuidoost, org)).toBe(false);
    expect(scopeCoversScope(gaasperdam, org)).toBe(false);
  });
});
