import { describe, expect, it } from 'vitest';
import { found } from './found';

/**
 * The shapes structured details take in notes typed in a hurry (issue 11, section 1), written from
 * the description of them: one labelled example per shape, and look-alikes that must stay.
 */
const only = (type: string, text: string) => found(text).filter((item) => item.startsWith(`${type}:`));

describe('postcodes as notes write them', () => {
  it.each([
    ['Adres: Bijlmerdreef 101, 1103 TV Amsterdam.', '1103 TV'],
    ['woont kraaiennest 12 1104tv amsterdam', '1104tv'],
    ['kraaiennest 12, 1104 tv, amsterdam', '1104 tv'],
    ['postcode 1103-TV', '1103-TV'],
    ['postcode 1103 - tv', '1103 - tv'],
    ['de postcode is 1103 tv en ze woont er al lang', '1103 tv'],
    ['hoogoord 5 1102 be AMSTERDAM', '1102 be'],
    ['she lives near the metro, postcode 1102ab', '1102ab'],
    ['postcode: 1102 ab.', '1102 ab'],
    ['(1103 tv)', '1103 tv'],
    ['adres karspeldreef 8 (1101 ck)', '1101 ck'],
    ['gaasperdammerweg 3a,1104tv,amsterdam', '1104tv'],
    ['pc 1103 tv', '1103 tv'],
    ['woonplaats Amsterdam, 1103tv', '1103tv'],
    ['verhuisd naar 3531 ab utrecht', '3531 ab'],
    ['kikkenstein 2304\n1103 en\namsterdam', '1103 en'],
    ['postcode 1102 en', '1102 en'],
    ['bijlmerdreef 101 1103 de amsterdam', '1103 de'],
    ['1103TV.', '1103TV'],
    ['postcode:1103tv', '1103tv'],
    ['Postcode 1103TV; huisnr 12', '1103TV'],
    ['zip 1103 tv', '1103 tv'],
    ['pc1103tv', '1103tv'],
    ['1103 TV Amsterdam-Zuidoost', '1103 TV'],
    ['1103 tv zuidoost', '1103 tv'],
    ['Bijlmerdreef 101 1103 TV', '1103 TV'],
    ['Kikkenstein 2304 - 1102 be', '1102 be'],
    ['Kikkenstein 2304 / 1102 en', '1102 en'],
  ])('finds the postcode in "%s"', (text, postcode) => {
    expect(only('postcode', text)).toEqual([`postcode:${postcode}`]);
  });

  it.each([
    ['a time range', 'van 1030 tot 1200 open, om 1103 tot half twaalf'],
    ['a year and a word', 'in 2024 en 2025 gaat de huur omhoog, in 2019 op vakantie'],
    ['an amount', 'ze betaalt 1250 pm en kreeg 1500 ex btw, 2300 eu subsidie'],
    ['a year before small words', 'sinds 2018 is ze weduwe, in 1998 ga ik, 2020 te laat'],
    ['a house number before a word', 'op nummer 1020 is de bel stuk'],
    ['pairs never issued', 'code 1234 ss, 1234 sa, 1234 SD'],
    ['a leading zero', 'ref 0123 ab'],
    ['a service number', 'ze belde 0800 - 1234 en 0900 - 1234 op'],
    [
      'a house number with a floor after a street',
      'Bijlmerdreef 1021 II, Kikkenstein 2304 hs, hoogoord 1102 bv',
    ],
    ['a year, a word and a place', 'woont sinds 2019 in Amsterdam, in 2024 de Bijlmer uit'],
    ['a time and a place', 'van 1030 tot 1130 in Amsterdam, om 1400 op Zuidoost'],
    ['a year after a street word', 'op de Bijlmerdreef 2019 en 2020 gewerkt'],
  ])('leaves %s', (_what, text) => {
    expect(only('postcode', text)).toEqual([]);
  });
});

