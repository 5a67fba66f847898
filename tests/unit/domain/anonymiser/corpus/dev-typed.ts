import type { CorpusEntry } from './labelled';

/**
 * Postcodes, IBANs and street addresses as they are typed in a hurry, in the shapes issue 11 names:
 * postcodes in any case and spacing ("1103 tv", "1103TV", "1103-TV") after a street or a city typed
 * small; IBANs in small letters, grouped in threes, fours or fives, with dots or odd spaces, right
 * after "iban", "rek" or "rekeningnummer"; streets with common endings typed small or abbreviated
 * ("str.", "ln"), house numbers with additions ("67-III", "12-hs", "3 2-hoog", "104A", "12 bis",
 * "3 hg"), after "wonend aan", "woont op", "op nr". Written from the description before the
 * rules for them, not from any held-out note; people, streets and numbers are invented (the IBANs
 * pass mod-97). Many notes hold look-alikes that must stay: street-like words in ordinary
 * sentences, ages of buildings, amounts, times, years and house numbers without a street.
 */
export const DEV_TYPED: readonly CorpusEntry[] = [
  {
    id: 'ty01',
    language: 'nl',
    marked:
      'huisbezoek {address:meeuwenpad 67-III}, {postcode:1103 tv} amsterdam. mevrouw woont er sinds 2009, de flat is 50 jaar oud.',
  },
  {
    id: 'ty02',
    language: 'nl',
    marked:
      'adres {address:raaksbroekdreef 12-hs} {postcode:1104TV}. iban {iban:nl96 ingb 0006 7453 21}. huur 725 euro per maand.',
  },
  {
    id: 'ty03',
    language: 'nl',
    marked:
      'woont op {address:lindenhof 3 2-hoog}, {postcode:1102-AB}. ze betaalt 12,50 per week aan de club en 40 euro voor de sport.',
  },
  {
    id: 'ty04',
    language: 'nl',
    marked:
      'wonend aan de {address:sterrebeek 104A}, amsterdam {postcode:1106 de}. rek {iban:NL63RABO0315289467}. gesprek van 1400 tot 1530.',
  },
  {
    id: 'ty05',
    language: 'nl',
    marked:
      'mw is verhuisd naar {address:wagenoord 12 bis} ({postcode:1103 en}). de oude flat aan de dreef wordt gesloopt in 2027.',
  },
  {
    id: 'ty06',
    language: 'nl',
    marked:
      'contact via dochter. {address:ankerkade 3 hg}, {postcode:1011 ab}. rekeningnummer {iban:nl61 abn a05 817 362 04} (tnv dochter).',
  },
  {
    id: 'ty07',
    language: 'nl',
    marked:
      'dhr woont in de {address:poolsingel 88}. pc {postcode:1108 ha}. bus 47 en 66 stoppen om de hoek, om 0830 vertrekt de eerste.',
  },
  {
    id: 'ty08',
    language: 'nl',
    marked:
      "bezoek {address:vlasgracht 17-2}, a'dam. {postcode:1017 xs} amsterdam. ze heeft 3 kinderen van {age:4}, {age:8} en {age:11} en werkt 24 uur.",
  },
  {
    id: 'ty09',
    language: 'nl',
    marked:
      'gesprek bij mevrouw thuis, {address:bijlmerstr. 12}, {postcode:1103 TV}. iban: {iban:NL39 SNSB 0927 3618 45}. het gebouw is uit 1972.',
  },
  {
    id: 'ty10',
    language: 'nl',
    marked:
      'adres {address:heenvlietln 22} {postcode:1083cl}. rek.nr {iban:nl88.asnb.0708.2154.93}. buurtcentrum open van 9 tot 17.',
  },
  {
    id: 'ty11',
    language: 'nl',
    marked:
      'adres volgens de brief: {address:kromhoutplein 14}, {postcode:1094 GP}. 2 kamers, 1e verdieping, lift sinds 2015 kapot.',
  },
  {
    id: 'ty12',
    language: 'nl',
    marked:
      'iban {iban:nl37trio0391847265} staat op de brief. bedrag 1.245,00 over 3 maanden. postcode ({postcode:1102 de}) klopte niet.',
  },
  {
    id: 'ty13',
    language: 'nl',
    marked:
      'rekeningnummer {iban:NL20 BUNQ 20419 37781} voor de teruggave. ze wacht al 14 weken. woont {address:kastanjedijk 5-I}.',
  },
  {
    id: 'ty14',
    language: 'nl',
    marked:
      'rek {iban:nl73  knab 0255 6710 94}. de school is 80 jaar oud, op het plein 12 bankjes. om 1030 begint de les.',
  },
  {
    id: 'ty15',
    language: 'nl',
    marked:
      'mijnheer woont {address:hoogeveenbaan 210 3 hg} {postcode:1105 hb}. twee kinderen. krijgt 1500 per maand, 1100 gaat op aan huur.',
  },
  {
    id: 'ty16',
    language: 'nl',
    marked:
      'op nr 45 woont de oude buurvrouw, verder niets over adres gezegd. in 2019 en 2020 zat ze in de schuldhulp, in 2024 ga ik terug.',
  },
  {
    id: 'ty17',
    language: 'nl',
    marked:
      'ze loopt elke dag door het park en over de dijk naar de markt. de weg is 3 km, de straat heeft 40 lantaarnpalen. 1500 km gereden in 2023.',
  },
  {
    id: 'ty18',
    language: 'nl',
    marked:
      'flat {address:grubbehoeve 44-III}, {postcode:1103 gk}. haar iban is {iban:NL83.INGB.0004.9128.37}. woont er 12 jaar.',
  },
  {
    id: 'ty19',
    language: 'nl',
    marked:
      'woont sinds kort op de {address:zeilmakersoord 9-hs}. postcode {postcode:1102 - ab}. de woning is 60 m2, 2 slaapkamers.',
  },
  {
    id: 'ty20',
    language: 'nl',
    marked:
      "bellen na 1600. {address:ijsvogelstraat 8a} {postcode:1106 cb} a'dam. rekeningnummer: {iban:nl87 rabo 016 729 458 3}.",
  },
  {
    id: 'ty21',
    language: 'en',
    marked:
      'she lives at {address:molenbeek 22-II}, {postcode:1104 ab}. her iban {iban:NL61 ABNA 0581 7362 04}. the building is 45 years old and the rent is 950 a month.',
  },
  {
    id: 'ty22',
    language: 'en',
    marked:
      'visited him at {address:spoorlaan 3 hg} ({postcode:1106-CB}). bank account {iban:be64 0631 2784 5230}. he came to amsterdam in 1998 and worked 30 years.',
  },
  {
    id: 'ty23',
    language: 'en',
    marked:
      'we walked along the singel and the gracht, past the plein. the meeting was at 1400, 25 people came, 2 bus lines were late.',
  },
  {
    id: 'ty24',
    language: 'nl',
    marked:
      'vroeger woonde ze op de {address:elandsdreef 120-2}, nu op {address:vossenpad 6 bis}, {postcode:1108 ep}. beide flats zijn uit de jaren 70.',
  },
  {
    id: 'ty25',
    language: 'nl',
    marked:
      'mevr. vertelt over de buurt: de kade is 100 jaar geleden aangelegd, het pad langs het water is sinds 2012 verlicht. 3 van de 12 lampen kapot.',
  },
  {
    id: 'ty26',
    language: 'nl',
    marked:
      'adres klopt niet in het systeem: {address:wolkenoord 15-I} moet zijn {address:wolkenoord 15-II}. {postcode:1102 ck}. rek. {iban:NL96INGB 0006745321}.',
  },
  {
    id: 'ty27',
    language: 'nl',
    marked:
      'gebeld met de woningbouw over {address:sparrenhof 33 hs}, {postcode:1107 aa} amsterdam-zuidoost. reparatie kost 250 euro, 3 weken wachten.',
  },
  {
    id: 'ty28',
    language: 'nl',
    marked:
      'postcode {postcode:1103tv}, huisnummer 12. iban {iban:DE44 5001 0517 5407 3249 31} (duitse rekening van zijn broer). om 1130 weg.',
  },
  {
    id: 'ty29',
    language: 'nl',
    marked:
      'in amsterdam {postcode:1103 TV} woont ze, op {address:bijlmerplein 7}. het plein is 30 jaar oud en heeft 4 ingangen.',
  },
  {
    id: 'ty30',
    language: 'nl',
    marked:
      'zuidoost, {postcode:1104 en}, {address:reigerstraat 4}. ze betaalt 2 keer per jaar 120 euro. groep 7 en 8 op school nr 3.',
  },
  {
    id: 'ty31',
    language: 'nl',
    marked:
      'woont op {address:Dotterbloemweg 18 2-hoog}, {postcode:1107XC}. rekening: {iban:NL20BUNQ2041937781}. verder 2 katten en een hond van 9.',
  },
  {
    id: 'ty32',
    language: 'nl',
    marked:
      'de woning op de {address:Hertenkamp 12 hs} ({postcode:1108 AB}) is 85 m2. huur 1.100 euro, ze krijgt 300 toeslag.',
  },
  {
    id: 'ty33',
    language: 'nl',
    marked:
      'straat is rustig, de laan erachter druk. de weg naar de markt duurt 10 min, tram 9 gaat om 0715. het hof is 1 jaar geleden opgeknapt.',
  },
  {
    id: 'ty34',
    language: 'nl',
    marked:
      'iban nr {iban:NL 73 KNAB 0255 6710 94}, tnv meneer. wonend aan {address:ganzenoord 201}. leeftijd flat: 52 jaar.',
  },
  {
    id: 'ty35',
    language: 'nl',
    marked:
      'rek {iban:nl63 rabo 03152 89467}. en ze wil 3 dagen per week werken, 9 tot 1 uur, in 2025 of 2026.',
  },
  {
    id: 'ty36',
    language: 'nl',
    marked:
      'nieuw adres: {address:tulpstr 9}, {postcode:1101 bc}. oude adres {address:Meidoornweg 3 bis}. verhuizing kostte 600 euro.',
  },
  {
    id: 'ty37',
    language: 'nl',
    marked:
      'nummer 12 heeft last van nummer 14, zegt ze. de flat telt 11 verdiepingen en 220 woningen, bouwjaar 1971.',
  },
  {
    id: 'ty38',
    language: 'nl',
    marked:
      'woont op {address:kikkenstein 1245-II}\n{postcode:1104 ed} amsterdam\nrek {iban:nl39snsb0927361845}\n3 kinderen, de oudste is {age:17}',
  },
  {
    id: 'ty39',
    language: 'en',
    marked:
      'address {address:poolsingel 88} {postcode:1108  HA}. iban {iban:nl 88 asnb 0708 2154 93}. in 2021 she paid 1200 for the course and 250 for books.',
  },
  {
    id: 'ty40',
    language: 'nl',
    marked:
      'op nr 7 woont haar zus; {address:vogeloord 7}. {postcode:1103 Tv}. ze doet vrijwilligerswerk op zaterdag 10 tot 14 uur.',
  },
  {
    id: 'ty41',
    language: 'nl',
    marked:
      'iban {iban:NL9 6IN GB0 006 745 321} (zo stond het op haar briefje). ze leent 12 euro per week van de buurvrouw.',
  },
  {
    id: 'ty42',
    language: 'nl',
    marked:
      'rekeningnummer {iban:nl96i ngb00 06745 321}. de 12 maart 1985 om 14 uur bij de huisarts en op 3 april nog een keer.',
  },
  {
    id: 'ty43',
    language: 'nl',
    marked:
      'ibannr:{iban:nl63rabo0315289467} voor de toeslag. nl 12 jaar in nederland, be 3 keer per jaar naar familie.',
  },
  {
    id: 'ty44',
    language: 'nl',
    marked:
      'woont op de {address:bijlmer dreef 1021-2}, vroeger op de {address:karspel dreef 8}. over de dijk 3 keer per week, op het plein 12 bankjes.',
  },
  {
    id: 'ty45',
    language: 'en',
    marked:
      'lives at {address:church street 4}, previously {address:Albert Road 12}. the old road 12 years ago was quieter, the main street has 30 shops.',
  },
  {
    id: 'ty46',
    language: 'nl',
    marked:
      'flat {address:meerbos 14-III}, daarvoor {address:zonnebergen 12}. haar zus woont {address:lindegeest 8 hs}. het stadsbos is 3 km verderop.',
  },
  {
    id: 'ty47',
    language: 'nl',
    marked:
      'adres {address:ravenhoef 102}, {postcode:1104 kb}. buurman van {address:dijkveen 27}. de ijsberg van schulden groeit al 2 jaar.',
  },
  {
    id: 'ty48',
    language: 'nl',
    marked:
      '{address:akkerburg 55}, {postcode:1107 nd}. rek.nr.{iban:NL37TRIO0391847265}. de brug is 100 jaar oud en de burg is dicht.',
  },
  {
    id: 'ty49',
    language: 'nl',
    marked:
      'rek:{iban:nl20bunq2041937781} / rek 2: {iban:NL73 KNAB 0255 6710 94}. 2 rekeningen, 1 spaarpot van 300 euro.',
  },
  {
    id: 'ty50',
    language: 'nl',
    marked:
      'iban {iban:nl 61 abna 0581 7362 04}. daarnaast een lening van 2500, af te lossen in 24 maanden van 110 per maand.',
  },
  {
    id: 'ty51',
    language: 'nl',
    marked:
      'adres {address:karspeldr. 1224-III}, eerder {address:gaasperdammerwg 3}. de dr. zei dat ze 2 weken rust moet nemen, pl. 3 keer per dag medicijnen.',
  },
  {
    id: 'ty52',
    language: 'nl',
    marked:
      'woont op {address:wolkenoord nr.12}, haar moeder op {address:meeuwenpad nr:4}. om 8 uur begint haar werk, nr 1 op de lijst.',
  },
  {
    id: 'ty53',
    language: 'nl',
    marked:
      "vroeger op de {address:'s-gravendijkwal 12}, nu {address:vlierhoeve 3 hg}. ze is 2x verhuisd in 10 jaar.",
  },
  {
    id: 'ty54',
    language: 'nl',
    marked:
      'flat {address:lindevoort 221}, zus op {address:kleinvecht 18-II}, broer op {address:hoogwerd 7}. de voort en de vecht zijn 2 oude namen.',
  },
  {
    id: 'ty55',
    language: 'nl',
    marked:
      'Ze woont al jaren met haar kinderen op {address:Sterrenrijk 12}. in frankrijk 2 weken op vakantie, in oostenrijk 3 dagen.',
  },
  {
    id: 'ty56',
    language: 'nl',
    marked:
      'woont {address:kikkenstein 67III}, haar broer {address:wolkenoord 12hg} en oma {address:meeuwenpad 3hoog}. 3 van de 4 liften doen het niet.',
  },
  {
    id: 'ty57',
    language: 'nl',
    marked:
      'adres {address:bijlmerdreef  101} ({postcode:1103 tv}), daarvoor {address:lindenhof   8-2}. ze typt snel en slordig, zegt ze, 2 vingers.',
  },
  {
    id: 'ty58',
    language: 'nl',
    marked:
      'woont nu op de {address:zonnewende 14}, was eerst wonende te {address:kraaienhorst 3}. adres is {address:zonnewende 14} tot 2026.',
  },
  {
    id: 'ty59',
    language: 'nl',
    marked:
      'dhr {person:rosenberg} ({age:80}) en mevrouw {person:Goldberg}, {age:67}, vertellen over de buurt. we spraken in amsterdam 1030 in de ochtend af, in amsterdam 2019 en 2020 was het rustiger.',
  },
];
