import { describe, expect, it } from 'vitest';
import {
  formatEnrolmentCode,
  normaliseEnrolmentCode,
  parseEnrolRequest,
} from '../../../../src/domain/wire/enrolment';

describe('enrolment codes', () => {
  it('reads a code however it is typed: case, spaces, hyphens, look-alike letters', () => {
    for (const typed of ['ABCD-EFGH-1JK0', 'abcd efgh 1jk0', ' abcdefghljko ', 'ABCD-EFGH-IJKO']) {
      expect(normaliseEnrolmentCode(typed)).toBe('ABCDEFGH1JK0');
    }
  });

  it.each(['', 'ABCD-EFGH', 'ABCD-EFGH-1JK0-2', 'ABCD-EFGH-1JKU', 'ABCD_EFGH_1JK0', 'x'.repeat(100)])(
    'refuses %j',
    (typed) => {
      expect(normaliseEnrolmentCode(typed)).toBeNull();
    },
  );

  it('prints a code in groups of four', () => {
    expect(formatEnrolmentCode('ABCDEFGH1JK0')).toBe('ABCD-EFGH-1JK0');
  });

  it('accepts exactly {"code": text} as the request body', () => {
    expect(parseEnrolRequest({ code: 'x' })).toEqual({ code: 'x' });
    for (const body of [null, [], 'x', {}, { code: 1 }, { code: 'x', device: 'y' }]) {
      expect(parseEnrolRequest(body)).toBeNull();
    }
  });
});