describe('BSN as notes write it', () => {
  it.each([
    ['BSN: 123456782', '123456782'],
    ['bsn 123 456 782', '123 456 782'],
    ['bsn-nummer 1234.56.782', '1234.56.782'],
    ['sofinummer 12-34-56-782', '12-34-56-782'],
    ['Burgerservicenummer: 123-456-782', '123-456-782'],
    ['haar bsn is 123456782.', '123456782'],
    ['BSN 12345678', '12345678'],
    ['bsn 012345672', '012345672'],
    ['bsn: 123456789 (klopt niet?)', '123456789'],
    ['BSN-nr: 987654321', '987654321'],
    ['sofi-nummer 111 222 333', '111 222 333'],
    ['bsn nummer 12.34.56.782', '12.34.56.782'],
    ['bsn van zoon: 111222333', '111222333'],
    ['his bsn 111-222-333', '111-222-333'],
    ['citizen service number 123456782', '123456782'],
    ['B.S.N. 12345678', '12345678'],
    ['bsn van de moeder is 12345678', '12345678'],
    ['123456789 (bsn moeder)', '123456789'],
    ['bsn nr.: 1234 567 89', '1234 567 89'],
  ])('finds the BSN in "%s"', (text, bsn) => {
    expect(only('bsn', text)).toEqual([`bsn:${bsn}`]);
  });

  it.each([
    ['a grouped number that passes the 11-proef', 'nummer 123 456 782 belde niet terug'],
    ['a case number without label', 'dossier 12-34-56-789'],
    ['an amount after the label word', 'bsn-aanvraag kostte 123456789 euro?'],
    ['a number in the next sentence', 'bsn onbekend. dossier 123456789'],
    ["another number's label in between", 'bsn ontbreekt, klantnr 87654321'],
  ])('finds it without a label only when it passes: %s', (_what, text) => {
    const expected = text.includes('782') ? ['bsn:123 456 782'] : [];
    expect(only('bsn', text)).toEqual(expected);
  });
});

