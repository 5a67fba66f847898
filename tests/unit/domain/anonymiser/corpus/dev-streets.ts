import type { CorpusEntry } from './labelled';

/**
 * Street addresses as interviewers in Amsterdam Zuidoost (Bijlmer, Gaasperdam, Driemond) type them on
 * a phone, in every shape: lowercase, capitals, abbreviated ("str.", "ln", "burg.", "ir.", "dr."),
 * split or misspelt ("bijlmer dreef", "bijlmerdreeef", "karspledreef"), streets named after people
 * ("Kwame Nkrumahplein", "Martin Luther Kingpad"), after places ("Purmerendweg", "Utrechtsebaan"),
 * with ordinals or particles ("2e Oosterparkstraat", "Van der Kolkstraat", "'s-Gravenhekdreef"), and
 * house numbers with every addition ("12a", "40-A", "12 a", "9-2", "12/3", "14 III", "3-hs", "12 bg",
 * "104 1hg", "33 2 hoog", "9 huis", "203 bis", "22 bov", "17 beneden", "nummer 12", "nr 23",
 * "nr. 25", "no. 5", "nr.12", "huisnummer 61", "12A-3"), number-first in English ("5 Kouwenoord"),
 * inside sentences, in lists, after "adres:", "woont op", "verhuisd naar", "bij haar moeder op",
 * "via", followed by postcode and city, or preceded by the postcode. Names, ages, dates of birth,
 * phones, e-mail, IBANs and BSNs appear around them.
 *
 * Written by a helper session blind: from a description of how interviewers type, without reading
 * the anonymiser's rules or source, any held-out or blind note, or any corpus file other than
 * labelled.ts and the head of dev-typed.ts (for the format). Everything is invented: people,
 * streets, house numbers, postcodes, phones and e-mail addresses; the IBANs pass mod-97 and the
 * BSNs pass the eleven-test, but belong to nobody.
 *
 * Labelling decisions, applied throughout:
 * - address: a street with a house number (and its addition) where someone lives or is registered,
 *   including an old, a relative's, or a misspelt address; postcode and city are not part of it.
 * - not labelled: a street without a house number ("ergens op de heesterveld", "de dreef was
 *   donker", "verhuisd naar de koraaldreef, huisnummer volgt"), a house number or floor without a
 *   street ("woont op 3 hoog", "niet 114", "huisnummer weet ik niet"), flat and neighbourhood names
 *   ("flat kikkenstein", "de k-buurt"), public places and organisations (library, buurthuis,
 *   stadsdeelkantoor, "het anton de kom gebouw", "de bijlmerbajes", schools, squares, parks), room
 *   numbers, bus and metro lines, ages of buildings ("de flat is 50 jaar oud"), years, amounts,
 *   times, appointment dates and incomplete postcodes ("1107 ??").
 * - person names without titles or relations ("mw", "dhr", "mrs", "auntie"), and without a
 *   possessive 's; names inside street names belong to the address.
 * - age follows the guideline in labelled.ts: number with unit words ("17 jaar", "18 jaar oud",
 *   "21 jr", "19jr", "29-jarige", "45 years old"), or the bare number after a verb or "aged".
 */
