import type { CorpusEntry } from './labelled';

/**
 * Notes in the shapes issue 11 names for structured details typed in a hurry: postcodes in any case
 * and spacing, BSNs after their label, IBANs grouped any way, ages in brackets and lists, streets
 * that are unknown or typed small. Written from the description only, not from any held-out
 * note; invented people and numbers. Several notes hold look-alikes that must stay: times, years,
 * amounts, counts, bus lines.
 */
export const DEV_SHAPES: readonly CorpusEntry[] = [
  {
    id: 'sh01',
    language: 'nl',
    marked:
      'huisbezoek mw. {person:de vries} ({age:66 jaar}), {address:kraaiennest 12-2}, {postcode:1104 tv} amsterdam. bsn {bsn:546 362 709}. afspraak om 1030 tot 1130.',
  },
  {
    id: 'sh02',
    language: 'nl',
    marked:
      'dhr ({age:70}) woont op {address:Gaasperdammerweg 3a},{postcode:1104tv}. rek.nr {iban:nl32 ingb 2023 5431 19}, huur 690 euro, 3 mnd achter.',
  },
  {
    id: 'sh03',
    language: 'en',
    marked:
      'met the family at {address:Karspeldreef 1224 III} (postcode {postcode:1101ck}). kids aged {age:4} and {age:9}, mum is {age:38}. account {iban:BE73 2486 9155 8837}. bus 47 was late again, we waited 20 min.',
  },
  {
    id: 'sh04',
    language: 'nl',
    marked:
      'BSN: {bsn:23.17.09.766} (moeder), sofinummer zoon {bsn:85226671}. kinderen van {age:3}, {age:7} en {age:12}. de oudste is {age:16} en zit op het mbo.',
  },
  {
    id: 'sh05',
    language: 'nl',
    marked:
      '{person:Henk} ({age:79}) woont alleen op {address:Hoogoord 5 bv}, al 30 jaar. is 3 keer gebeld. wordt {age:80} in mei, wil feest in het buurthuis.',
  },
  {
    id: 'sh06',
    language: 'nl',
    marked:
      'adres: {address:Develstein 100 2hg} {postcode:1102 AK} AMSTERDAM. v/{age:38}, alleenstaand. iban {iban:NL32.RABO.1206.5163.25}. in 2019 en 2020 op de wachtlijst gezet.',
  },
  {
    id: 'sh07',
    language: 'nl',
    marked:
      'woont in de Kraaiennest, op {address:nummer 14}. meneer is {age:95}! zijn dochter ({age:71 jr}) komt 2x per week. bel tussen 1400 en 1600.',
  },
  {
    id: 'sh08',
    language: 'en',
    marked:
      'she lives at {address:van heenvlietlaan 22}, {postcode:1083 cl}. a {age:15-year-old} son and a daughter, {age:12yo}. bank account {iban:NL67ABNA8501761555}. 2 rooms, 900 a month.',
  },
  {
    id: 'sh09',
    language: 'nl',
    marked:
      'mvr. {person:Asante}, {address:Anton de Komplein 3}. leeftijd: {age:45}. burgerservicenummer {bsn:887-003-898}. ze kreeg 1250 euro terug, op het plein 12 kraampjes gezien.',
  },
  {
    id: 'sh10',
    language: 'nl',
    marked:
      'bezoek {address:Flierbosdreef nr 12}. m/{age:45}, arbeidsongeschikt. rekeningnummer {iban:NL90 SNSB 6038 6848 44}. postcode {postcode:1103-AB}. lijn 54 rijdt om 1103 tot 1200 niet.',
  },
  {
    id: 'sh11',
    language: 'nl',
    marked:
      'gesprek op de {address:bijlmerdreef 101 hs} ({postcode:1103 tv}). vrouw, {age:52}, werkloos sinds 2021. haar man is {age:56}. bsn-nummer {bsn:1716.82.786}.',
  },
  {
    id: 'sh12',
    language: 'en',
    marked:
      'lives at {address:Zonnewende 14}. BSN {bsn:794068601}. two boys, aged {age:6} and {age:11}. he works 36 hours a week, paid 15 euro an hour. iban {iban:nl07 trio 6175 6896 97}.',
  },
  {
    id: 'sh13',
    language: 'nl',
    marked:
      'woont aan de {address:Leerdamhof 120}, {postcode:1108 HA}, sinds 2015. {person:Fatima} ({age:34}) en haar zoontje van {age:4}. net {age:3} geworden is de kleine.',
  },
  {
    id: 'sh14',
    language: 'nl',
    marked:
      '- is {age:62}, arbeidsongeschikt\n- {address:kikkenstein 2304}\n- {postcode:1104 en}\n- iban {iban:NL28ASNB9322109222}\n- 4 kinderen, 2 katten',
  },
  {
    id: 'sh15',
    language: 'en',
    marked:
      'client (m, {age:71}) at {address:Egeldonk 7-III}. postcode {postcode:1103 da}. His rent went up by 45 euro in 2024. BSN: {bsn:23170976} (leading zero dropped on the form).',
  },
  {
    id: 'sh16',
    language: 'nl',
    marked:
      'op de {address:Karspeldreef 8 a}. zij is {age:29 jaar}. sinds 2018 in nederland, in 2024 de taalcursus afgerond. de lift is 40 jaar oud en 2 weken kapot.',
  },
];
