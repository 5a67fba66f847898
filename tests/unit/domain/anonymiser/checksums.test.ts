import { describe, expect, it } from 'vitest';
import { passesElevenProof, passesIbanCheck } from '../../../../src/domain/anonymiser';

describe('the BSN 11-proef', () => {
  it.each(['111222333', '123456782', '926851974', '271267628'])('accepts %s', (bsn) => {
    expect(passesElevenProof(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'a checksum off by 4'],
    ['111222334', 'one digit changed'],
    ['000000000', 'all zeros, which satisfy the sum but are no number'],
    ['12345678', 'eight digits'],
    ['1234567890', 'ten digits'],
    ['12345678a', 'a letter'],
  ])('rejects %s (%s)', (bsn) => {
    expect(passesElevenProof(bsn)).toBe(false);
  });
});

describe('the IBAN mod-97 check', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'BE68539007547034',
    'DE89370400440532013000',
    'GB82 WEST 1234 5698 7654 32',
  ])('accepts %s', (iban) => {
    expect(passesIbanCheck(iban)).toBe(true);
  });

  it.each([
    ['NL92ABNA0417164300', 'wrong check digits'],
    ['NL91ABNA0417164301', 'one digit changed'],
    ['NL91ABNA04171643', 'too short'],
    ['1234ABNA0417164300', 'no country code'],
  ])('rejects %s (%s)', (iban) => {
    expect(passesIbanCheck(iban)).toBe(false);
  });
});