export const DEV_STREETS: readonly CorpusEntry[] = [
  {
    id: 'st001',
    language: 'nl',
    marked:
      'mw {person:asante} is {age:19}, 1 kindje. woont nu bij haar moeder op de {address:heggenstein 130} {postcode:1103 kx}. wil eigen plek, staat 3 jr ingeschreven bij woningnet. volgende afspraak di 14.00',
  },
  {
    id: 'st002',
    language: 'nl',
    marked:
      'kort gesprek bij de metro, de dreef was donker en ze voelde zich niet veilig. lampen kapot sinds de winter. melding gedaan bij stadsdeel, nummer van de melding volgt',
  },
  {
    id: 'st003',
    language: 'nl',
    marked:
      'dhr {person:K. Boateng}, {age:67 jaar}, mantelzorger voor zijn vrouw. adres: {address:Wolkenbergdreef 88-III}, {postcode:1102 BL} Amsterdam. lift doet het vaak niet en hij woont op 3 hoog dus dat is zwaar. tel {phone:06-41827730}',
  },
  {
    id: 'st004',
    language: 'en',
    marked:
      'met her at the library on the plein, not at home. she is worried about the rent going up in january, 38 euro more per month. wants info on huurtoeslag. follow up in 2 weeks',
  },
  {
    id: 'st005',
    language: 'nl',
    marked:
      '{person:jermaine doelwijt} {age:21 jr} klaar met schuldhulptraject sinds okt. woont op {address:koraaldreef 1140 a}, kamer via een vriend. iban voor teruggave {iban:NL54 INGB 5260 1815 90}. wil werk in de bouw',
  },
  {
    id: 'st006',
    language: 'nl',
    marked:
      'huisbezoek {address:Ravenoord 45}. mevr {person:Pinas} woont er sinds 2011 alleen, dochter komt 2x per week boodschappen doen. mevrouw is {age:82}, loopt met rollator, valt soms',
  },
  {
    id: 'st007',
    language: 'nl',
    marked:
      'bus 47 rijdt niet meer langs het gezondheidscentrum, ze moet nu met metro 53 en dan nog 15 min lopen. klacht doorgezet naar gvb en stadsdeel',
  },
  {
    id: 'st008',
    language: 'nl',
    marked:
      "mw {person:Ama Owusu-Mensah} is {age:34} en is verhuisd. nieuw adres sinds 1 mei: {address:'s-Gravenhekdreef 217}, {postcode:1107 ZR} amsterdam. oude adres was {address:hakenberg 33}. post gaat nog naar oud adres, doorsturen aangevraagd bij postnl",
  },
  {
    id: 'st009',
    language: 'nl',
    marked:
      'gaat naar buurthuis de kempering op woensdag voor taalles. groep van 12 mensen, les van 10 tot 12. vindt het fijn, wil ook naar de bieb op het plein voor de computercursus',
  },
  {
    id: 'st010',
    language: 'nl',
    marked:
      '{person:Reshma Sewdien} is mantelzorger voor haar vader ({age:78 jaar}). hij woont op {address:gerensteinpad 12 bg} en zij op {address:gerensteinpad 40-2}, ze loopt 5x per dag heen en weer. vraagt huishoudelijke hulp via wmo',
  },
  {
    id: 'st011',
    language: 'nl',
    marked:
      'nieuwkomer uit eritrea, {person:yonas tesfay}, {age:24 jaar}. in NL sinds 2019, statushouder. bsn {bsn:366712767}. wacht op woning, zit nu nog in het azc. mail {email:yonas.tesfay91@gmail.com}',
  },
  {
    id: 'st012',
    language: 'en',
    marked:
      'visited mrs {person:Kromodimedjo} at home, {address:Blauwhoven 72}, {postcode:1104 HE}. she is {age:71} and looks after her grandson after school, he is {age:14}. kitchen needs repair, housing corp not responding since march',
  },
  {
    id: 'st013',
    language: 'nl',
    marked:
      'de flat is 50 jaar oud en de ramen tochten. woont op 7 hoog met uitzicht op het park. huisnummer weet ik niet, staat in het systeem',
  },
  {
    id: 'st014',
    language: 'nl',
    marked:
      'mw {person:Linda Martina}, {age:29-jarige} moeder van 2, adres {address:anton de komplein 212}, {postcode:1102 cw}. huurachterstand 2 mnd (1.340 euro). regeling getroffen met de corporatie',
  },
  {
    id: 'st015',
    language: 'nl',
    marked:
      'afspraak in het stadsdeelkantoor op het anton de komplein, kamer 2.14. ze kwam 20 min te laat door storing op de metro. volgende keer om 9.30',
  },
  {
    id: 'st016',
    language: 'nl',
    marked:
      'dhr {person:gerrit de wit} {age:74 jr} wonend aan de {address:burg. van tienhovenln 45}, weesp {postcode:1381 KN}. weduwnaar sinds 2020. eenzaam, zoon woont in almere en komt 1x per maand',
  },
  {
    id: 'st017',
    language: 'nl',
    marked:
      '{person:dylan} {age:17 jaar}, woont bij oma op {address:Kikkersbeek 9 huis}. gestopt met mbo niveau 2 in jan. oma wil hulp, ze is zelf ook niet meer zo fit',
  },
  {
    id: 'st018',
    language: 'en',
    marked:
      "talked at the community centre on the square. she doesn't want to give her address yet, will come back next week. worried about her son, 2 months behind at school. metro 54 to the station is her only route",
  },
  {
    id: 'st019',
    language: 'nl',
    marked:
      'mw {person:Olena Kovalenko} uit oekraine, in NL sinds 2022. woont sinds 2 jaar op {address:Zilverbeek 24}, {postcode:1104 KX} Amsterdam met 2 kinderen. tel {phone:+31 6 2478 1190}. werkt bij een schoonmaakbedrijf',
  },
  {
    id: 'st020',
    language: 'nl',
    marked:
      "op het plein bij de winkels hangen jongeren, ze durft er 's avonds niet langs. bij de kade is het beter verlicht. advies gegeven: via de brug bij de gaasperplas lopen",
  },
  {
    id: 'st021',
    language: 'nl',
    marked:
      'adressen gezin: moeder {address:hopveldweg 8-1}, vader {address:develhof 140}, oma in driemond {address:dorpsstraat 15a}. kinderen wisselen per week, school vindt dat lastig',
  },
  {
    id: 'st022',
    language: 'en',
    marked:
      '{person:Kwame Mensah}, {age:45 years old}, informal carer for his brother who has ms. lives at {address:23 Ganzenoord}, amsterdam zuidoost. phone {phone:0641127753}. needs respite care, sister in ghana cannot help',
  },
  {
    id: 'st023',
    language: 'nl',
    marked:
      'schuld was 4300 euro, nu nog 1250. betaalt 75 per maand, over 17 maanden klaar. budgetbeheer loopt via de bank, gaat goed',
  },
  {
    id: 'st024',
    language: 'nl',
    marked:
      'mw {person:Shanice Tjon A Fong} verhuisd naar almere, nieuw adres {address:zeepaardstraat 31}, {postcode:1335kd}. wil contact houden met het team, mailt via {email:shanice.tafong@hotmail.com}',
  },
  {
    id: 'st025',
    language: 'nl',
    marked:
      "dhr {person:El Idrissi} is {age:59}, afgekeurd. woont op {address:kraaienveld 104 1hg}. huis vochtig, schimmel in de badkamer, foto's gemaakt en doorgestuurd naar de verhuurder",
  },
  {
    id: 'st026',
    language: 'nl',
    marked:
      'gesprek in de bieb kraaiennest. ze vertelde over de buurvrouw die altijd helpt. de lift in blok 4 is al 3 weken stuk, 60 treden naar boven',
  },
  {
    id: 'st027',
    language: 'nl',
    marked:
      'jonge moeder, {age:18 jaar}, woont met baby bij haar vriend aan de {address:gaasperkade 3-hs}. staat daar niet ingeschreven, briefadres via de daklozenopvang',
  },
  {
    id: 'st028',
    language: 'nl',
    marked:
      'dhr {person:H. Bosma}, geb {birthdate:12-03-1943}, woont {address:Sterrenhof 7 II}, {postcode:1106 PD}. dochter {person:Marja} is contactpersoon, tel {phone:020-6943318}',
  },
  {
    id: 'st029',
    language: 'en',
    marked:
      'phone call only, no visit. she is moving next month but the new house number is not known yet. will call back. room 3.02 booked for tuesday 10:30',
  },
  {
    id: 'st030',
    language: 'nl',
    marked:
      'mevr. {person:Doelwijt} woont op de {address:elsenhof nummer 12}, boven de winkel. zoon {person:Ricardo}, {age:16 jr}, zit op het bijlmer college en spijbelt veel',
  },
  {
    id: 'st031',
    language: 'nl',
    marked:
      "cliënt {person:M. Yilmaz}, adres {address:Hagelsteinweg no. 5}, {postcode:1107 GH} A'dam. bsn {bsn:842684657}. aanvraag bijzondere bijstand voor witgoed",
  },
  {
    id: 'st032',
    language: 'nl',
    marked:
      'de jongeren hangen bij het pad achter de school. niemand weet hoe oud ze zijn, geschat 15 a 16. wijkagent is op de hoogte',
  },
  {
    id: 'st033',
    language: 'nl',
    marked:
      'post loopt via haar zus, {address:stekelbaarsdreef 211}, want de eigen brievenbus wordt steeds opengebroken. mw {person:Naomi Sabajo}, {age:26 jr}, 2 kinderen',
  },
  {
    id: 'st034',
    language: 'nl',
    marked:
      'teruggebeld door {person:priscilla kwakye}, nieuw nummer {phone:06 1937 4420}. ze is {age:31}, werkt nu in de thuiszorg. afspraak verzet naar do',
  },
  {
    id: 'st035',
    language: 'nl',
    marked:
      'woont op 3 hoog, geen lift. knie slecht. aanvraag traplift of andere woning, wachttijd ca 8 jaar in deze buurt',
  },
  {
    id: 'st036',
    language: 'nl',
    marked:
      '{person:tamara} en kinderen verhuisd naar {address:hoefsmidhof 9-A}, {postcode:1108 DN}. oude woning {address:groenhovenstraat 118} opgezegd per 1-7, eindafrekening energie nog niet binnen',
  },
  {
    id: 'st037',
    language: 'en',
    marked:
      'client {person:Stefano Emanuelson}, aged {age:20}, finished debt counselling in june. address {address:flierbeekdreef 203 bis}. bank {iban:NL23RABO8301661318}. looking for work as a driver',
  },
  {
    id: 'st038',
    language: 'nl',
    marked:
      'in het gaasperpark gesprek gevoerd, ze loopt daar elke dag met 2 honden. vroeger gewerkt in de bijlmerbajes, in de keuken, tot 2016',
  },
  {
    id: 'st039',
    language: 'nl',
    marked:
      '{person:Fatoumata Diallo}, geboren in {birthdate:1987}, woont {address:Rietkraagdreef 56-4}, postcode {postcode:1104 PJ}. alleenstaand, 3 kinderen. wil inburgering afronden voor de zomer',
  },
  {
    id: 'st040',
    language: 'nl',
    marked:
      'Dhr. {person:R.J. van der Linden}, {address:Van der Kolkstraat 14 III}, {postcode:1051 VG} Amsterdam. vader van cliënte, woont in west en wil betrokken worden bij het plan',
  },
  {
    id: 'st041',
    language: 'nl',
    marked:
      'oudste zit in groep 8, jongste gaat naar de peuterspeelzaal. moeder wil naar taalles maar opvang is een probleem, op dinsdag geen plek',
  },
  {
    id: 'st042',
    language: 'nl',
    marked:
      'adr. {address:kantershof 301}, {postcode:1104hh}. mevr {person:de Graaf}, {age:88 jr}, woont alleen. thuiszorg 3x per week, kleindochter {person:Sanne} komt op zondag',
  },
  {
    id: 'st043',
    language: 'nl',
    marked:
      'jongen woont op de {address:bijlmer dreef 1288 b}, boven de chinees. {person:Mitchell}, {age:19 jr}. schulden bij duo en cjib, samen overzicht gemaakt',
  },
  {
    id: 'st044',
    language: 'en',
    marked:
      'she says the street is nice but the plein is noisy at night. neighbours on the 4th floor play music till 2am. housing association informed twice, no answer',
  },
  {
    id: 'st045',
    language: 'nl',
    marked:
      'ze woont aan de {address:koekoeksdreef 9-2} sinds 2015, daarvoor in de {address:rode kruisstraat 77} in noord. mw {person:Joyce Pinas} geeft aan dat ze terug wil naar noord',
  },
  {
    id: 'st046',
    language: 'nl',
    marked:
      '{person:aisha}, {age:16 jaar}, zwanger. woont bij haar tante op de {address:Hofstedelaan 33 2 hoog} in diemen. moeder woont in ghana. verloskundige al geregeld via het ziekenhuis',
  },
  {
    id: 'st047',
    language: 'nl',
    marked:
      'ging over de buurt: op de dreef rijden scooters te hard, bij het winkelcentrum is het druk. ze wil een drempel. doorgegeven aan de gebiedsmakelaar',
  },
  {
    id: 'st048',
    language: 'nl',
    marked:
      'mw {person:Agyeman}, {address:Hakfort 410}. {person:Agyeman} is {age:63}, zorgt voor kleinkinderen. iban {iban:nl24abna6091390996} voor de tegemoetkoming',
  },
  {
    id: 'st049',
    language: 'nl',
    marked:
      'huisbezoek samen met collega. {address:lijsterbesgracht 40-A} {postcode:1107-TA}. gezin van 5, 2 kamers. vader {person:Kofi Antwi} werkt nachtdiensten',
  },
  {
    id: 'st050',
    language: 'en',
    marked:
      'the metro was down so we met at the station. she has been in the netherlands since 2018 and speaks some dutch. her english is better, so notes in english. no documents with her today',
  },
  {
    id: 'st051',
    language: 'nl',
    marked:
      'nieuwe woning! {address:brasemoord 12 a}, {postcode:1106 ER}. sleutel op 15 maart. {person:Chantal} is {age:22} en heel blij, meubels via de kringloop',
  },
  {
    id: 'st052',
    language: 'nl',
    marked:
      'meneer vertelde over vroeger: de flats waren nieuw in 1971, er was nog geen metro. hij woont er 40 jaar, altijd op de 9e verdieping',
  },
  {
    id: 'st053',
    language: 'nl',
    marked:
      '{person:Rachida el Idrissi} woont op {address:Meidoornsingel 12/3}, {postcode:2564 KB} den haag. zus van cliënte, wil tijdelijk voogdij. tel {phone:070-3452281}',
  },
  {
    id: 'st054',
    language: 'nl',
    marked:
      'dhr {person:Pengel} {age:70 jr}, adres {address:Gooioordpad 6-IV}. mantelzorg door buurman. wil niet naar verpleeghuis. huisarts weet ervan',
  },
  {
    id: 'st055',
    language: 'en',
    marked:
      "young mother, {person:Esther Owusu}, is {age:17}. lives with her boyfriend's family at {address:Karperweg 19 1hg}, {postcode:1106 BT}. baby is due in april. she wants to finish school",
  },
  {
    id: 'st056',
    language: 'nl',
    marked:
      'huurachterstand 3 maanden, 2.200 euro. deurwaarder geweest op 4 feb. geen adres genoemd, ze wil eerst met haar man praten',
  },
  {
    id: 'st057',
    language: 'nl',
    marked:
      'woont in zaandam, {address:Pelikaanstraat 88}, {postcode:1502 NA}. {person:Ryan Sedney} {age:23 jaar}, komt voor werk naar zuidoost. vraagt reiskosten vergoeding',
  },
  {
    id: 'st058',
    language: 'nl',
    marked:
      'adres: onbekend, slaapt bij vrienden. soms in de bijlmer, soms in diemen. heeft geen vaste plek, wil wel hulp bij aanvraag briefadres',
  },
  {
    id: 'st059',
    language: 'nl',
    marked:
      'mevr {person:van Dam} {age:91 jaar} woont op {address:Laan der Vrijheid 30 hs}, amstelveen. dementie beginnend, zoon {person:Peter van Dam} regelt financien',
  },
  {
    id: 'st060',
    language: 'en',
    marked:
      "{person:Abena}'s address is {address:Gerenoord 55-II}. she is {age:38}. her mother also lives there. both need help filling out the forms for the energy allowance",
  },
  {
    id: 'st061',
    language: 'nl',
    marked:
      'groep van 8 vrouwen op maandag in het buurthuis. thema geld. 3 van hen hebben schulden, 1 heeft een bewindvoerder. volgende keer op 12 juni',
  },
  {
    id: 'st062',
    language: 'nl',
    marked:
      '{person:Kelvin} woont nu bij zijn vader op {address:klenckepad 141}, niet 114 zoals eerder genoteerd. is {age:18}, wil zelfstandig wonen maar heeft geen inkomen',
  },
  {
    id: 'st063',
    language: 'nl',
    marked:
      'mw {person:Sandra Kasanpawiro}, adres {address:Kwame Nkrumahplein 19 boven}, {postcode:1102TW}. is {age:52} en zorgt voor haar zoon met autisme ({age:24 jaar}). pgb loopt vast, hulp gevraagd bij svb',
  },
  {
    id: 'st064',
    language: 'nl',
    marked:
      'dhr woont volgens eigen zeggen ergens op de heesterveld, nummer weet hij niet meer. post komt bij de buren. volgende keer samen naar het loket',
  },
  {
    id: 'st065',
    language: 'en',
    marked:
      'lives on {address:Marcus Garveyhof 7}, second floor. {person:Michelle Bakker} is {age:27}, two kids under 5. wants a daycare spot so she can go back to work',
  },
  {
    id: 'st066',
    language: 'nl',
    marked:
      'ze woont sinds kort op {address:Utrechtsebaan 301-3}, {postcode:3523 RK} utrecht, bij haar broer. {person:Noor Haddad}, {age:20 jaar}. opleiding verpleegkunde gestart',
  },
  {
    id: 'st067',
    language: 'nl',
    marked:
      'iban {iban:NL75 SNSB 0308 2462 81} voor de terugbetaling. dhr {person:Baldewsingh} belt zelf nog over het bedrag. adres blijft {address:Ookmeerhof 22 H}',
  },
  {
    id: 'st068',
    language: 'nl',
    marked:
      'de metro reed niet, dus gesprek verplaatst naar het buurthuis aan het plein. 40 min gepraat. oudere vrouw, voelt zich eenzaam sinds haar man is overleden',
  },
  {
    id: 'st069',
    language: 'nl',
    marked:
      '{person:Jayden Wijngaarde} {age:19jr} woont op {address:Gaasperdammerweg 4 bg}, {postcode:1108 HZ}. kreeg boete van 380 euro van de ns. wil betalingsregeling',
  },
  {
    id: 'st070',
    language: 'nl',
    marked:
      'info over huurtoeslag gegeven. formulier meegegeven. kamer 1.07 was bezet dus in de hal gezeten. volgende afspraak week 23',
  },
  {
    id: 'st071',
    language: 'nl',
    marked:
      'vader {person:Kwesi Appiah}, {age:49 jr}, en moeder {person:Adwoa} wonen op {address:KANTERSPARK 118}, {postcode:1104 EG}. 4 kinderen, oudste is {age:17}. spanningen thuis',
  },
  {
    id: 'st072',
    language: 'en',
    marked:
      'we met in the park near the gaasperplas. she lives nearby but did not want to say where. she is worried about her debts, around 2000 euro. will send info by post to the office',
  },
  {
    id: 'st073',
    language: 'nl',
    marked:
      'jongere {person:Bryan} woont bij zijn moeder, {address:Develstein 276-II}, maar slaapt vaak bij vrienden. {age:20 jr}. net klaar met schuldsanering, nog 1 schuldeiser over',
  },
  {
    id: 'st074',
    language: 'nl',
    marked:
      'adres client: {address:Molenbeekerf 14}, 1107 ?? postcode niet compleet. mw {person:Grace Amponsah} {age:36 jaar}. bsn {bsn:685995288}',
  },
  {
    id: 'st075',
    language: 'nl',
    marked:
      'de buurt is veranderd sinds de renovatie in 2012. oude flats weg, nieuwe woningen aan de dreef. meneer mist de oude buren, woont zelf nog op 5 hoog',
  },
  {
    id: 'st076',
    language: 'nl',
    marked:
      'mw {person:Kerkhoven} woont {address:Hogeveldsteeg 3a}, {postcode:1381 AZ} Weesp. is {age:84}, valt vaak, alarmknop aangevraagd. buurvrouw heeft sleutel',
  },
  {
    id: 'st077',
    language: 'nl',
    marked:
      'verhuisd naar {address:Kruidenhofweg 14}, {postcode:1111 AB} Diemen. {person:Ingrid} is {age:41} en heeft een nieuwe baan in het ziekenhuis. bellen op {phone:06-28 39 47 10}',
  },
  {
    id: 'st078',
    language: 'nl',
    marked:
      'nieuwkomer uit syrie, gezin van 6. tijdelijk in hotel, geen adres. kinderen nog niet op school, leerplicht ingeschakeld. tolk arabisch nodig bij volgende gesprek',
  },
  {
    id: 'st079',
    language: 'nl',
    marked:
      '{person:Ebony Zimmerman} is {age:15} en woont bij haar oma op de {address:Hoogoordlaan 61-B1}. moeder in detentie. oma {person:Ruth Zimmerman} is {age:72}, wil hulp van jeugdzorg',
  },
  {
    id: 'st080',
    language: 'nl',
    marked: 'afspraak gemist. 2e keer. gebeld om 11.15 maar geen gehoor. brief sturen naar adres in systeem',
  },
  {
    id: 'st081',
    language: 'en',
    marked:
      "mr {person:Ofori}'s new address: {address:Waterlelieweg 12-2}, {postcode:1106 KP}. he is {age:66 years old} and lives alone since his wife passed. e-mail {email:j.ofori@outlook.com}",
  },
  {
    id: 'st082',
    language: 'nl',
    marked:
      "de kade bij de gaasper is 's nachts donker. mensen vissen er. bij het park zijn nieuwe bankjes. bewonersavond op 14 okt in het buurthuis",
  },
  {
    id: 'st083',
    language: 'nl',
    marked:
      'dhr {person:Ramdin}, {address:reigersbospark 48 1 hoog}, {postcode:1107ET}. zoon {person:Anand Ramdin} woont op {address:reigersbospark 50 hs}, dus naast hem. samen de boodschappen',
  },
  {
    id: 'st084',
    language: 'nl',
    marked:
      '{person:sharon} is net {age:25} geworden. woont op {address:geinpad 155}, achter het winkelcentrum. 2 kids, vader niet in beeld. wil werk in de zorg',
  },
  {
    id: 'st085',
    language: 'nl',
    marked:
      '3 gesprekken vandaag, 2 over geld, 1 over wonen. veel vragen over de energietoeslag van 1300 euro in 2023. folders op',
  },
  {
    id: 'st086',
    language: 'nl',
    marked:
      '{person:Patricia de Randamie}, {age:57 jaar}, mantelzorger voor haar moeder die op {address:Rozenhof 9} woont, {postcode:1102 KV}. zelf woont ze op {address:Liendenhof 88-A}. heeft burn-out klachten',
  },
  {
    id: 'st087',
    language: 'nl',
    marked:
      'wonend {address:dr. j.m. den uylplein 4}, amsterdam. cliënt {person:T. Biharie}, geb. {birthdate:3 juli 1990}. vraag over kinderopvangtoeslag terugvordering',
  },
  {
    id: 'st088',
    language: 'en',
    marked:
      'met at the library. the road there, the "dreef", is being rebuilt and the bus stop moved. she took bus 66 and was 30 min late. discussed schooling for her daughter, grade 6',
  },
  {
    id: 'st089',
    language: 'nl',
    marked:
      'ze woont op {address:Martin Luther Kingpad 8} met haar dochter. mw {person:Ruth Kwakye}, geb {birthdate:1981}. dochter {person:Abigail}, {age:13 jaar}, wil op voetbal',
  },
  {
    id: 'st090',
    language: 'nl',
    marked:
      '{person:Jorge Martina} {address:Hannie Schaftstraat 2-4}, {postcode:1506 EZ} zaandam. vader van {person:Joël}, {age:3 jaar}. omgangsregeling loopt niet',
  },
  {
    id: 'st091',
    language: 'nl',
    marked:
      'bewoner vertelt dat er in zijn portiek 14 woningen zijn en 5 leeg staan. hij woont er sinds 1990. de huisbaas is een belegger, huur 950 per maand',
  },
  {
    id: 'st092',
    language: 'nl',
    marked:
      'dhr {person:Essed} kwam met een brief van de corporatie. eigen adres {address:Groenhoven 632}, {postcode:1103 LR}. de brief ging over het winkelcentrum op het bijlmerplein, niet over zijn woning',
  },
  {
    id: 'st093',
    language: 'nl',
    marked:
      'jonge moeder {person:Jamila}, is {age:19}, woont nog thuis bij ouders op {address:Purmerendweg 106}, {postcode:1311 XG} almere. wil naar amsterdam, staat ingeschreven sinds 2021',
  },
  {
    id: 'st094',
    language: 'en',
    marked:
      '{person:Daniel Osei} lives at {address:kelbergenlaan 12-3}, his room is at the back. aged {age:22}, finished debt counselling last month. wants to save for a deposit',
  },
  {
    id: 'st095',
    language: 'nl',
    marked:
      "bij de metro kraaiennest staan vaak mensen te wachten op het busstation. 's ochtends om 7 uur druk. ze werkt in de schoonmaak, begint om 6.30 in de stad",
  },
  {
    id: 'st096',
    language: 'nl',
    marked:
      'mw {person:Vlijter} woont {address:Holendrechterdijk 19}, dorp driemond. {age:77 jr}. haar man {person:Ben} is {age:80} en heeft parkinson. ze doet alles alleen',
  },
  {
    id: 'st097',
    language: 'nl',
    marked:
      '{person:lisa van den broek} {age:23 jr}, net uit schuldsanering. woont op {address:1e tuinwijkstraat 5-hs}, {postcode:1093 RP}. werkt bij de albert heijn, 24 uur per week',
  },
  {
    id: 'st098',
    language: 'nl',
    marked:
      'verhuisd naar de koraaldreef, huisnummer volgt nog. tot die tijd post naar de balie. ze belt zelf als ze de sleutel heeft',
  },
  {
    id: 'st099',
    language: 'en',
    marked:
      '{person:Grace Boakye}, {age:30 years old}, newcomer from ghana via family reunification. address {address:Flamingoweg 9}, 3rd floor, {postcode:1103 JV}. phone {phone:+31612894455}. wants dutch lessons in the evening',
  },
  {
    id: 'st100',
    language: 'nl',
    marked:
      'gezin woont in de k-buurt, flat heeft 11 verdiepingen. ze zitten op 10 hoog. lift 2 weken kapot geweest, oudere buren konden niet naar buiten',
  },
  {
    id: 'st101',
    language: 'nl',
    marked:
      'dhr {person:Sno} {age:69 jr} woont {address:karspledreef 77}, bedoelt {address:Karspeldreef 77} denk ik. typo van collega. mantelzorg voor zijn zus',
  },
  {
    id: 'st102',
    language: 'nl',
    marked:
      '{person:jennifer}, geb {birthdate:03-04-2001}, wonend {address:Prins Bernhardlaan 22 bov}, {postcode:2032HC} haarlem. dochter van mw {person:Rijssel} uit zuidoost',
  },
  {
    id: 'st103',
    language: 'nl',
    marked:
      'ze fietst elke dag langs de gooiseweg naar haar werk. het fietspad is slecht. ze wil dat het stadsdeel het repareert, melding via de app gedaan',
  },
  {
    id: 'st104',
    language: 'en',
    marked:
      'met {person:Yaw} and his mum at home. {address:Hoogoord 302}, {postcode:1102-CB}. {person:yaw} is {age:16} and was caught shoplifting. mum {person:Akosua Frimpong} works nights, he is alone a lot',
  },
  {
    id: 'st105',
    language: 'nl',
    marked:
      'adres {address:Bloemenkwartier 33}, {postcode:1106 ZS}. jongere {person:Kevin Lo-A-Njoe} {age:20jr}. wil een eigen rekening, iban wordt {iban:NL05 BUNQ 7975 4323 19}',
  },
  {
    id: 'st106',
    language: 'nl',
    marked:
      'overleg met school gehad over de 3 kinderen. de school ligt aan het plein achter de metro. mentor belt volgende week, afspraak om 15.45 in lokaal 1.12',
  },
  {
    id: 'st107',
    language: 'nl',
    marked:
      'woont op {address:Hogewoerd 12 3e}, de 3e verdieping dus, in leiden. mw {person:Ahmed} is weduwe, {age:61 jaar}, dochter woont in zuidoost en vraagt hulp',
  },
  {
    id: 'st108',
    language: 'nl',
    marked:
      'mw {person:Sabajo-Pinas} verhuisd van {address:Gravestein 145} naar {address:Dubbelink 22-1} in dezelfde buurt. kleiner, goedkoper. verhuisdatum 1 maart',
  },
  {
    id: 'st109',
    language: 'nl',
    marked:
      'dhr {person:Wong} weet zijn huisnummer niet uit zijn hoofd, woont ergens op de gaasperdreef. papieren liggen thuis. volgende keer meenemen',
  },
  {
    id: 'st110',
    language: 'nl',
    marked:
      '{person:Nathalie Veldkamp}, {age:33 jaar}, woont {address:Lange Nieuwstraat 4a}, {postcode:3512 PH} Utrecht. zus van dhr {person:Veldkamp} in zuidoost, komt 1x per week helpen',
  },
  {
    id: 'st111',
    language: 'nl',
    marked:
      'ze heeft 2 banen, 1 in de schoonmaak en 1 in de horeca. werkt 50 uur per week. moe. huur 812 euro, netto 1.900. de kinderen gaan 3 middagen naar de bso',
  },
  {
    id: 'st112',
    language: 'en',
    marked:
      'address: {address:Zonnebloemhof 3}, {postcode:1104 ZB}, amsterdam. mrs {person:Adjei}, aged {age:74}, wants to be called auntie {person:Mary}. her knees are bad, stairs are a problem',
  },
  {
    id: 'st113',
    language: 'nl',
    marked:
      'adres {address:Hakfort nr.12}, {postcode:1102 LA}. {person:Dwayne} {age:18 jaar} woont er met zijn moeder. heeft een boete van het cjib, 450 euro',
  },
  {
    id: 'st114',
    language: 'nl',
    marked:
      'tel {phone:06-12345 678} klopt niet meer volgens mw {person:Cruden}. nieuw nr {phone:0031 6 5512 0934}. adres ongewijzigd, staat in het dossier',
  },
  {
    id: 'st115',
    language: 'nl',
    marked:
      'mevr {person:Tjin-A-Kiem}, geb. {birthdate:1-1-1960}, woont {address:Willem Alexanderring 4-II}, {postcode:1312 AT} almere. zorgt 3 dagen per week voor haar kleinzoon in de bijlmer',
  },
  {
    id: 'st116',
    language: 'nl',
    marked:
      'de dreef wordt opnieuw ingericht, 2 jaar werk. bewoners boos over de kap van 40 bomen. ze wil meedoen aan de klankbordgroep, 1e bijeenkomst 19.30 in het buurthuis',
  },
  {
    id: 'st117',
    language: 'en',
    marked:
      '{person:Samuel Nkansah} lives at {address:5 Kouwenoord}, {postcode:1103 ML} amsterdam. he is {age:58}, lost his job at schiphol. carer for his wife. iban {iban:NL70 TRIO 8190 9378 65}',
  },
  {
    id: 'st118',
    language: 'nl',
    marked:
      'dhr {person:Soekhai} woont {address:slangenhof nr 23}, zijn broer {person:Ravi} op {address:slangenhof nr. 25}. ze zijn allebei al ver in de zeventig en helpen elkaar',
  },
  {
    id: 'st119',
    language: 'nl',
    marked:
      'op de kade bij driemond liggen woonboten, maar zij woont er niet, ze komt er alleen om te vissen. sprak over eenzaamheid na het overlijden van haar man in 2019',
  },
  {
    id: 'st120',
    language: 'nl',
    marked:
      'adres {address:Stekelbaardreef 211} (typo, is {address:stekelbaarsdreef 211}). zus van mw {person:Sabajo} uit een eerder gesprek, {person:Germaine Sabajo}, {age:31 jr}',
  },
  {
    id: 'st121',
    language: 'nl',
    marked:
      'jongere, {age:18 jaar oud}, na jeugdzorg nu op kamers: {address:2e Oosterparkstraat 120-3}, {postcode:1092BR}. heet {person:Romano Vos}. schuld 3.800 bij zorgverzekeraar',
  },
  {
    id: 'st122',
    language: 'nl',
    marked:
      'budgetcoach komt elke 2 weken. ze houdt nu een kasboek bij. boodschappen 60 euro per week, vaste lasten 1.150. lukt goed, over 3 maanden evalueren',
  },
  {
    id: 'st123',
    language: 'en',
    marked:
      'the bus stop on the dreef was moved 200m, she now walks past the parking garage, which is scary at night. nothing else to report. she wants to join the neighbourhood watch',
  },
  {
    id: 'st124',
    language: 'nl',
    marked:
      'mw {person:Oduro}, {age:45 jaar}, woont {address:ir. lelyweg 17 beneden} in koog a/d zaan, {postcode:1541 RB}. haar schoonmoeder woont erboven. komt elke week naar zuidoost voor haar zus',
  },
  {
    id: 'st125',
    language: 'nl',
    marked:
      'geb.datum {birthdate:23.09.2003}, bsn {bsn:176 031 376}. {person:Mohamed Bouzid}, nieuwkomer, woont nog in de opvang, geen eigen adres. wil naar de taalschool',
  },
  {
    id: 'st126',
    language: 'nl',
    marked:
      'via school doorverwezen. {person:Zoë}, {age:14 jr}, woont bij vader {person:Marco Verhoef} op de {address:Oranje-Nassaulaan huisnummer 61}, {postcode:1181 EM} amstelveen, en om het weekend bij moeder in de bijlmer',
  },
  {
    id: 'st127',
    language: 'nl',
    marked:
      'huisnr weet ik niet, ergens tussen 100 en 200 op de dreef. volgende keer vragen. ze was gehaast, moest om 12 uur de kinderen halen',
  },
  {
    id: 'st128',
    language: 'en',
    marked:
      'new tenant at {address:Driemondweg 28}, {postcode:1109 AN} driemond. {person:Lucy Appiah-Kubi}, born {birthdate:12/05/1988}, single, works at the hospital. email {email:lucy.ak88@yahoo.com}',
  },
  {
    id: 'st129',
    language: 'nl',
    marked:
      'metro 50 en 54 rijden niet in het weekend door werkzaamheden. ze moet naar haar werk in de stad, 2 bussen nu. reistijd 1 uur 10',
  },
  {
    id: 'st130',
    language: 'nl',
    marked:
      'adres: {address:Koningin Julianastraat 8 hs}, {postcode:1506 GD} zaandam. mw {person:Chaimae el Khatib} is {age:27}, net verhuisd uit zuidoost. bijstand moet overgaan naar zaanstad',
  },
  {
    id: 'st131',
    language: 'nl',
    marked:
      'DHR {person:ASARE} {address:FLORIJNPAD 44-I} {postcode:1102 BP}. {age:73 JR}. MANTELZORG DOOR DOCHTER, ZIJ WOONT IN ALMERE. (collega typte alles in hoofdletters)',
  },
  {
    id: 'st132',
    language: 'nl',
    marked:
      'de bewonerscommissie van de flat vergadert 1x per maand in ruimte 0.04. 12 leden. zij is voorzitter sinds 2020, wil meer jongeren erbij',
  },
  {
    id: 'st133',
    language: 'nl',
    marked:
      'woonde eerst op {address:St. Jansstraat 3} in hilversum, nu bij haar dochter op {address:Kouwenhoven 210 a-2}, {postcode:1104 DS}. mevr. {person:Tromp}, {age:80 jaar}, mist haar oude buurt',
  },
  {
    id: 'st134',
    language: 'en',
    marked:
      'client did not want to share her address or phone today. she said the "hof" where she lives is quiet but her block has mice. next appointment thursday 13:00, room 1.03',
  },
  {
    id: 'st135',
    language: 'nl',
    marked:
      'gesprek met {person:Lorenzo}, {age:21 jr}, over zijn schulden (6.700). woont op {address:Burgemeester Pieckweg 7-huis}, {postcode:1108 CK}. wil bewindvoering, aanvraag bij de rechtbank',
  },
  {
    id: 'st136',
    language: 'nl',
    marked:
      'bezoekrondje vandaag: {address:Gerenstein 102}; {address:gerenstein 140 hs}; {address:hoogoord 5}; {address:hoogoord 11-2}. alle 4 alleenstaande ouderen, allemaal de folder over de warme maaltijd gegeven',
  },
  {
    id: 'st137',
    language: 'nl',
    marked:
      'flat kikkenstein heeft 10 verdiepingen en 300 woningen. zij woont er, maar wil niet zeggen op welk nummer. angst voor ex-partner, veilig thuis ingeschakeld',
  },
  {
    id: 'st138',
    language: 'nl',
    marked:
      'vader {person:Mensah} woont in rotterdam, {address:Beijerlandselaan 201b}, {postcode:3074 EA}. moeder {person:Efua} in zuidoost op {address:Daalwijkdreef 56 huis}. kind is {age:6 jaar}, woont bij moeder',
  },
  {
    id: 'st139',
    language: 'en',
    marked:
      'her address is {address:Huigenbos 17 A}, {postcode:1103 EW}. {person:Sarah Mahabier}, aged {age:35}, informal carer for her father, who lives with her. she has not had a day off in 2 years',
  },
  {
    id: 'st140',
    language: 'nl',
    marked:
      'gesprek met {person:Emmanuel Darko}, {age:28 jr}, tel {phone:+31 (0)6 4411 2233}. dakloos sinds maart, slaapt in de nachtopvang. geen adres, wel een postadres aangevraagd',
  },
  {
    id: 'st141',
    language: 'nl',
    marked:
      'woont op 2 hoog in een portiekflat uit 1968. trappen steil. bouwjaar en staat van de woning genoteerd voor de corporatie. verder geen bijzonderheden',
  },
  {
    id: 'st142',
    language: 'nl',
    marked:
      'nieuw adres per 1 juni {address:Nellesteinweg 9 1-hoog}, {postcode:1106 BH}. {person:Jessica Pawirodirjo} {age:25jr} + baby. inrichtingskrediet aangevraagd',
  },
  {
    id: 'st143',
    language: 'nl',
    marked:
      'op het plein bij de markt sprak ik een vrouw die daar elke zaterdag staat met een kraam. ze verkoopt roti. vraag over vergunning, doorverwezen naar het ondernemersloket',
  },
  {
    id: 'st144',
    language: 'nl',
    marked:
      'ingeschreven op {address:Blauwe Zandweg 12}, {postcode:1106 DE}, maar woont feitelijk bij een vriendin op {address:Klieverink 404-3}. mw {person:Priscilla Apenteng}, {age:22 jaar}. inschrijving moet kloppen ivm toeslagen',
  },
  {
    id: 'st145',
    language: 'en',
    marked:
      'lives with his aunt, {address:Hoogoord 77 1hg}, {postcode:1102 AG}. {person:Kofi Asamoah}, {age:19 years}, left school early. wants an apprenticeship at a garage',
  },
  {
    id: 'st146',
    language: 'nl',
    marked:
      'ze werkt bij de bibliotheek in het anton de kom gebouw, 3 ochtenden. geeft ook computerles in buurthuis de kraai. geen vragen over geld, alleen over haar zoon',
  },
  {
    id: 'st147',
    language: 'nl',
    marked:
      'dhr {person:W. Vyent}, geb {birthdate:14 feb 1948}, woont {address:van ostadestr 12-1}, amsterdam {postcode:1072 SX}. neef van mw in zuidoost, helpt bij geldzaken. rek {iban:NL86 INGB 6252 7601 89}',
  },
  {
    id: 'st148',
    language: 'nl',
    marked:
      'kinderen spelen op het veld achter de flat. ze wil een hek want de weg is druk. 4 kinderen in haar portiek onder de 10',
  },
  {
    id: 'st149',
    language: 'nl',
    marked:
      'verhuisd naar {address:Zuid-Hollandlaan 88}, {postcode:2596 AL} den haag, bij haar nieuwe partner. {person:Denise Lieuw} is {age:37}. dossier overdragen aan den haag',
  },
  {
    id: 'st150',
    language: 'nl',
    marked:
      'mw {person:Amoah}, {age:68 jaar}, woont {address:bijlmerdreeef 600 a} (typo collega). tel {phone:(020) 697 12 34}. mantelzorg voor haar man na beroerte',
  },
  {
    id: 'st151',
    language: 'en',
    marked:
      'she lives "somewhere on the laan near the school", she would not say more. 3 children. no debts, just wants info about sports clubs for the kids',
  },
  {
    id: 'st152',
    language: 'nl',
    marked:
      'woont op de {address:Hofgeest 55}, bij haar moeder. {person:Melissa} ({age:17 jaar}) is zwanger, uitgerekend in augustus. moeder {person:Carla Linger} werkt fulltime',
  },
  {
    id: 'st153',
    language: 'nl',
    marked:
      '{postcode:1104 KR} {address:Zwaluwerf 6} - dhr {person:Kanhai}, {age:76 jr}, diabetes. dochter {person:Anita} komt dagelijks, zoon woont in suriname',
  },
  {
    id: 'st154',
    language: 'nl',
    marked:
      'in 2015 naar nederland gekomen, eerst azc in budel, sinds 2017 in zuidoost. 2 kinderen op school. werkt 20 uur. wil meer uren. volgende afspraak over 6 weken',
  },
  {
    id: 'st155',
    language: 'nl',
    marked:
      'mw {person:Zeegelaar} woont {address:Ouderkerkerdijk 140-A}, {postcode:1096 CK}. {age:87 jaar}. kleinzoon {person:Julian Zeegelaar} is mantelzorger, woont in zuidoost op {address:Echtenhof 19 2 hg}',
  },
  {
    id: 'st156',
    language: 'en',
    marked:
      'spoke with {person:Thomas Acheampong} by phone, {phone:0612437781}. he is {age:44}, caring for his mother. did not want a home visit. will email documents to {email:t.acheampong@gmail.com}',
  },
  {
    id: 'st157',
    language: 'nl',
    marked:
      'huisbezoek gepland op 12-04 om 10.00. collega gaat mee. nog geen adres ontvangen van de verwijzer, mail gestuurd',
  },
  {
    id: 'st158',
    language: 'nl',
    marked:
      'woont sinds 2020 op {address:Kempenaarsbaan 12A-3}, {postcode:1108 TZ}. jongere {person:Ricky Pinas} is {age:20}, krijgt studiefinanciering, schuld bij duo 9.000',
  },
  {
    id: 'st159',
    language: 'nl',
    marked:
      'ze zit in de schuldhulp sinds 2022. bedrag 14.250. 11 schuldeisers. traject duurt 18 maanden. motivatie goed, komt altijd op tijd',
  },
  {
    id: 'st160',
    language: 'nl',
    marked:
      'dhr {person:Vreedzaam} zei: "ik woon op {address:Kikkenstein 2301}, 9 hoog, al 30 jaar". is {age:79}, wil niet weg uit de flat',
  },
];
