import type { CorpusEntry } from './labelled';
export const BLIND_A: readonly CorpusEntry[] = [
  {
    id: 'ma001',
    language: 'nl',
    peopleMentioned: ['Jansen'],
    marked:
      'gespr. mevr {person:jansen} ({age:78 jaar}) woont sinds 1994 op de {address:gooioord}, flat is 50 jaar oud en lift vaak stuk. dochter komt 2 keer per week. wil meer contact met buren',
  },
  {
    id: 'ma002',
    language: 'nl',
    marked:
      'dhr {person:yilmaz} belt ivm schuld bij CJIB, € 1.250 openstaand. tel {phone:06-41378265}. afspraak 12-03 om 14.30 uur bij buurtteam',
  },
  {
    id: 'ma003',
    language: 'nl',
    marked:
      'kort gespr, bew. wil anoniem blijven. gaat over eenzaamheid, de weg naar werk is lang en bus 41 rijdt slecht in weekend. 3 kinderen thuis. thema: zelfbeschikking',
  },
  {
    id: 'ma004',
    language: 'nl',
    marked:
      "zus {person:fatima} helpt met post en formulieren. mevr {person:khadija benali} ({age:52}) heeft reuma, arbeidsongeschikt sinds 2019. geb. {birthdate:14-7-1974}. zegt 'alhamdulillah het gaat'",
  },
  {
    id: 'ma005',
    language: 'en',
    marked:
      'met with {person:kwame} and his mum {person:akosua mensah} at their place, {address:Kikkenstein 214}, {postcode:1103 TV}. {person:kwame} is {age:15}, skipping school a lot. mum works nights cleaning at schiphol',
  },
  {
    id: 'ma006',
    language: 'nl',
    peopleMentioned: ['mw de Vries', 'Henk', 'Ingrid'],
    marked:
      'mw {person:de vries} ({age:66 jaar}) mantelzorger voor haar man {person:henk} ({age:79}), dementie. ws respijtzorg nodig, evt dagbesteding via Cordaan. bel tzt dochter {person:ingrid}: {phone:06 2847 1163}',
  },
  {
    id: 'ma007',
    language: 'nl',
    marked:
      'jonge moeder {person:rashida} {age:19 jr}, zoontje net {age:1} geworden. woont bij haar moeder op {address:Hoogoord 67-III}, 3 gezinnen in 1 huis eigenlijk. wil eigen woning, ingeschreven bij WoningNet sinds 2022',
  },
  {
    id: 'ma008',
    language: 'nl',
    marked:
      'bsn mevr {person:soekhai}: {bsn:825550269} (nodig voor aanvraag bijzondere bijstand). iban {iban:NL65 ABNA 3490 7053 13}. verder gaat het redelijk 🙂',
  },
  {
    id: 'ma009',
    language: 'nl',
    marked:
      'buurtbijeenkomst in de huiskamer, 12 bewoners. gesprek over solidariteit en gelijkwaardigheid. op het plein spelen kids tot laat, overlast. afspraak 4 april opnieuw',
  },
  {
    id: 'ma010',
    language: 'nl',
    marked:
      'bel {person:ahmed} {phone:0612873340} morgen terug ivm huurachterstand Ymere (3 mnd, ca 2.100 euro)',
  },
  {
    id: 'ma011',
    language: 'en',
    marked:
      '{person:Hodan Warsame} ({age:34}) came with her 3 kids aged {age:4}, {age:9} and {age:11}. newcomer since 2023, statushouder. needs help w DUO letters and toeslagen. phone {phone:+31 6 19284736}',
  },
  {
    id: 'ma012',
    language: 'nl',
    marked:
      'dhr ({age:70}) wil naam niet noemen, woont alleen in Driemond, zoon in Almere komt zelden. zegt: ik ben niet zielig hoor. wil wel naar koffie-ochtend op woensdag',
  },
  {
    id: 'ma013',
    language: 'nl',
    peopleMentioned: ['Yaw Boateng', 'Ama Owusu'],
    marked:
      '{person:yaw boateng} en vriendin {person:ama owusu} samen bij gesprek. {person:yaw} heeft schulden bij 4 schuldeisers oa telefoonabonnement en zorgverzekering. email {email:yaw.boateng91@gmail.com}',
  },
  {
    id: 'ma014',
    language: 'nl',
    marked:
      'gesprek met de buurvrouw van nr 12, zij maakt zich zorgen om mevr op 3-hoog die al lang niet buiten was. bel morgen terug.',
  },
  {
    id: 'ma015',
    language: 'nl',
    marked:
      'mevr {person:Sharmila Ramsaran}, geb {birthdate:03/04/61}, {address:Bijlmerdreef 1021-II} {postcode:1102AB}. ws diabetes, wijkverpleegkundige {person:marleen} komt 3x per week. kleinzoon {person:vishal} ({age:17}) helpt met boodschappen',
  },
  {
    id: 'ma016',
    language: 'en',
    marked:
      'quick note: {person:jurgen} said his uncle {person:rudy martina} is {age:62}, lost job at GVB, depressed. lives at {address:reigersbos 58A}?? check. call {person:jurgen} tmrw {phone:06 45 12 90 87}',
  },
  {
    id: 'ma017',
    language: 'nl',
    marked:
      'oma {person:ria} ({age:84}) valt vaak, heeft alarmknop nodig. schoondochter {person:esther van den berg} regelt alles, tel {phone:020-6953128}. huis is 1 hoog zonder lift',
  },
  {
    id: 'ma018',
    language: 'nl',
    marked:
      'ivm privacy geen namen. bew. vertelt over de kade bij het water waar jongeren hangen. voelt zich niet veilig na 22.00 uur. tip: buurtpreventie app. waarde: betrokkenheid',
  },
  {
    id: 'ma019',
    language: 'nl',
    marked:
      'de {age:17-jarige} {person:emre öztürk} heeft boete van GVB en 2 van CJIB, totaal 480 euro. moeder {person:ayşe} wil dat hij zelf betaalt. iban moeder {iban:nl11ingb3769125330}',
  },
  {
    id: 'ma020',
    language: 'nl',
    marked:
      'tel. {person:joyce}: {phone:06.53.21.78.04}. zij is mantelzorger voor broer met autisme ({age:24 jaar}). hulp bij pgb aanvraag ws via Sociaal Loket',
  },
  {
    id: 'ma021',
    language: 'nl',
    peopleMentioned: ['Mohamed Amrani'],
    marked:
      'dhr {person:amrani} ({age:58}) afgekeurd, uitkering UWV 70 procent. wil vrijwilligerswerk bij moskee. woont {address:kromwijk 3 2-hoog}, {postcode:1104 ab}',
  },
  {
    id: 'ma022',
    language: 'en',
    marked:
      'group session at community centre, 8 women, topic compassion and self determination. the road to the station is dark at night, they want more lights. next meeting 14.30 on thursday',
  },
  {
    id: 'ma023',
    language: 'nl',
    marked:
      'Meneer is {age:95}! woont nog zelfstandig, {address:Grubbehoeve 411}. dochter {person:Wilma Jansen-Bakker} komt dagelijks. mail {email:wjansenbakker@ziggo.nl}',
  },
  {
    id: 'ma024',
    language: 'nl',
    marked:
      'gespr. met {person:akosua} over haar kids, de oudste is {age:16}, jongste {age:8}. alleenstaand, werkt bij Albert Heijn. vlgs haar geen geld voor sport, evt Jeugdfonds Sport',
  },
  {
    id: 'ma025',
    language: 'nl',
    marked:
      "mevr {person:rosalia} ({age:36}), komt van Curaçao, sinds 2021 hier. dob {birthdate:12-11-1990}, bsn {bsn:415107167}. zoekt werk in de zorg, spreekt papiaments en nl. 'mi ta bon' zegt ze",
  },
  {
    id: 'ma026',
    language: 'nl',
    marked:
      'mw {person:dwarka} heeft 2 banen, nauwelijks tijd voor kinderen. 450 euro per maand naar opvang. wil minder werken maar kan niet. iban voor teruggave {iban:NL89 INGB 1757 5149 37}. gaat over autonomie eigenlijk',
  },
  {
    id: 'ma027',
    language: 'en',
    marked:
      'talked to {person:kofi mensah}, {age:23}, student debt at DUO ~ 18k. email {email:KOFI.MENSAH@OUTLOOK.COM}. lives w his aunt in Holendrecht, {address:Hakfort 502}, {postcode:1106 BC}. wants budget coaching asap',
  },
  {
    id: 'ma028',
    language: 'nl',
    marked:
      'buurman {person:kees} (ca {age:70}) helpt mevr {person:pinas} met boodschappen. mevr {person:pinas} is blind, {age:81 jr}. vlgs {person:kees} eet ze slecht',
  },
  {
    id: 'ma029',
    language: 'nl',
    peopleMentioned: ['Dennis', 'Wim de Graaf'],
    marked:
      'schoonzoon {person:dennis} belt namens opa {person:wim de graaf}, {age:88}. tel {person:dennis} {phone:06-2937 4410}. opa wil niet naar verpleeghuis, zelfbeschikking belangrijk voor hem',
  },
  {
    id: 'ma030',
    language: 'nl',
    marked:
      "mw {person:kromodimedjo} woont {address:Nellesteinpad 22 bv}, {postcode:1108AB}. nieuwe rollator nodig, WMO aanvraag loopt. geb. {birthdate:3 april '51}",
  },
  {
    id: 'ma031',
    language: 'nl',
    marked:
      'op de bijlmerdreef is een markt op zaterdag, bew. gaat daar met de buurvrouw heen. lijn 47 stopt vlakbij. voelt zich daar thuis',
  },
  {
    id: 'ma032',
    language: 'en',
    marked:
      'mum {person:martina} (tel {phone:0644129857}) worried about her son {person:jaydon}, {age:14}, hanging out at the square late. school (juf {person:sandra}) also called her. born {birthdate:2012}',
  },
  {
    id: 'ma033',
    language: 'nl',
    marked:
      'gespr. mw {person:bouchra el idrissi}, 5 kinderen: {age:2}, {age:5}, {age:7}, {age:10} en {age:13 jaar}. man werkt in Marokko, zij alleen hier. ivm taal arabische tolk nodig tzt, inshallah volgende keer',
  },
  {
    id: 'ma034',
    language: 'nl',
    peopleMentioned: ['Abdirahman Farah', 'Sahra'],
    marked:
      '{person:abdirahman farah} ({age:41}) en zijn vrouw {person:sahra}. hij wil inburgering afmaken. iban {iban:NL50 RABO 1379 0441 78} voor terugbetaling eigen bijdrage. adres {address:daalwijkdreef 37}',
  },
  {
    id: 'ma035',
    language: 'nl',
    marked:
      'tante {person:lucia} + neef {person:rigo} ({age:19}) kwamen samen. {person:rigo} heeft schuld bij zorgverzekeraar ong. 900 eur. tel {phone:+31612459087}, mail {email:rigo_maduro@hotmail.com}',
  },
  {
    id: 'ma036',
    language: 'nl',
    marked:
      'kort: mevr wil niet dat iets wordt opgeschreven. respecteren. volgende keer evt met tolk. bel morgen terug via buurtteam',
  },
  {
    id: 'ma037',
    language: 'en',
    marked:
      '{person:Sharon Wijngaarde}, informal carer for her mother ({age:76}), burned out. d.o.b. {person:sharon} {birthdate:21/06/1979}. wants respite care. email {email:s.wijngaarde@live.nl}',
  },
  {
    id: 'ma038',
    language: 'nl',
    marked:
      'juf {person:anouk} van basisschool maakt zich zorgen om {person:mila} ({age:7}), komt vaak zonder ontbijt. moeder {person:naomi}, {age:24 jaar}, wil wel hulp maar schaamt zich',
  },
  {
    id: 'ma039',
    language: 'nl',
    marked:
      "dhr {person:ramdin} geb. {birthdate:'58}, woont {address:Groenhoven 611}, {postcode:1103 lt}, tel {phone:020/6912345}. last van schimmel in badkamer, Ymere reageert niet. woont er al 12 jaar",
  },
  {
    id: 'ma040',
    language: 'nl',
    marked:
      'Albert Heijn en Hema dicht op het plein tijdens verbouwing, ouderen moeten ver lopen. 2 keer per week boodschappenbus. sinds 2019 steeds minder winkels',
  },
  {
    id: 'ma041',
    language: 'en',
    marked:
      'met with {person:yildiz} family. dad {person:mehmet yıldız} {age:49}, mum {person:ayse} works part time. kids aged {age:6} and {age:12}. rent arrears 3 months. iban {iban:nl47snsb8693868655}',
  },
  {
    id: 'ma042',
    language: 'nl',
    peopleMentioned: ['Henk', 'Truus van der Meer'],
    marked:
      '{person:henk} ({age:83}) en {person:truus van der meer} ({age:81}) wonen {address:Kraaiennest 71}, {postcode:1104 CK}. willen graag samen naar woonzorgcentrum. mantelzorg door dochter in Weesp',
  },
  {
    id: 'ma043',
    language: 'nl',
    marked:
      'sms van {person:akua}: kan ws niet komen, kind ziek 😞. nieuw nummer {phone:06 38 72 91 05}. verzetten naar vrijdag 10.00',
  },
  {
    id: 'ma044',
    language: 'nl',
    marked:
      'bew ({age:27}) heeft licht verstandelijke beperking, begeleiding via Cordaan. woont begeleid op {address:Meernhof 9}. bsn {bsn:237 641 331} voor indicatie',
  },
  {
    id: 'ma045',
    language: 'en',
    marked:
      'no names pls, resident scared of landlord. rent is 1.050 per month, 70 percent of income. told her about rent allowance and the housing counter. follow up in 2 weeks',
  },
  {
    id: 'ma046',
    language: 'nl',
    marked:
      "mevr {person:owusu-ansah} ({age:45 jaar}) zorgt voor zieke moeder in Ghana én hier 3 kinderen. stuurt elke maand 200 euro naar huis. geen ruimte voor zichzelf. 'me ho ye' zegt ze, gaat wel",
  },
  {
    id: 'ma047',
    language: 'nl',
    marked:
      'tel {person:kwabena}: {phone:0687123490}. hij heeft baan gevonden bij PostNL! 🎉 wil schuldhulp afronden. iban {iban:NL09ASNB0936602348}',
  },
  {
    id: 'ma048',
    language: 'nl',
    peopleMentioned: ['Rashida Soekhai'],
    marked:
      'mw {person:r. soekhai}, {age:38}, alleenstaand met 2 zonen. geb {birthdate:1988}. woont {address:Hoogoord 211}, {postcode:1102 CC}. mail {email:rashida.soekhai@gmail.com}',
  },
  {
    id: 'ma049',
    language: 'nl',
    marked:
      'neef {person:jerrel pinas} ({age:22}) is mantelzorger voor oom met ALS. stopt met opleiding ivm zorg. bel {phone:06-17394028}. tzt gesprek met MEE',
  },
  {
    id: 'ma050',
    language: 'nl',
    marked:
      'dhr {person:sno} vertelt dat de weg naar de metro donker is en dat aan de kade vaak gedeald wordt. woont er al 30 jaar, ziet de buurt veranderen. gebouw is 45 jaar oud',
  },
  {
    id: 'ma051',
    language: 'en',
    marked:
      '{person:Ama} ({age:29}) pregnant with 2nd child, partner {person:kojo} not around. address {address:develstein 100-B}, {postcode:1102ah}. born {birthdate:4 Feb 1997}',
  },
  {
    id: 'ma052',
    language: 'nl',
    marked:
      'opa {person:theo} ({age:91}) wil rijbewijs niet inleveren 😅. kleindochter {person:lotte de boer} belt hierover: {phone:06 1122 8734}. ws gesprek met huisarts',
  },
  {
    id: 'ma053',
    language: 'nl',
    peopleMentioned: ['E. Maduro'],
    marked:
      "dhr. {person:e. maduro}, {age:67 jaar oud}, iban {iban:NL77 BUNQ 0385 0295 09}, bsn {bsn:738608658}. aanvraag bijzondere bijstand voor wasmachine. geb {birthdate:9-9-1959}. 'danki' zei hij",
  },
  {
    id: 'ma054',
    language: 'nl',
    marked:
      'bij de huisarts gesprek gehad over depressie. met haar afgesproken dat ze elke week belt. zus komt morgen. bel morgen terug.',
  },
  {
    id: 'ma055',
    language: 'nl',
    marked:
      'mevr {person:sevgi öztürk} (geb. {birthdate:12.05.1971}) wil taalles. man {person:hasan} werkt in de haven. woont {address:Kelbergen 56}, {postcode:1104 LG}. tel {phone:06 - 27 48 11 93}',
  },
  {
    id: 'ma056',
    language: 'en',
    marked:
      "follow up {person:aisha benali}: her daughter {person:nora} turned {age:18} last week, so child benefit stops. needs to apply at DUO. {person:aisha}'s email {email:aisha.b@hotmail.nl}.",
  },
  {
    id: 'ma057',
    language: 'nl',
    marked:
      'gesprek {person:farah} ({age:16}) met moeder. {person:farah} dreigt uit huis gezet te worden door stiefvader. spoed!! veilig thuis gebeld. adres moeder {address:Karspeldreef 1344}',
  },
  {
    id: 'ma058',
    language: 'nl',
    marked:
      'vandaag 3 gesprekken gepland, 2 no-show. derde was mw {person:tjin}, wil het hebben over gelijkwaardigheid bij loket, voelt zich niet serieus genomen. afspraak 12-03 verzet',
  },
  {
    id: 'ma059',
    language: 'nl',
    peopleMentioned: ['Gerda Visser', 'Klaas Visser'],
    marked:
      '{person:gerda} en {person:klaas visser}, beiden {age:72}, wonen in Driemond {address:Driemondweg 17}, {postcode:1109 bm}. {person:klaas} heeft parkinson. {person:gerda} doet alles alleen, kan niet meer. wil huishoudelijke hulp',
  },
  {
    id: 'ma060',
    language: 'en',
    marked:
      "{person:kwame}'s teacher mr {person:de jong} called, {person:kwame} missed 20 days. told mum. teacher email {email:r.dejong@obs-depiramide.nl}",
  },
  {
    id: 'ma061',
    language: 'nl',
    marked:
      "{person:yusuf} , {age:20}, jongere met schulden (ca 6.000). heeft geen DigiD. bsn {bsn:456 667 854}, iban {iban:NL30 RBRB 7078 1121 91}. vlgs hem 'wallah ik ga het regelen'",
  },
  {
    id: 'ma062',
    language: 'nl',
    marked:
      'wijkverpleegkundige {person:petra} meldt: mevr {person:de wit} ({age:89}) eet niet meer goed. {person:petra} bereikbaar op {phone:06 4459 2210}',
  },
  {
    id: 'ma063',
    language: 'nl',
    marked:
      'met bewoonster {person:gloria} langs speeltuin op het plein gelopen, kids spelen daar. huur ging 450 euro per jaar omhoog. bus 41 vaak te laat. zij woont {address:Bijlmerdreef 702}, {postcode:1102 bx}. geen vervolg nodig',
  },
  {
    id: 'ma064',
    language: 'nl',
    marked:
      'mevr {person:aziz} is {age:62}, weduwe, eenzaam. woont {address:Gaasperdammerweg 482}. geen kinderen in NL. wil vrijwilligerswerk bij bieb',
  },
  {
    id: 'ma065',
    language: 'nl',
    marked:
      '{person:soraya} (tienermoeder, {age:17 jaar}) - baby {person:nayeli} geb. {birthdate:2-8-2026}. woont nog bij moeder op de {address:florijn}. kraamzorg was goed',
  },
  {
    id: 'ma066',
    language: 'nl',
    marked:
      'mw {person:rosa martina-isenia} vraagt hulp met energietoeslag. tel {phone:0031 6 33 91 28 74}. iban {iban:nl23 ingb 3557 8779 32}. zingt in kerkkoor, bon dia tegen iedereen',
  },
  {
    id: 'ma067',
    language: 'nl',
    marked:
      'met de buurvrouw van mevr {person:essed} gesproken over het plein, ze vindt het te vies. 2 keer per week wordt er geveegd. solidariteit in de straat is groot zegt ze',
  },
  {
    id: 'ma068',
    language: 'en',
    marked:
      '{person:Abena} ({age:31}) and {person:Kofi Asante} ({age:34}) newcomers from Ghana, 1st year. kids {age:3} and {age:5}, looking for school. address {address:Bijlmerdreef 1289}, {postcode:1103TV}? pls check. phone {phone:+31 6 5512 3987}',
  },
  {
    id: 'ma069',
    language: 'nl',
    marked:
      'gespr {person:ravi} ({age:55}) - werkloos sinds 2020, schulden Belastingdienst. geb {birthdate:30-1-1971}. bsn {bsn:238035517}. vrouw {person:anita} werkt in schoonmaak',
  },
  {
    id: 'ma070',
    language: 'nl',
    marked:
      'mw {person:t. boateng}, {age:70 jaar}, vraagt om bezoek thuis ivm heup. {address:Hoogoord 1099}, {postcode:1102 CD}. tel {phone:020-6989904}',
  },
  {
    id: 'ma071',
    language: 'nl',
    marked:
      'zoon {person:brian} ({age:12}) wordt gepest op school. meester {person:frank} weet ervan. moeder wil niet naar Jeugdzorg, wel praten',
  },
  {
    id: 'ma072',
    language: 'nl',
    marked:
      'bewoner ({age:71}) vertelt dat flat 50 jaar oud is en dat lift sinds 2019 elke maand stuk gaat. 3 kinderen in huis, moet 5 trappen op met boodschappen',
  },
  {
    id: 'ma073',
    language: 'en',
    marked:
      'chat with {person:chiara} ({age:26}), mother of twins aged {age:2}. partner in prison. she needs help with CJIB fine. email {email:chiara.rosalia96@gmail.com}, iban {iban:NL63RABO4021504558}',
  },
  {
    id: 'ma074',
    language: 'nl',
    peopleMentioned: ['Mustafa', 'Elif'],
    marked:
      'dhr {person:mustafa} ({age:74}) wil 6 maanden naar Turkije, wat betekent dat voor AOW? woont {address:bijlmerdreef 440}, {postcode:1102 BD}. dochter {person:elif} vertaalt, tel {phone:06 14 85 27 63}',
  },
  {
    id: 'ma075',
    language: 'nl',
    marked:
      '{person:jan-willem de vries} ({age:43}) mantelzorger voor zijn moeder ({age:77}), wil mantelzorgwaardering aanvragen. mail {email:jw.devries@kpnmail.nl}',
  },
  {
    id: 'ma076',
    language: 'nl',
    marked:
      'mevr. {person:van den berg} geb. {birthdate:22 oktober 1948} heeft valpartij gehad. woont {address:Holendrechterweg 31}. schoonzoon {person:ruud} belt tzt',
  },
  {
    id: 'ma077',
    language: 'nl',
    marked:
      'bew. {person:wendell} {age:33 jr}, wil ondernemen (kapsalon). insta {url:www.instagram.com/wendellcutz}. schulden bij Belastingdienst ws 3.200',
  },
  {
    id: 'ma078',
    language: 'en',
    marked:
      "resident didn't want to give name. talked about equality and the way people treat newcomers at the counter. she has 3 children, works 2 days a week. appointment 14.30 next tuesday",
  },
  {
    id: 'ma079',
    language: 'nl',
    marked:
      'tel {person:mirjam}: {phone:06.18.93.44.70}. haar vader ({age:86}) woont alleen op {address:Sikkelhoeve 3}, {postcode:1104 HN}. ws dementie begint',
  },
  {
    id: 'ma080',
    language: 'nl',
    peopleMentioned: ['Hassan El Amrani', 'Naima El Amrani'],
    marked:
      '{person:hassan} en {person:naima el amrani} - 4 kids: {age:1}, {age:4}, {age:9}, {age:14}. gezin woont te klein, 3 kamers. urgentie aangevraagd bij Ymere',
  },
  {
    id: 'ma081',
    language: 'nl',
    marked:
      'gespr mevr {person:tjon a joe} ({age:64 jaar}), mantelzorger voor zoon met beperking ({age:35}). wil logeeropvang. bsn zoon {bsn:4398.41.410}',
  },
  {
    id: 'ma082',
    language: 'en',
    marked:
      "{person:Yaw} called from a new number {phone:06-44 19 27 35}, still waiting on the debt plan. he is {age:29} and tired of it. said 'I'm done bro'",
  },
  {
    id: 'ma083',
    language: 'nl',
    marked:
      'Ymere komt volgende week kijken naar lekkage bij fam {person:doelwijt}, {address:Kikkenstein 1188}, {postcode:1103 TN}. blij mee. autonomie: wil zelf regelen met verhuurder, wij alleen meekijken',
  },
  {
    id: 'ma084',
    language: 'nl',
    marked:
      'mw {person:kartosen} ({age:69}) geb. {birthdate:6 mei 1957}, woont {address:Kempering 13-hs}, {postcode:1104 la}. dochter {person:sandra kartosen} woont in Almere',
  },
  {
    id: 'ma085',
    language: 'nl',
    marked:
      'jongere {person:dylan} {age:19}, uit huis gezet, slaapt bij vrienden. geen adres, post via buurtteam. tel {phone:0614558203}. mail {email:dylanxx@gmail.com}',
  },
  {
    id: 'ma086',
    language: 'en',
    marked:
      "spoke with mrs {person:ramsaran} about her husband {person:anand} ({age:73}), stroke last month. she's {age:70}. they live {address:gooioord 310}. iban {iban:NL82 SNSB 7475 9894 72} for the wmo contribution",
  },
  {
    id: 'ma087',
    language: 'nl',
    peopleMentioned: ['Ilse'],
    marked:
      'buurvrouw {person:ilse} signaleert dat mevr op nr 45 al dagen niet buiten is geweest. gebeld met wijkagent. bel morgen terug',
  },
  {
    id: 'ma088',
    language: 'nl',
    marked:
      'dhr {person:baptiste} uit Curaçao, {age:58}, wil terug maar pensioen... mail {email:Baptiste.E@gmail.com}, tel {phone:+31 6 2789 1145}. ayo',
  },
  {
    id: 'ma089',
    language: 'nl',
    marked:
      'met {person:jamila} en de kinderen ({age:4} en {age:6}) naar het park geweest, de weg is lang. woont er al 8 jaar. huur 870 euro. afspraak op 4 april bij loket',
  },
  {
    id: 'ma090',
    language: 'nl',
    marked:
      '{person:ayaan} ({age:21}) somalisch, studeert hbo, schuld DUO. woont met moeder {person:sahra warsame} ({age:50}) op {address:Anton de Komplein 612}. iban {iban:NL10 TRIO 5800 5932 62}',
  },
  {
    id: 'ma091',
    language: 'nl',
    marked:
      '{person:efua darko} ({age:68}) eenzaam sinds man overleden is. loopt elke dag naar de markt op de bijlmerdreef, dat houdt haar op de been. tel {phone:020 697 23 41}',
  },
  {
    id: 'ma092',
    language: 'nl',
    peopleMentioned: ['mevr Helder', 'Erik'],
    marked:
      'mevr {person:helder} belt: haar man {person:erik} ({age:61}) heeft hersenletsel na ongeluk, is snel boos. mantelzorg zwaar. vraagt lotgenotengroep. email {email:m.helder71@gmail.com}',
  },
  {
    id: 'ma093',
    language: 'nl',
    marked:
      '{person:ilyas} {age:15 jaar} + {person:imran} {age:13 jaar}, broers. vader in ziekenhuis. moeder {person:saida} ({age:40}) spreekt weinig nl. tolk arabisch',
  },
  {
    id: 'ma094',
    language: 'nl',
    marked:
      'dhr {person:goedhart} ({age:76}) wil praten over compassie in de buurt, mensen groeten niet meer. sinds corona anders. 2 keer per maand koffieochtend in de kerk. iban {iban:nl76 snsb 8733 4982 59} voor bijdrage',
  },
  {
    id: 'ma095',
    language: 'nl',
    marked:
      'dhr {person:isenia} ({age:63}) geb. {birthdate:19 maart 1963}, woont {address:Hakfort 810}, {postcode:1106 CX}, bsn {bsn:5292 21433}',
  },
  {
    id: 'ma096',
    language: 'en',
    marked:
      '{person:emre}, {age:17 years old}, wants to quit school and work. mum {person:ayşe öztürk} against it. his insta {url:instagram.com/emre.oz_07}',
  },
  {
    id: 'ma097',
    language: 'nl',
    marked:
      'mevr {person:jansen} ({age:80}) vraagt of kleinzoon {person:tim} mag meekomen volgende keer. tel {person:tim}: {phone:06 2290 4411}',
  },
  {
    id: 'ma098',
    language: 'nl',
    marked:
      'schoondochter {person:priya} belt ivm schoonvader {person:mahadew} ({age:84}), wil hem in huis nemen. pgb? adres {address:Gaasperpark 24-II}, {postcode:1103 ca}',
  },
  {
    id: 'ma099',
    language: 'nl',
    marked:
      'overleg Buurtteam + UWV over jongeren zonder startkwalificatie. ca 40 jongeren in wijk. gemiddeld 2.800 euro schuld. waarde: gelijkwaardigheid',
  },
  {
    id: 'ma100',
    language: 'en',
    marked:
      'follow-up w {person:akosua}: she got the job at the hospital! 🙌 {person:kwame} (her son, {age:15}) doing better at school. new email {email:akosua.m@yahoo.com}',
  },
  {
    id: 'ma101',
    language: 'nl',
    marked:
      'gespr {person:joëlle} ({age:23}), jonge moeder, dochter {person:amara} bijna {age:2}. woont {address:daalwijkdreef 114}, {postcode:1103 AD}. iban {iban:NL31ASNB8480071956}',
  },
  {
    id: 'ma102',
    language: 'nl',
    marked:
      'dhr {person:van der laan}, geboren in {birthdate:1942}, woont {address:Meerkerkdreef 133}, {postcode:1106 gn}. wil niet naar verzorgingshuis, kinderen wel',
  },
  {
    id: 'ma103',
    language: 'nl',
    marked:
      '{person:mohamed} ({age:19}) wil rijbewijs halen maar CJIB boetes. tel {phone:06-8132 7754}. vader {person:abdelkader amrani} wil meebetalen',
  },
  {
    id: 'ma104',
    language: 'nl',
    marked:
      'gebeld met woningcorporatie over schimmel bij mevr {person:nijman}. komen over 2 weken. zij is boos, wacht al sinds 2021. 3 kids met astma',
  },
  {
    id: 'ma105',
    language: 'nl',
    marked:
      'mw {person:wijngaarde} ({age:74 jaar}) is mantelzorger voor zus ({age:77}). woont {address:Kikkenstein 2401}, {postcode:1103 tb}. mail via kleinkind {email:dani.wijngaarde@outlook.com}',
  },
  {
    id: 'ma106',
    language: 'nl',
    peopleMentioned: ['Fatoumata Diallo'],
    marked:
      '{person:fatoumata diallo} ({age:32}) uit Guinee, 2 kinderen ({age:6} en {age:8}). statushouder. bsn {bsn:565606724}. vlgs haar helpen de buren veel',
  },
  {
    id: 'ma107',
    language: 'nl',
    marked:
      "buurman {person:jopie} brengt elke dag eten bij oom {person:frits} ({age:80}). {person:frits} wil geen thuiszorg, 'ik red me wel'",
  },
  {
    id: 'ma108',
    language: 'nl',
    marked:
      'tel. {person:sharmila}: {phone:020-6914477} of mobiel {phone:06 48 59 20 13}. kan alleen na 17.00 uur',
  },
  {
    id: 'ma109',
    language: 'en',
    peopleMentioned: ['Jurgen Isenia', 'Liam'],
    marked:
      '{person:Jurgen Isenia} ({age:35}) dad of {person:liam} ({age:6}), single parent. dob {birthdate:07/12/1990}. bank {iban:NL79 BUNQ 1800 7557 25}. lives {address:Reigersbos 104A}, {postcode:1107 AB}',
  },
  {
    id: 'ma110',
    language: 'nl',
    marked:
      'lijn 47 en bus 41 rijden niet meer door de wijk sinds 2024. ouderen klagen. 70 procent van de bewoners is het eens. bespreken op 4 april',
  },
  {
    id: 'ma111',
    language: 'nl',
    marked:
      'gespr met {person:hatice} ({age:44}) en dochter {person:zeynep} ({age:16}). {person:zeynep} wil hulp bij huiswerk, moeder wil taalcursus. tel {phone:0620 11 54 87}',
  },
  {
    id: 'ma112',
    language: 'nl',
    marked:
      'dhr {person:osei} belt in paniek: beslag op loon. iban {iban:NL74RBRB5275188986}. geb {birthdate:11-1-1980}. woont {address:gaasperlaan 260}',
  },
  {
    id: 'ma113',
    language: 'nl',
    marked:
      "bij oma {person:gladys} ({age:87}) op bezoek, ze woont al 40 jaar op de {address:gooioord}. kinderen wonen in Suriname. 'mi no sabi' als ik vraag naar formulieren",
  },
  {
    id: 'ma114',
    language: 'en',
    marked:
      '{person:Tariq} (aged {age:24}) asked about free legal help, landlord {person:bakker} wants him out. email {email:tariq.h@protonmail.com}',
  },
  {
    id: 'ma115',
    language: 'nl',
    marked:
      'mevr {person:de jong-van dijk} ({age:58}) heeft burn-out, mantelzorger voor dochter met epilepsie ({age:22}). tel {phone:06 52 71 83 90}',
  },
  {
    id: 'ma116',
    language: 'nl',
    marked:
      'gesproken met de buurvrouw bij de huisarts in de wachtkamer. met haar gaat het beter. bel morgen terug om 14.30 uur. zus van haar komt op bezoek',
  },
  {
    id: 'ma117',
    language: 'nl',
    marked:
      '{person:kevin} en {person:shanice} - jong stel ({age:20} en {age:19}), baby op komst. ingeschreven sinds 2023. mail {person:shanice} {email:shanicex03@hotmail.com}',
  },
  {
    id: 'ma118',
    language: 'nl',
    peopleMentioned: ['Latifa', 'Omar Bouzid'],
    marked:
      '{person:latifa} ({age:37}) en man {person:omar bouzid} ({age:42}). {person:omar} heeft rugklachten, werkt niet. {person:latifa} werkt in de thuiszorg. bsn {person:omar} {bsn:530 623 511}',
  },
  {
    id: 'ma119',
    language: 'en',
    marked:
      'home visit {address:Kelbergen 122}, {postcode:1104 LH}. mr {person:agyeman} ({age:79}) lives alone, diabetic. his son {person:kwaku} phone {phone:+31 (0)6 41 22 93 07}',
  },
  {
    id: 'ma120',
    language: 'nl',
    marked:
      "mevr {person:el khatib} ({age:47}) vraagt info over schuldsanering. iban {iban:nl80 abna 3741 1990 07}. geb {birthdate:2 juni '79}",
  },
  {
    id: 'ma121',
    language: 'nl',
    marked:
      'themabijeenkomst zelfbeschikking en autonomie voor mensen met beperking. 15 bezoekers, 3 begeleiders. na afloop gesproken met {person:nadia} ({age:29}), rolstoel, wil meer meedoen',
  },
  {
    id: 'ma122',
    language: 'nl',
    marked:
      '{person:sanne} (wijkverpleegkundige) + {person:marco} (huisarts) overleg over mevr {person:ramdin}, {age:83}. valgevaar. zoon {person:dinesh ramdin} tel {phone:06 3384 1290}',
  },
  {
    id: 'ma123',
    language: 'en',
    marked:
      '{person:amina} ({age:16}) is pregnant, wants to stay in school. her mum doesnt know yet. contact through whatsapp {phone:0651729384}',
  },
  {
    id: 'ma124',
    language: 'nl',
    marked:
      'dhr {person:pinas} ({age:66}) aow sinds vorig jaar, niet genoeg. woont {address:Florijn 52}, {postcode:1102 BA}. bsn {bsn:129022688}',
  },
  {
    id: 'ma125',
    language: 'nl',
    marked:
      'tante {person:rosalind} ({age:71}) vangt 2 kleinkinderen op ({age:5}, {age:9}). geen vergoeding. iban {iban:NL21I NGB94 21655 135}',
  },
  {
    id: 'ma126',
    language: 'nl',
    marked:
      'bewoner wil niet in de notities. praat over de gracht achter de flat waar afval ligt, en dat de weg naar school onveilig is',
  },
  {
    id: 'ma127',
    language: 'en',
    marked:
      "met with {person:kwame} and his mum again. {person:kwame} turned {age:16} 😊 wants to do MBO. mum's new number {phone:06 30 19 47 82}",
  },
  {
    id: 'ma128',
    language: 'nl',
    marked:
      'mevr {person:s. pinas-kromodimedjo} ({age:52}) woont {address:Groenhoven 744}, {postcode:1103 lw}, email {email:spinas@hotmail.nl}. vraagt naar mantelzorgcafe',
  },
  {
    id: 'ma129',
    language: 'nl',
    marked:
      'dhr {person:appiah} geb {birthdate:01-01-1955} (weet exacte datum niet, staat zo in papieren) dus {age:71}. wil AOW-gat uitzoeken',
  },
  {
    id: 'ma130',
    language: 'nl',
    marked:
      'op het plein spelen kids, op de dreef rijden scooters te hard. 2 keer per week wijkagent. melding van dhr {person:vos}, tel {phone:06-4812 9930}. bewoners willen drempels',
  },
  {
    id: 'ma131',
    language: 'en',
    marked:
      '{person:Hodan} (mum from last week) came back with {person:abdi} ({age:9}). email {email:hodan.w@gmail.com}',
  },
  {
    id: 'ma132',
    language: 'nl',
    marked:
      'schoonzoon {person:marcel} meldt dat mw {person:bakker} ({age:92}) niet meer zelfstandig kan wonen. {person:marcel} tel {phone:06 40 11 28 65}',
  },
  {
    id: 'ma133',
    language: 'nl',
    marked:
      '{person:esra} ({age:28}), mantelzorger voor vader met MS. woont {address:Nellesteingracht 87}, {postcode:1102 CT}. iban {iban:NL72 RABO 3314 4664 49}',
  },
  {
    id: 'ma134',
    language: 'nl',
    peopleMentioned: ['Delano'],
    marked:
      '{person:delano} is net {age:18} geworden, jeugdhulp stopt. geen zorgverzekering afgesloten! z.s.m. regelen. tel {phone:06-19 28 37 46}',
  },
  {
    id: 'ma135',
    language: 'nl',
    marked:
      'mevrouw van 3e verdieping zegt gebouw is 50 jaar oud en lift is sinds juni kapot. 70 procent van bewoners is oud',
  },
  {
    id: 'ma136',
    language: 'nl',
    marked:
      'mevr {person:obeng} ({age:39}) werkt 3 banen, kinderen van {age:3}, {age:7} en {age:12} alleen thuis na school. vraagt naschoolse opvang',
  },
  {
    id: 'ma137',
    language: 'nl',
    peopleMentioned: ['Kadir', 'Osman Yildiz'],
    marked:
      '{person:kadir} belt ivm vader {person:osman yildiz} ({age:77}), geb. {birthdate:1949}, beroerte. adres {address:kraaiennest 140}, {postcode:1104 ce}',
  },
  {
    id: 'ma138',
    language: 'en',
    marked:
      '{person:Priscilla} ({age:41}), carer for her son with autism ({age:12}). fb page {url:facebook.com/priscilla.owusu.77}. needs respite',
  },
  {
    id: 'ma139',
    language: 'nl',
    marked:
      'bew {person:gilbert} {age:60 jr} dakloos geweest, nu woning via Ymere op {address:Kortvoort 9}. geb {birthdate:15-8-1966}. bsn {bsn:620159558}',
  },
  {
    id: 'ma140',
    language: 'nl',
    marked:
      'bespreking: 1.250 euro per jaar voor activiteiten, 450 euro voor koffie. 3 vrijwilligers stoppen. compassie en betrokkenheid centraal',
  },
  {
    id: 'ma141',
    language: 'nl',
    marked:
      '{person:noor} ({age:25}) en {person:sem} ({age:27}) - net verhuisd naar {address:Develstein 330}. {person:sem} heeft schulden, {person:noor} weet ervan. mail {person:sem} {email:sem.v@gmail.com}',
  },
  {
    id: 'ma142',
    language: 'nl',
    marked:
      'mw {person:martina} (oma van {person:jaydon}) wil voogdij? moeder in Curaçao. {person:jaydon} is {age:14}. tel oma {phone:020 690 44 71}',
  },
  {
    id: 'ma143',
    language: 'en',
    marked:
      '{person:Kofi} & {person:Efua Boateng} ({age:66} and {age:63}), want to go back to Ghana. dob {person:kofi} {birthdate:1960}. iban {iban:NL53 SNSB 0383 9810 76}',
  },
  {
    id: 'ma144',
    language: 'nl',
    marked:
      'mevr {person:lopes} ({age:55}) kaapverdisch, werkt in schoonmaak. {address:Holendrechtkade 122}, {postcode:1106 CH}. tel {phone:06 - 28 17 40 93}',
  },
  {
    id: 'ma145',
    language: 'nl',
    marked:
      'geen namen. bew. woont aan de kade sinds 2005, wil geen adres noemen. huur is gestegen naar 920 euro, 2 keer per jaar verhoging',
  },
  {
    id: 'ma146',
    language: 'nl',
    peopleMentioned: ['Ahmet', 'Leyla'],
    marked:
      '{person:ahmet} ({age:45}) + vrouw {person:leyla}, 5 kinderen, de oudste is {age:19} en de jongste {age:2}. woont {address:bijlmersingel 44}. hayırlı olsun, nieuwe baan',
  },
  {
    id: 'ma147',
    language: 'en',
    marked:
      'online: {person:kwesi} sent a link to his fundraiser {url:https://www.gofundme.com/f/help-kwesi-mensah-pay-rent}. hes {age:30}. phone {phone:0031612984457}',
  },
  {
    id: 'ma148',
    language: 'nl',
    marked:
      'mevr {person:sardjoe} wil gegevens corrigeren: geb. {birthdate:04-11-1966}, stond verkeerd in systeem. bsn {bsn:321 137 085}',
  },
  {
    id: 'ma149',
    language: 'nl',
    marked:
      'dhr {person:boateng} ({age:61}) kan niet lezen, post stapelt op. zoon {person:yaw} komt 1x per maand. iban {iban:nl35trio2811747914}',
  },
  {
    id: 'ma150',
    language: 'nl',
    marked:
      'bew. {person:romano} ({age:48}) bij Sociaal Loket geweest, 2 uur gewacht. vindt dat gelijkwaardigheid ontbreekt. wil klacht indienen. iban {iban:NL42RABO6450975957} voor terugbetaling',
  },
  {
    id: 'ma151',
    language: 'en',
    marked:
      '{person:rahul} ({age:19}), student, part time at Hema. debt at DUO and phone company. email {email:rahul.s2007@gmail.com}. lives with parents at {address:gooioord 188}',
  },
  {
    id: 'ma152',
    language: 'nl',
    peopleMentioned: ['Piet', 'Marga', 'mevr Koster'],
    marked:
      'buurman {person:piet} ({age:75}) en buurvrouw {person:marga} helpen mevr {person:koster} ({age:90}) met boodschappen. tel mevr {person:koster} {phone:020-6961830}',
  },
  {
    id: 'ma153',
    language: 'nl',
    marked:
      '{person:yasmina} ({age:34}) mantelzorger voor moeder met kanker. woont {address:Bijlmerdreef 1455}, {postcode:1102 CX}. geb {birthdate:18/09/1992}',
  },
  {
    id: 'ma154',
    language: 'nl',
    peopleMentioned: ['Cynthia Ramsaran', 'Devika'],
    marked:
      '{person:cynthia ramsaran} en dochter {person:devika} ({age:13}). {person:devika} wil niet meer naar school. mail {email:c.ramsaran@gmail.com}',
  },
  {
    id: 'ma155',
    language: 'nl',
    marked:
      'bijeenkomst op het plein met 20 buren over solidariteit. weg is te druk, willen 30 km zone. volgende keer 14.30',
  },
  {
    id: 'ma156',
    language: 'nl',
    marked:
      'mevr {person:akua asante}, {age:46 jaar}, iban {iban:NL54 BUNQ 9434 4408 35}, mail {email:akua.asante@live.com}. heeft toeslagen-schuld',
  },
  {
    id: 'ma157',
    language: 'nl',
    marked:
      'dhr {person:kock} ({age:69}) woont {address:Koornbeursstraat 17-I}, {postcode:1107 NA}. bsn {bsn:981666619}. geb. {birthdate:2 jan 1957}',
  },
  {
    id: 'ma158',
    language: 'en',
    marked:
      "{person:hamza} d.o.b. {birthdate:3.3.2008}, so he's {age:18}. moved out of his parents place. tel {phone:06 11 73 92 48}",
  },
  {
    id: 'ma159',
    language: 'nl',
    marked:
      'bel {person:ingrid} z.s.m. {phone:06 2847 1163} over haar moeder mw {person:de vries}, valt steeds vaker',
  },
  {
    id: 'ma160',
    language: 'nl',
    marked: '3 keer gebeld, niemand. morgen 14.30 nog eens. thema: betrokkenheid',
  },
  {
    id: 'ma161',
    language: 'nl',
    marked:
      'mevr {person:kwakye} ({age:53}) geb {birthdate:1973}, woont {address:geerdinkhof 55-III}, {postcode:1104 CA}',
  },
  {
    id: 'ma162',
    language: 'en',
    marked:
      'spoke with mr {person:kromodimedjo} ({age:72}), his wife {person:sari} has dementia. their daughter {person:winny} email {email:winny.kromo@gmail.com}',
  },
  {
    id: 'ma163',
    language: 'nl',
    marked:
      'gespr {person:dewi} ({age:31}) + zoontje ({age:4}). webshop {url:www.dewisbatik.nl}. tel {phone:06-30 87 16 44}',
  },
  {
    id: 'ma164',
    language: 'nl',
    marked:
      '{person:samuel} {age:88 jr}, surinaams, woont {address:gaasperbeek 12-hs}. iban {iban:NL73KNAB5183358588}. zus {person:johanna} ({age:85}) in Paramaribo',
  },
  {
    id: 'ma165',
    language: 'nl',
    marked:
      'mevr {person:fung} woont er al 22 jaar, flat is 50 jaar oud, huur 1.100 euro. bus 41 en lijn 47 vlakbij. adres {address:Kikkenstein 580}, {postcode:1103tv}',
  },
  {
    id: 'ma166',
    language: 'en',
    marked:
      '{person:sabrina martina} ({age:27}) and {person:jeremy} ({age:8}). born {birthdate:12 may 1999}. address {address:Bijlmerdreef 980}, {postcode:1103 TZ}. phone {phone:+31 6 1209 8734}',
  },
  {
    id: 'ma167',
    language: 'nl',
    marked:
      'mevr {person:haddou} ({age:61}) — zoon {person:bilal} ({age:30}) woont nog thuis, verslaving. iban {iban:NL54 RBRB 117 004 681 7}. bsn {bsn:348192411}',
  },
  {
    id: 'ma168',
    language: 'nl',
    marked:
      '{person:meryem} {age:22} studeert, DUO schuld. tel {phone:0685 12 47 90}, woont op de {address:gooioord}',
  },
  {
    id: 'ma169',
    language: 'nl',
    peopleMentioned: ['Tromp', 'Tromp-de Haas', 'Rob'],
    marked:
      'dhr {person:tromp} en mevr {person:tromp-de haas} ({age:81} en {age:79}) willen samen blijven wonen. {address:Nellesteinpad 40}, {postcode:1108 BE}. zoon {person:rob} {phone:06 51 34 82 19}',
  },
  {
    id: 'ma170',
    language: 'en',
    marked:
      "{person:ebo} ({age:17}) ran away, sleeping at a friends. mum {person:gifty mensah} desperate. {person:gifty}'s phone {phone:06-29 84 13 70}, email {email:gifty.mensah@gmail.com}",
  },
];