describe('IBAN as notes write it', () => {
  it.each([
    ['iban NL91 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 00'],
    ['IBAN: nl91abna0417164300', 'nl91abna0417164300'],
    ['rekeningnummer NL91.ABNA.0417.1643.00', 'NL91.ABNA.0417.1643.00'],
    ['rek.nr nl91-abna-0417-1643-00', 'nl91-abna-0417-1643-00'],
    ['reknr NL91 ABN A04 171 643 00', 'NL91 ABN A04 171 643 00'],
    ['bankrekening nl91 abna0 41716 4300', 'nl91 abna0 41716 4300'],
    ['account BE68 5390 0754 7034', 'BE68 5390 0754 7034'],
    ['account be68539007547034', 'be68539007547034'],
    ['iban DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['iban de89-3704-0044-0532-0130-00.', 'de89-3704-0044-0532-0130-00'],
    ['rekening: GB29 NWBK 6016 1331 9268 19', 'GB29 NWBK 6016 1331 9268 19'],
    ['iban FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['iban: NL91ABNA 0417164300', 'NL91ABNA 0417164300'],
    ['IBAN NL 91 ABNA 0417 1643 00', 'NL 91 ABNA 0417 1643 00'],
    ['iban (NL91ABNA0417164300)', 'NL91ABNA0417164300'],
    ['iban:NL91ABNA0417164300,', 'NL91ABNA0417164300'],
  ])('finds the IBAN in "%s"', (text, iban) => {
    expect(only('iban', text)).toEqual([`iban:${iban}`]);
  });

  it('takes a Dutch IBAN that fails mod-97 only right after its label', () => {
    expect(only('iban', 'iban NL12 ABNA 0123 4567 89')).toEqual(['iban:NL12 ABNA 0123 4567 89']);
    expect(only('iban', 'rek.nr: nl12abna0123456789, klopt niet')).toEqual(['iban:nl12abna0123456789']);
    expect(only('iban', 'code NL12 ABNA 0123 4567 89 op de brief')).toEqual([]);
    expect(only('iban', 'iban NL12 ABNA 0123 4567 8')).toEqual([]);
  });
});

describe('ages as notes write them', () => {
  it.each([
    ['Henk (79) woont alleen', '79'],
    ['mw. de vries (66 jaar) woont alleen', '66 jaar'],
    ['dhr. (70), weduwnaar', '70'],
    ['dhr 71 jr', '71 jr'],
    ['meneer 71jr, weduwnaar', '71jr'],
    ['hij is 71 jaar oud', '71 jaar oud'],
    ['is 62, arbeidsongeschikt', '62'],
    ['de oudste is 16', '16'],
    ['kleinzoon net 3 geworden', '3'],
    ['oma wordt 80 in mei', '80'],
    ['Meneer is 95!', '95'],
    ['leeftijd: 45', '45'],
    ['leeftijd: 45 jaar', '45 jaar'],
    ['mevrouw (45 jr) had haast', '45 jr'],
    ['m/45, alleenstaand', '45'],
    ['vrouw, 45, twee kinderen', '45'],
    ['a 15-year-old son', '15-year-old'],
    ['her son, 15yo, plays football', '15yo'],
    ['Fatima (34) en haar man', '34'],
    ['buurman kees (81)', '81'],
    ['man, 52, werkloos', '52'],
    ['v/38 alleenstaande moeder', '38'],
    ['client (m, 45) kwam niet', '45'],
    ['dhr 45-jr, alleen', '45-jr'],
    ['she is 44, unemployed', '44'],
    ['zijn moeder (88 jr.) woont in', '88 jr.'],
    ['mvr. (72 jaar)', '72 jaar'],
    ['Henk (79 jaar oud) woont alleen', '79 jaar oud'],
    ['oma van 84 woont alleen', '84'],
    ['mevrouw 70 woont alleen', '70'],
    ['- 79 jaar, weduwe', '79 jaar'],
    ['notitie\n66 jaar oud.', '66 jaar oud'],
    ['leeftijd ca. 45', '45'],
    ['zoon (ongeveer 12) zit thuis', '12'],
    ['ze is ongeveer 40', '40'],
    ['age 34', '34'],
    ['lftd 60', '60'],
    ['ze is pas 19.', '19'],
    ['hij is 80 en 3 keer gevallen', '80'],
    ['he is 70 years old', '70 years old'],
    ["he's almost 70", '70'],
    ['son of 12, quiet boy', '12'],
    ['een jongen van 14', '14'],
    ['dochter van 9 zit op school', '9'],
    ['opa is 90, slechtziend', '90'],
    ['de jongste is 4', '4'],
    ['haar man is 67.', '67'],
    ['in 1975 uit Suriname gekomen, nu 72', '72'],
    ['Fatima, 42, moeder van 3', '42'],
  ])('finds the age in "%s"', (text, age) => {
    expect(only('age', text)).toEqual([`age:${age}`]);
  });

  it.each([
    ['kinderen van 3, 7 en 12', ['3', '7', '12']],
    ['two kids aged 4 and 9', ['4', '9']],
    ['zoons van 8 en 11 jaar', ['8', '11 jaar']],
    ['kids (5, 8)', ['5', '8']],
    ['man en vrouw, 70 en 68', ['70', '68']],
    ['echtpaar (81 en 79)', ['81', '79']],
    ['kinderen: 3 (4, 9 en 12 jr)', ['4', '9', '12 jr']],
    ['zoons 8 en 11 jaar oud', ['8', '11 jaar oud']],
    ['kinderen 4 en 6 jaar', ['4', '6 jaar']],
  ])('finds every age of the list in "%s"', (text, ages) => {
    expect(only('age', text)).toEqual(ages.map((age) => `age:${age}`));
  });

  it.each([
    'is 3 keer gebeld',
    'om 14 uur langs, 12 euro gekregen',
    'woont op nummer 12, drie hoog',
    'ze heeft 3 kinderen en is 2 keer verhuisd',
    'kikkenstein 12, al 20 jaar',
    'de bus komt om 10 over, lijn 47',
    'hij werkt 32 uur per week',
    'gesprek duurde 45 min',
    'de flat is 50 jaar oud',
    'het was 25 graden',
    'schuld van 800, 3 maanden achter',
    'afspraak 12 mei om 10',
    'ze is 2 weken ziek geweest',
    'the building is 40, needs repair',
    'bus 40, lijn 66',
    'score 7, cijfer 8',
    'moeder van 3, vader van 2.',
    'familie van 5 in een flat',
    'huur 3 en 4 jaar achterstand? nee, 2 en 3 maanden',
    'eerst kwamen er 5, nu 12.',
    'een familie van 25 mensen, oma van 12 kleinkinderen',
    'ongeveer 40 jaar geleden, ca. 12 keer',
    '- 12 jaar gewoond in de Bijlmer\n- 3 jaar wachtlijst',
    'buurman 2 huizen verder woont ook alleen',
    'familie (5) in een flat, buren (3) klaagden',
    "a mother of 3, a family of 5, it's 12 o'clock",
    "it's 20 minutes by bus, that's 15 euro",
  ])('leaves the numbers in "%s"', (text) => {
    expect(only('age', text)).toEqual([]);
  });
});

describe('addresses as notes write them', () => {
  it.each([
    ['Kraaiennest 12', 'Kraaiennest 12'],
    ['kraaiennest 12-2', 'kraaiennest 12-2'],
    ['Bijlmerdreef 101 hs', 'Bijlmerdreef 101 hs'],
    ['Gaasperdammerweg 3a', 'Gaasperdammerweg 3a'],
    ['Karspeldreef 1224 III', 'Karspeldreef 1224 III'],
    ['Hoogoord 5 bv', 'Hoogoord 5 bv'],
    ['Hoogoord 5-bv', 'Hoogoord 5-bv'],
    ['Kraaiennest 12 boven', 'Kraaiennest 12 boven'],
    ['Develstein 100 2hg', 'Develstein 100 2hg'],
    ['Flierbosdreef nr 12', 'Flierbosdreef nr 12'],
    ['flierbosdreef 12', 'flierbosdreef 12'],
    ['Anton de Komplein 3', 'Anton de Komplein 3'],
    ['Van Heenvlietlaan 22', 'Van Heenvlietlaan 22'],
    ['van heenvlietlaan 22', 'van heenvlietlaan 22'],
    ['molenpad 4', 'molenpad 4'],
    ['Prinsengracht 263', 'Prinsengracht 263'],
    ['Zuiderhof 2', 'Zuiderhof 2'],
    ['Sportpark 1', 'Sportpark 1'],
    ['Noordersingel 44', 'Noordersingel 44'],
    ['Zeedijk 3', 'Zeedijk 3'],
    ['Rembrandtplantsoen 9', 'Rembrandtplantsoen 9'],
    ['Bloemerf 7', 'Bloemerf 7'],
    ['Kolksteeg 2', 'Kolksteeg 2'],
    ['Gliphoeve 140', 'Gliphoeve 140'],
    ['Gouden Leeuwstein 30', 'Gouden Leeuwstein 30'],
    ['Huntumoord 11', 'Huntumoord 11'],
    ['Bijlmerdreef 1021-II', 'Bijlmerdreef 1021-II'],
    ['Karspeldreef 14 a', 'Karspeldreef 14 a'],
    ['Hoogoord 22-hs', 'Hoogoord 22-hs'],
    ['Kraaiennest 45-III', 'Kraaiennest 45-III'],
    ['Eerste Van Swindenstraat 5', 'Eerste Van Swindenstraat 5'],
    ['Burg. Stramanweg 105', 'Burg. Stramanweg 105'],
    ['Zadelstede 14', 'Zadelstede 14'],
  ])('finds "%s" as an address', (text, address) => {
    expect(only('address', `Ze woont op ${text}, al jaren.`)).toEqual([`address:${address}`]);
  });

  it.each([
    ['woont op Zonnewende 14', 'Zonnewende 14'],
    ['adres: kraaiennest 12', 'kraaiennest 12'],
    ['adres: zonnewende 14', 'zonnewende 14'],
    ['lives at kraaiennest 12', 'kraaiennest 12'],
    ['lives at tafelberg 3', 'tafelberg 3'],
    ['woont aan de Zonnewende 14.', 'Zonnewende 14'],
    ['woont op de Hooiberg 3 sinds 2010', 'Hooiberg 3'],
    ['address: 12 Kraaiennest', '12 Kraaiennest'],
    ['she lives at 4 Baker Street, London', '4 Baker Street'],
    ['adres Bijlmerdreef 101, 1103 TV', 'Bijlmerdreef 101'],
    ['bijlmerdreef 101,1103tv amsterdam', 'bijlmerdreef 101'],
    ['woont Karspeldreef 1224 III.', 'Karspeldreef 1224 III'],
    ['Kraaiennest 12\nnog een regel', 'Kraaiennest 12'],
    ['(Kraaiennest 12)', 'Kraaiennest 12'],
    ['bezoek Zonnewende 14-III', 'Zonnewende 14-III'],
    ['bezoek zonnewende 14 hs', 'zonnewende 14 hs'],
    ['wonend Kraaiennest 12', 'Kraaiennest 12'],
    ['Op de Bijlmerdreef 12 woont ze al lang', 'Bijlmerdreef 12'],
    ['In de Kraaiennest 8 is de bel kapot', 'Kraaiennest 8'],
    ['verhuisd van Kikkenstein 2304 naar elders', 'Kikkenstein 2304'],
    ['komt van Karspeldreef 12, nu elders', 'Karspeldreef 12'],
  ])('finds the address in "%s"', (text, address) => {
    expect(only('address', text)).toEqual([`address:${address}`]);
  });

  it('finds a house number that refers to a street named earlier in the sentence', () => {
    expect(only('address', 'Ze woont in de Kraaiennest, op nummer 12.')).toEqual(['address:nummer 12']);
    expect(only('address', 'woont in de bijlmerdreef op nr 104, drie hoog')).toEqual([
      'address:bijlmerdreef op nr 104',
    ]);
  });

  it.each([
    ['ze woont in de Bullewijkstraat, huisnummer weet ik niet', ['address:Bullewijkstraat']],
    ['she lives on the Karspeldreef, number unknown', ['address:Karspeldreef']],
    ['woont in de gerrit rietveldlaan, het laatste huis', ['address:gerrit rietveldlaan']],
    ['woont op de daalwijkdreef. 88-1 is het nr', ['address:daalwijkdreef', 'address:88-1']],
    ['woont in Gravestein. nummer 72, achterste deur', ['address:Gravestein', 'address:72']],
  ])('finds the street where someone lives without a house number: "%s"', (text, expected) => {
    expect(only('address', text)).toEqual(expected);
  });

  it.each([
    'ze woont in de Bijlmer, vlak bij het station',
    'woont in de buurt van de Bijlmerdreef',
    'hij woont in Amsterdam en werkt op de Zuidas',
    'woont nu op zichzelf',
  ])('leaves a place, a neighbourhood or a route: "%s"', (text) => {
    expect(only('address', text)).toEqual([]);
  });

  it.each([
    ['mw woont in de hoogoord op nr 12 samen met haar zus', 'address:hoogoord op nr 12'],
    ['dhr woont op nr 12 van de Hofgeest, begane grond', 'address:nr 12 van de Hofgeest'],
    ['postcode 1104 bx huisnr 17, straatnaam niet genoteerd', 'address:17'],
    ['woont op dr. martin luther kingpad 31', 'address:dr. martin luther kingpad 31'],
  ])('finds a house number however it stands to its street: "%s"', (text, expected) => {
    expect(only('address', text)).toEqual([expected]);
  });

  it('takes the street with its house number when only a comma stands between', () => {
    expect(only('address', 'woont aan de Karspeldreef, nummer 8a')).toEqual([
      'address:Karspeldreef, nummer 8a',
    ]);
    expect(only('address', 'she lives in a flat in Kleiburg, number 45')).toEqual([
      'address:Kleiburg, number 45',
    ]);
  });

  it.each([
    'op het speelplein 2 jongens gezien',
    'de snelweg 2 keer overgestoken',
    'onderweg 3 dagen',
    'in het park 4 kinderen',
    'op het plein 12 mensen',
    'kikkenstein heeft 12 verdiepingen',
    'bij de kerkhof 2 uur',
    'ze woont al 12 jaar in de Bijlmer',
    'op nummer 12 van de lijst stond ze',
    'bij de Bijlmerdreef stond bus nummer 3 stil',
    'in de Karspeldreef is kamer nr 12 vrij',
    'de weg 2 keer gevraagd',
    'het oord 3 keer bezocht',
    'Ze gaat naar het Beatrixpark 2 keer per week.',
    'ze woont op 3 hoog',
    'woont al 30 jaar hier',
    'woont met 2 kinderen',
    'lives with 3 kids',
    'woont op zolder 2 nachten, daarna op kamer 12',
    'woont in blok 4 op etage 3, lives in block 7',
    'hoofdstuk 4-II, deel 3-iii, groep 7-h',
    "Op de Bijlmerdreef 2 auto's gezien.",
    'langs de Gaasperdammerweg 100 meter lopen',
    'op het Anton de Komplein 12 kraampjes',
  ])('leaves "%s"', (text) => {
    expect(only('address', text)).toEqual([]);
  });
});
