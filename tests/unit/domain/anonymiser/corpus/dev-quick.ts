import type { CorpusEntry } from './labelled';

/**
 * Quick notes typed on a phone between visits: no capitals, no full stops, abbreviations, numbers
 * spaced any way, street names and people the lists do not know. Development part, written apart
 * from any held-out text; invented people and numbers. Also full of ordinary words after "met",
 * "bel", "buurman" and of numbers that are not ages, so precision is measured on them too.
 */
export const DEV_QUICK: readonly CorpusEntry[] = [
  {
    id: 'q01',
    language: 'nl',
    marked:
      'bezoek mevr {person:oduro} ({age:81}), woont alleen op {address:kelbergen 114-III}\nzoon {person:kwadwo} komt 1x p/w, dochter in londen\nwil graag naar de soos maar trap is lastig\ntel {phone:06.41.77.20.93}',
  },
  {
    id: 'q02',
    language: 'nl',
    marked:
      'dhr {person:demirci} {age:71 jr}, weduwnaar sinds 2019. schoonzoon {person:serdar} regelt de post. iban {iban:nl02 abna 0123 4567 89} voor de bijdrage, pc {postcode:1103 tv}. hij voelt zich niet gehoord door de woningcorporatie.',
  },
  {
    id: 'q03',
    language: 'nl',
    marked:
      '{person:fatoumata} vertelde over haar werk in de zorg. ze is {age:62}, arbeidsongeschikt na een val. kinderen van {age:9}, {age:13} en {age:17}. de oudste is {age:17} en wil naar het mbo. met de buren gaat het goed, met de corporatie niet.',
  },
  {
    id: 'q04',
    language: 'nl',
    marked:
      'bel {person:ahmed} {phone:06 1982 4471} over de sleutel\ntel. {person:joyce}: {phone:020/6 93 41 12}\nafspraak 14:30 bij het buurthuis, 3 mensen aanwezig, 2 keer koffie',
  },
  {
    id: 'q05',
    language: 'en',
    marked:
      'met with {person:kwame} and his mum at the community centre. {person:kwame} is {age:15}, {person:naomi} his sister {age:11}. mum works nights at schiphol, 40 hrs a week. they moved in 2021. she wants more say in the renovation plans.',
  },
  {
    id: 'q06',
    language: 'nl',
    marked:
      'buurvrouw {person:ingrid} en haar man {person:erik} ({age:74} en {age:77}) wonen al 40 jaar op {address:gooioord 23}. {person:erik} is net {age:77} geworden. ze missen de oude winkels op het plein. de weg naar de markt is te ver.',
  },
  {
    id: 'q07',
    language: 'nl',
    marked:
      'gesprek met mw. {person:van der linden} ({age:66 jaar}) en dhr. ({age:70}), adres {address:echtensteinlaan 12-hs}, {postcode:1102 ka}. geb {birthdate:12-03-1958}. betrokkenheid en autonomie vindt ze belangrijk.',
  },
  {
    id: 'q08',
    language: 'nl',
    marked:
      'zus {person:fatima} kwam mee als tolk. meneer is {age:95}! hij woont op {address:bijlmerdreef 1044-II}, heeft 3 kinderen en 11 kleinkinderen. de flat is uit 1971, 10 verdiepingen. huur 780 euro per maand.',
  },
  {
    id: 'q09',
    language: 'en',
    marked:
      'visited mrs {person:asamoah} ({age:68}) and her grandson {person:yaw}, aged {age:4}. also kids aged {age:6} and {age:9} from next door. iban {iban:NL91ABNA0417164300} for the food bank refund. she was born in kumasi, dob {birthdate:3/7/1956}.',
  },
  {
    id: 'q10',
    language: 'nl',
    marked:
      'notities: {person:stephanie de wit-pinas} ({age:43}) - alleenstaand, 2 kinderen ({age:4} en {age:7 jaar}?) - woont {address:Florijn 67-III} - wil naar taalles bij de bieb - bsn {bsn:111222333}',
  },
  {
    id: 'q11',
    language: 'nl',
    marked:
      'buurman {person:kees} helpt {person:henk} ({age:79}) met boodschappen. {person:henk} zijn dochter {person:marlies} woont in almere. {person:kees} is zelf {age:70}. samen doen ze veel: solidariteit in de praktijk.',
  },
  {
    id: 'q12',
    language: 'nl',
    marked:
      'mevr {person:jansen} wil een bankje bij de ingang. ze heeft een rollator sinds 2020. gesprek duurde 45 min. haar kleinzoon {person:jayvano} ({age:19}) woont in, studeert in utrecht. volgende keer met ymere erbij.',
  },
  {
    id: 'q13',
    language: 'nl',
    marked:
      'geb. {birthdate:4 mei 1949}, dhr {person:graanoogst}, {address:Hakfort 7 2-hoog}. weduwnaar. hij mist zijn vrouw {person:elly}. "vroeger kende je iedereen in de lift", zegt hij. bel {phone:06-30 40 50 61}.',
  },
  {
    id: 'q14',
    language: 'nl',
    marked:
      'moeder {person:amal} (somalisch, {age:34}) met 3 kids van {age:2}, {age:5} en {age:8}. woont {address:Develstein 104A}. iban {iban:nl20 ingb 000 123 456 7} voor de bijzondere bijstand. ze voelt zich alleen.',
  },
  {
    id: 'q15',
    language: 'en',
    marked:
      'short chat with {person:grace} (ghanaian, {age:52}) and her neighbour {person:doreen}. {person:grace} says the lift has been broken for 3 weeks. 2 of the 4 lifts work. {person:grace} lives at {address:Karspeldreef 890}, postcode {postcode:1102 BE}.',
  },
  {
    id: 'q16',
    language: 'nl',
    marked:
      'met {person:mohamed el ouali} gesproken over zijn zoon {person:ilias} ({age:14}). {person:ilias} zit op de brede school. {person:mohamed} werkt bij de gvb, 36 uur, en is {age:48}. postcode {postcode:1104NB}.',
  },
  {
    id: 'q17',
    language: 'nl',
    marked:
      'haar dochter {person:shanti} is net {age:3} geworden. de oudste, {person:ravi}, is {age:11}. vader {person:sunil} {age:41 jr} werkt in de haven. betrokkenheid bij school is hoog. ze wonen sinds 2016 in de wijk.',
  },
  {
    id: 'q18',
    language: 'nl',
    marked:
      'mevr. {person:koorndijk-sedney} gebeld, {phone:0611223344}. ze is boos over de brief van duo. iban {iban:NL44 RABO 01234 56789} klopt niet volgens haar. afspraak 12 juni om 10 uur.',
  },
  {
    id: 'q19',
    language: 'en',
    marked:
      'notes: {person:abdirahman} ({age:19}) and his brother {person:mahad} came by. {person:abdirahman} works at the albert heijn 20 hrs. he turned {age:19} last month. his iban {iban:nl39 rabo 0300 0652 64}.',
  },
  {
    id: 'q20',
    language: 'nl',
    marked:
      "jongerenwerker {person:rowan} over de jongens op het plein: 5 jongens van {age:15} tot {age:17}. ze hangen bij de kade omdat er niks anders is. autonomie en gelijkwaardigheid zijn de thema's. 20 min gesproken.",
  },
  {
    id: 'q21',
    language: 'nl',
    marked:
      'dhr {person:tjon a joe} ({age:83}) woont {address:Groenhoven 512}, {postcode:1103 LA}. geboren {birthdate:17-8-1941} in paramaribo. zijn schoondochter {person:wendela} komt elke dag. hij vindt het fijn om te vertellen.',
  },
  {
    id: 'q22',
    language: 'nl',
    marked:
      'bezoek bij {person:ayse} en {person:mustafa yilmaz}, {address:Daalwijkdreef 3-1}. {person:mustafa} {age:67}, {person:ayse} {age:63}. ze wonen er 30 jaar. de kinderen zijn {age:35} en {age:38} en wonen in osdorp. tel {phone:06/48 37 21 90}.',
  },
  {
    id: 'q23',
    language: 'en',
    marked:
      'follow-up with mr. {person:owusu-ansah}. he is {age:80} this year. his daughter {person:efua} helps with the forms. appointment at 3 pm at the library. the building is from 1972, 12 floors, 3 lifts.',
  },
  {
    id: 'q24',
    language: 'nl',
    marked:
      'gesprek op het plein met 6 bewoners. niemand wil zijn naam noemen. de weg naar het station is donker, de lantaarns zijn kapot. 2 jaar geleden beloofd door de gemeente. koffie kost 1,50. betrokkenheid gemist.',
  },
];
