import { describe, expect, it } from 'vitest';
import {
  backupSecret,
  backupSlotId,
  newRecoveryCode,
  normaliseRecoveryCode,
} from '../../../../src/domain/packages/recovery-code';

describe('the recovery code of a server backup', () => {
  it('is 24 characters of base32 in six groups, and never the same twice', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('is read back as people type it: lower case, spaces, O for zero, I and L for one', () => {
    expect(normaliseRecoveryCode(' abcd efgh-jkmn pqrs tvwx yz01 ')).toBe('ABCDEFGHJKMNPQRSTVWXYZ01');
    expect(normaliseRecoveryCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZOI')).toBe('ABCDEFGHJKMNPQRSTVWXYZ01');
    expect(normaliseRecoveryCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZ0')).toBeNull();
    expect(normaliseRecoveryCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZ0U')).toBeNull();
  });

  it('gives a slot id that depends on the code alone, and a key secret that differs from it', async () => {
    const code = normaliseRecoveryCode(newRecoveryCode()) ?? '';
    const other = normaliseRecoveryCode(newRecoveryCode()) ?? '';
    expect(await backupSlotId(code)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await backupSlotId(code)).toBe(await backupSlotId(code));
    expect(await backupSlotId(code)).not.toBe(await backupSlotId(other));
    expect(backupSecret(code)).not.toContain(await backupSlotId(code));
  });
});
