import { describe, expect, it } from 'vitest';
import { formatGrant, parseGrant, scopeCoversArea } from '../../../src/domain/accounts/roles';

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
