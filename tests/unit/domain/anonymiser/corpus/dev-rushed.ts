import type { CorpusEntry } from './labelled';

/**
 * Rushed notes: typed between two doors, half in shorthand, names the lists do not know, numbers
 * that are no ages. Development part, written after dev-quick.ts as a second check that the rules
 * hold on text they were not shaped around; invented people and numbers.
 */
export const DEV_RUSHED: readonly CorpusEntry[] = [
  {
    id: 'r01',
    language: 'nl',
    marked:
      'huisbezoek 10:15\nmw {person:atta-mensah} {age:77 jr}, slecht ter been\nkleindochter {person:serwaa} doet boodschappen\nadres {address:kortvoort 5-II} {postcode:1104 bz}\nheeft geen internet, wil papieren brieven',
  },
  {
    id: 'r02',
    language: 'nl',
    marked:
      '{person:mirella} belde terug: haar vader ({age:84}) is gevallen, ligt in het amc. broer {person:sergio} regelt de sleutel. tel {phone:06 2839 1147}. volgende week nieuw bezoek. 2e keer dat hij valt dit jaar.',
  },
  {
    id: 'r03',
    language: 'en',
    marked:
      'chat at the market with {person:efosa} ({age:38}) and his wife {person:blessing}. 3 kids: {age:2}, {age:6} and {age:10}. they rent via rochdale, 1 bedroom for 5 people. {person:efosa} works for postnl 30 hrs.',
  },
  {
    id: 'r04',
    language: 'nl',
    marked:
      'gesprek met meneer {person:oemrawsingh}, {age:69}. woont sinds 1983 in de bijlmer. zijn dochter {person:nandini} woont in den haag. iban {iban:NL66 RABO 0123 4590 12}, bedrag 45 euro voor de bus.',
  },
  {
    id: 'r05',
    language: 'nl',
    marked:
      'koffieochtend 14 mensen. {person:truus} ({age:88}) is de oudste bezoeker. ze komt met haar buurvrouw {person:hennie}. gesprek over eenzaamheid, {person:truus} zegt "de buurt is veranderd".',
  },
  {
    id: 'r06',
    language: 'nl',
    marked:
      'zoon {person:mehmet ali} ({age:17}) wil stage bij de gemeente. moeder {person:sevgi} spreekt weinig nederlands, tolk via telefoon. vader overleden 2018. woning {address:Gravestein 40}, 3 hoog zonder lift.',
  },
  {
    id: 'r07',
    language: 'en',
    marked:
      'called mrs. {person:de graaf}, no answer. left voicemail. her son {person:pieter} phoned back from {phone:+31 6 1122 3344}. she is {age:90} and still independent. appointment tue 11am.',
  },
  {
    id: 'r08',
    language: 'nl',
    marked:
      'bewonersavond: 22 aanwezigen, 3 nieuwe. {person:abena} en {person:kofi owusu} willen een schoonmaakactie. ruzie over de containers bij {address:hakfort 210}. de weg naar de metro is onveilig.',
  },
  {
    id: 'r09',
    language: 'nl',
    marked:
      'dhr. {person:el khattabi} ({age:58}), {address:Bijlmerdreef 1122-III}, {postcode:1103tv}. werkloos sinds de fabriek sloot. geb. {birthdate:03-09-1966} in nador. vrouw {person:zohra} en 4 kinderen van {age:12} tot {age:24}.',
  },
  {
    id: 'r10',
    language: 'nl',
    marked:
      '{person:priscilla} - {phone:0612345678}\n{person:glenn} - {phone:06-87654321}\nbeiden vrijwilliger bij de voedselbank, 2x per week',
  },
  {
    id: 'r11',
    language: 'en',
    marked:
      'interview with {person:ayaan} (somali, {age:29}), mother of {person:hamza} ({age:5}) and {person:sagal} ({age:3}). she is studying to be a nurse. her iban {iban:nl86 ingb 0002 4455 88} for the course refund.',
  },
  {
    id: 'r12',
    language: 'nl',
    marked:
      'met {person:wijnand} en {person:stephanie} van het buurtteam naar de flat. {person:wijnand} zegt dat er 12 woningen leeg staan. de lift is 40 jaar oud. betrokkenheid is laag.',
  },
  {
    id: 'r13',
    language: 'nl',
    marked:
      'mevr. {person:tjin-a-djie} wil haar verhaal kwijt. ze is {age:73}, haar man {person:edgar} {age:80}. ze wonen op {address:Heesterveld 18}. "we zijn hier gebleven omdat de buren familie zijn geworden".',
  },
  {
    id: 'r14',
    language: 'nl',
    marked:
      'bel {person:roshni} ivm de aanvraag. postcode {postcode:1102 ZX}, huisnr {address:Grunder 9}. haar bsn {bsn:926851974} staat op het formulier. ze is geboren op {birthdate:2 juni 1990}.',
  },
  {
    id: 'r15',
    language: 'en',
    marked:
      'grandma {person:adjoa} ({age:81}) lives with her grandson {person:nana kwame}. they moved from {address:Karspeldreef 1300} last year. she misses the old neighbours. rent is 612 euros.',
  },
  {
    id: 'r16',
    language: 'nl',
    marked:
      'buurman {person:ruud} ({age:66}) helpt met de tuin op het plein. hij is gepensioneerd conducteur, werkte 41 jaar bij de ns. {person:ruud} zijn vrouw {person:ineke} is ziek.',
  },
];
