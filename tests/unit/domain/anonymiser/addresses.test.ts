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
    'Meidoornsingel 12/3',
    'Kempenaarsbaan 12A-3',
    'Oranje-Nassaulaan huisnummer 61',
    'Martin Luther Kingpad 8',
    '2e Oosterparkstraat 120-3',
    'Blauwe Zandweg 12',
    'Nieuw Amsterdamstraat 3-1',
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
    [
      'a street ending with a letter doubled once too often',
      'bezoek bijlmerdreeef 1288, alles goed',
      'bijlmerdreeef 1288',
    ],
    [
      'a street ending with a letter left out',
      'langs geweest bij Karspeldref 12 vanochtend',
      'Karspeldref 12',
    ],
    ["a street whose ending is also a surname's", 'gesprek Wamelkamp 4 met de buren', 'Wamelkamp 4'],
    ['an unknown street before a postcode', 'Bijlmerweide 12, 1103 AB', 'Bijlmerweide 12'],
    ["the English order with the street's own word", 'he lives at 14 Church Road now', '14 Church Road'],
    ['a street, a comma and a house number', 'de straat heet Hondsrugpark, nr 14', 'Hondsrugpark, nr 14'],
  ])('finds %s', (_what, text, address) => {
    expect(found(text)).toContain(`address:${address}`);
  });

  it.each([
    ['huisbezoek Zonnewende 14', 'Zonnewende 14'],
    ['bij haar thuis, Zonnewende 14', 'Zonnewende 14'],
    ['woont al jaren samen met haar zoon op zonnewende 14', 'zonnewende 14'],
    ['her address is 12 Hoogoord', '12 Hoogoord'],
    ['we zaten bij haar op de Zonnewende 14.', 'Zonnewende 14'],
    ['gesprek aan het Zonnepad 3, 2 hoog', 'Zonnepad 3'],
  ])('takes an unknown street after a visit or a living cue further back: %s', (text, address) => {
    expect(found(text)).toEqual([`address:${address}`]);
  });

  it('leaves a first name and an age after a cue to the person', () => {
    expect(found('thuis met zoon Kofi 8 en dochter Ama 5')).toEqual([
      'person:Kofi',
      'age:8',
      'person:Ama',
      'age:5',
    ]);
  });

  it('leaves a name after a title to the person, not to the street after it', () => {
    expect(found('dhr asare florijnpad 44-i')).toEqual(['person:asare', 'address:florijnpad 44-i']);
  });

  it('reads a surname that ends like a street before an age as a name', () => {
    expect(found('dhr Hazenkamp 80 woont alleen')).toEqual(['person:Hazenkamp', 'age:80']);
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
    ['a garden and a count', 'in de achtertuin 3 kippen'],
    ['a place and what was counted there', 'op de Gaasperplas 2 eenden gezien, aan de Amstel 2 zwanen'],
  ])('leaves %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});
