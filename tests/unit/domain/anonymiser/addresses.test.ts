import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('street addresses', () => {
  it.each([
    'Bijlmerdreef 1021-II',
    'Bijlmerdreef 12-II',
    'Kelbergen 3hs',
    'Hoogoord 22 hs',
    'Karspeldreef 14A',
    'Reigersbosdreef 3-1',
    'Hofgeest 8-A',
    'Egeldonk 7-III',
    'Bijlmerplein 888-B',
    'Dorpsstraat 15',
    'Echtensteinlaan 7',
    'Gaasperdammerweg 112',
    'Kikkenstein 2304',
    'Anton de Komplein 3',
    'Burgemeester Stramanweg 105',
    'Daalwijkdreef 45 hs',
    'bijlmerdreef 1044-II',
    'kelbergen 114-iii',
    'Florijn 67-III',
    'Hakfort 7 2-hoog',
    'Develstein 104A',
    'echtensteinlaan 12-hs',
    'Geinbeek 12',
    'Holterbergweg 3 3e verdieping',
    'Bijlmerdreef nr 12',
    'kikkenstein nr. 2304',
  ])('finds %s whole', (address) => {
    expect(found(`Ze woont op de ${address}, al jaren.`)).toEqual([`address:${address}`]);
  });

  it('keeps postcode and city apart', () => {
    expect(found('Adres: Bijlmerdreef 560, 1102 CT Amsterdam.')).toEqual([
      'address:Bijlmerdreef 560',
      'postcode:1102 CT',
    ]);
  });

  it('takes an unknown street after an address cue', () => {
    expect(found('Ze woont op Zonnewende 14.')).toEqual(['address:Zonnewende 14']);
    expect(found('She lives at Tafelberg 3-II.')).toEqual(['address:Tafelberg 3-II']);
    expect(found('huisnr Grunder 9.')).toEqual(['address:Grunder 9']);
  });

  it.each([
    ['a count after a place', 'In Gaasperdam 3 keer geweest, in de Bijlmer 12 jaar gewoond.'],
    ['a street without a number', 'Op de Bijlmerdreef is het druk.'],
    ['a bus line', 'Bus 45 rijdt niet meer.'],
    ['an amount after a street', 'Op het Bijlmerplein 20 euro uitgegeven.'],
    [
      'ordinary words that end like streets',
      'ze was onderweg 3 dagen, op het speelplein 2 jongens, de weg 2 keer',
    ],
    ['an unknown small word after a cue', 'ze woont op 3 hoog en woont al 12 jaar hier'],
  ])('leaves %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});
