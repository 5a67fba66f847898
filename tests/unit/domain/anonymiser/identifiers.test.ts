import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('postcodes', () => {
  it.each(['1104 AB', '1104AB', '1104ab', '1103 TV', '9999 ZZ', '1103 tv', '1103TV', '1102 Ka'])(
    'finds %s',
    (postcode) => {
      expect(found(`Postcode ${postcode} Amsterdam.`)).toEqual([`postcode:${postcode}`]);
    },
  );

  it('finds a postcode typed small after a street', () => {
    expect(found('woont op bijlmerdreef, 1103 tv amsterdam')).toContain('postcode:1103 tv');
  });

  it.each([
    ['years and words', 'In 2019 en 2020 zijn ze verhuisd; sinds 2021 op de wachtlijst.'],
    ['letter pairs never issued', 'Code 1234 SS en 1234 SA.'],
    ['a distance', 'Het is 1500km rijden naar Nador.'],
    ['a leading zero', 'Kenmerk 0123 AB.'],
    ['amounts', 'Ze kreeg 1250 euro, € 1.250,00 en 2500 EUR.'],
    ['years before small words', 'sinds 2019 op de lijst, in 2021 is ze verhuisd, 2022 ok, 1500 km, 2018 zo'],
  ])('leaves %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('BSN', () => {
  it.each(['111222333', '1112.22.333', '111 222 333', '111.222.333', '11 122 23 33', '926851974'])(
    'finds %s, which passes the 11-proef',
    (bsn) => {
      expect(found(`Haar BSN is ${bsn}.`)).toEqual([`bsn:${bsn}`]);
    },
  );

  it('leaves nine digits that fail the 11-proef, such as a client number', () => {
    expect(found('Klantnummer 123456789 en dossier 507902138.')).toEqual([]);
  });

  it('leaves an amount that happens to pass', () => {
    expect(found('Een schuld van € 111.222.333 is niet realistisch, 111.222.333 euro ook niet.')).toEqual([]);
  });

  it('leaves a longer number that contains a valid BSN', () => {
    expect(found('Referentie 11122233345 en 9111222333.')).toEqual([]);
  });
});

describe('IBAN', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'NL56 ABNA 8440 3787 95',
    'BE68 5390 0754 7034',
    'DE89370400440532013000',
    'nl91abna0417164300',
    'nl91 abna 0417 1643 00',
    'NL91 ABN A04 171 643 00',
    'NL91 ABNA0 41716 4300',
    'nl91-abna-0417-1643-00',
  ])('finds %s', (iban) => {
    expect(found(`Rekening ${iban} staat op de brief.`)).toEqual([`iban:${iban}`]);
  });

  it('stops at the end of the IBAN when capitals follow', () => {
    expect(found('IBAN NL91 ABNA 0417 1643 00 OK?')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
  });

  it('finds an IBAN typed small right after the word iban, and stops before the next word', () => {
    expect(found('iban nl91 abna 0417 1643 00 voor de huur')).toEqual(['iban:nl91 abna 0417 1643 00']);
  });

  it('leaves an IBAN-like code that fails mod-97, and its digits are no phone number', () => {
    expect(found('Code NL12ABNA0123456789 is fout.')).toEqual([]);
  });

  it('takes the IBAN whole where its digits also look like a phone number', () => {
    expect(found('NL91 ABNA 0417 1643 00')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
  });
});
