import { describe, expect, it } from 'vitest';
import {
  enrolmentCodeFromScan,
  enrolmentLink,
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

describe('the QR code of an enrolment code', () => {
  it('holds a link to the sync screen that a scan reads back as the code typing would give', () => {
    const link = enrolmentLink('https://buurtgesprek.example.nl', 'ABCDEFGH1JK0');
    expect(link).toBe('https://buurtgesprek.example.nl/synchronisatie?code=ABCD-EFGH-1JK0');
    expect(enrolmentCodeFromScan(link)).toBe('ABCD-EFGH-1JK0');
    expect(enrolmentCodeFromScan(' abcd efgh 1jk0 ')).toBe('ABCD-EFGH-1JK0');
    // The query string alone, as the app finds it after a phone's camera app opened the link.
    expect(enrolmentCodeFromScan('?code=ABCD-EFGH-1JK0')).toBe('ABCD-EFGH-1JK0');
  });

  it('reads nothing from a QR code that holds no enrolment code', () => {
    for (const text of [
      'https://example.org/',
      'https://x.nl/synchronisatie?code=ABCD',
      'Hallo',
      '',
      '?code=IIII-UUUU-0000',
    ]) {
      expect(enrolmentCodeFromScan(text)).toBeNull();
    }
  });
});
