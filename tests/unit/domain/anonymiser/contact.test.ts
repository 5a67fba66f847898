import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('phone numbers', () => {
  it.each([
    '06-12345678',
    '06 12345678',
    '0612345678',
    '06 1234 5678',
    '06-1234 5678',
    '06 12 34 56 78',
    '06 - 1122 3344',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12345678',
    '+31 6 28 44 19 07',
    '0031 6 12 34 56 78',
    '0031201234567',
    '020-1234567',
    '020 123 4567',
    '020 - 697 45 12',
    '(020) 123 45 67',
    '(020) 6971234',
    '0294-123456',
    '020.123.45.67',
    '+31 20 123 4567',
    '+31 (0)20 1234567',
    '+233 24 123 4567',
    '00212 6 12 34 56 78',
  ])('finds %s whole', (phone) => {
    expect(found(`Bel haar op ${phone}, liefst 's avonds.`)).toEqual([`phone:${phone}`]);
  });

  it('finds a number right after an abbreviation, and two numbers joined by a slash', () => {
    expect(found('tel.06-12345678, mob.0612345678')).toEqual(['phone:06-12345678', 'phone:0612345678']);
    expect(found('bel 0612345678/0201234567')).toEqual(['phone:0612345678', 'phone:0201234567']);
  });

  it('finds a number after a date written with slashes', () => {
    expect(found('op 12/06/2020 0612345678 gebeld')).toEqual(['phone:0612345678']);
  });

  it('stops at the number and leaves a count that follows it', () => {
    expect(found('Ze belde 06 12345678 2 keer.')).toEqual(['phone:06 12345678']);
  });

  it.each([
    ['a date', 'Op 06-03-2024 belde ze.'],
    ['an amount', 'Ze betaalt 0,50 per sms en € 1.250,00 huur.'],
    ['a service number without a person', 'Ze belde 0800-1234 en 0900-1234567.'],
    ['a time', 'Om 09:30 begint het spreekuur.'],
    ['a decimal amount', 'Dat kost 1.0612345678 per stuk.'],
    ['too few digits', 'Kamer 020-123 is dicht.'],
    ['too many digits', 'Dossier 0612345678901 is dicht.'],
  ])('leaves %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    'fatima.el-amrani@gmail.com',
    'k.boateng@kerkzuidoost.nl',
    'rayan2006@live.nl',
    'ayşe.demir+buurt@hotmail.com',
    'info@buurtteam-zuidoost.amsterdam',
  ])('finds %s without the full stop after it', (email) => {
    expect(found(`Mail: ${email}.`)).toEqual([`email:${email}`]);
  });

  it('leaves an @ that is no address', () => {
    expect(found('We zien elkaar @ het buurthuis, om 10 uur @home.')).toEqual([]);
  });
});

describe('URLs', () => {
  it.each([
    'https://www.eigenhaard.nl/huurachterstand',
    'http://example.org/kofi?x=1&y=2',
    'www.kaya-bakkerij.nl',
    'www.facebook.com/marieke.dewit.driemond',
    'hassan-fixt-het.nl/contact',
    'amsterdam.nl',
  ])('finds %s without trailing punctuation', (url) => {
    expect(found(`Zie ${url}.`)).toEqual([`url:${url}`]);
    expect(found(`(zie ${url})`)).toEqual([`url:${url}`]);
  });

  it('does not take the domain of an e-mail address for a URL', () => {
    expect(found('Mail hassan@fixt.nl of kijk op fixt.nl.')).toEqual(['email:hassan@fixt.nl', 'url:fixt.nl']);
  });

  it('leaves abbreviations with full stops', () => {
    expect(found('O.a. de gemeente, bijv. het UWV, e.g. the council, enz.')).toEqual([]);
  });
});
