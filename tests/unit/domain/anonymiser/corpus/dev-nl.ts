import type { CorpusEntry } from './labelled';

/**
 * Dutch kitchen-table notes, the development part of the corpus. Every person, address and number
 * is invented; BSNs and IBANs are made up so that they pass their checks. Hard negatives on
 * purpose: places, organisations, amounts, counts, non-birth dates, value words, sentence starts.
 */
export const DEV_NL: readonly CorpusEntry[] = [
  {
    id: 'nl01',
    language: 'nl',
    peopleMentioned: ['Fatima el Amrani', 'Bilal'],
    marked:
      'Gesprek met {person:Fatima el Amrani} aan de keukentafel. Ze is {age:42 jaar} en woont op de {address:Bijlmerdreef 1021-II}, {postcode:1103 TV} Amsterdam. Haar zoon {person:Bilal} ({age:14}) zit op het Bijlmer College. Ze zegt: "Bij het Buurtteam luisteren ze echt." Betrokkenheid ervaren.',
  },
  {
    id: 'nl02',
    language: 'nl',
    marked:
      'Mevrouw {person:Jansen} belde op {phone:06-12345678} om de afspraak te verzetten naar donderdag 12 maart. Ze heeft 3 kinderen en een huurachterstand van € 1.250,00 bij Ymere. Autonomie gemist: "Ik moet overal om toestemming vragen."',
  },
  {
    id: 'nl03',
    language: 'nl',
    marked:
      'Op 12 maart hebben we samen de brief van de gemeente gelezen. Meneer {person:Kwaku Mensah} ({age:67}) is geboren op {birthdate:4 april 1957} in Kumasi. Hij woont met zijn vrouw {person:Adwoa} in Holendrecht. Telefoon thuis: {phone:020-6912345}.',
  },
  {
    id: 'nl04',
    language: 'nl',
    peopleMentioned: ['Sanne de Vries'],
    marked:
      '{person:Sanne} is alleenstaande moeder van twee kinderen van {age:4} en {age:7}. Ze werkt 20 uur per week bij de Hema. Haar e-mailadres: {email:sanne.devries88@gmail.com}. Postcode {postcode:1104AB}. Ze betaalt 250 euro per maand voor de opvang. Solidariteit: de buurvrouw past soms op.',
  },
  {
    id: 'nl05',
    language: 'nl',
    marked:
      'Dhr. {person:Yılmaz} ({age:55}) vertelt over zijn werk bij de GVB. Hij heeft 2 zonen, {person:Emre} en {person:Burak}. Zijn BSN {bsn:926851974} stond op een brief van het UWV die hij liet zien; ik heb het niet overgenomen. Gelijkwaardigheid gemist bij het UWV.',
  },
  {
    id: 'nl06',
    language: 'nl',
    marked:
      'Bewoonster van de {address:Gaasperdammerweg 112}, {age:78 jaar oud}. Haar dochter {person:Ingrid Bakker} regelt de post. Geb. {birthdate:17-09-1946}. Ze krijgt 1.430 euro AOW en betaalt 690 euro huur. Ze mist de bakker die in 2019 is weggegaan.',
  },
  {
    id: 'nl07',
    language: 'nl',
    peopleMentioned: ['Mahmut', 'Ayşe Demir'],
    marked:
      '{person:Mahmut} en {person:Ayşe} wonen al 30 jaar in Gaasperdam. {person:Ayşe} is mantelzorger voor {person:Mahmut}, die na een beroerte in 2021 niet meer kan lopen. De thuiszorg van Cordaan komt 2 keer per dag. Zelfbeschikking: "Wij willen zelf bepalen wie er binnenkomt."',
  },
  {
    id: 'nl08',
    language: 'nl',
    marked:
      'Jongere, {age:21}, met schulden. {person:Jayden Pinas} woont bij zijn oma op de {address:Kikkenstein 1402}. Hij heeft een IBAN {iban:NL56 ABNA 8440 3787 95} die geblokkeerd is... nee, die gebruikt hij nu niet. Schuld bij DUO en CJIB: samen 4.800 euro.',
  },
  {
    id: 'nl09',
    language: 'nl',
    marked:
      'Buurvrouw {person:Marleen} bracht mij binnen. De bewoner, {person:Robbie Tjon}, is {age:34} en werkt bij Schiphol. "Compassie, dat mis ik bij de Belastingdienst." Zijn nummer: {phone:+31 6 4123 7890}. Hij woont op {address:Hoogoord 22 hs}.',
  },
  {
    id: 'nl10',
    language: 'nl',
    marked:
      'Gesprek in het buurthuis in Driemond. Aanwezig alleen de bewoner. Ze wil niet dat haar naam genoteerd wordt. Ze vertelt over de bus die maar 1 keer per uur rijdt en over de 12 treden naar haar voordeur. In december was ze 3 weken ziek. Autonomie en solidariteit kwamen allebei terug.',
  },
  {
    id: 'nl11',
    language: 'nl',
    peopleMentioned: ['Mevr. Koster'],
    marked:
      'Mevrouw {person:Koster} ({age:88}) woont op de {address:Kelbergen 303}, {postcode:1104 LK}. Haar kleindochter {person:Naomi} belt elke avond. Geboren {birthdate:2 juni 1936} in Paramaribo. Rekening {iban:NL95INGB8302566646} (voor de huur). Ze is blij met de Voedselbank.',
  },
  {
    id: 'nl12',
    language: 'nl',
    marked:
      'Vanochtend gesproken met een vader van {age:38 jaar}. Zijn vrouw {person:Esi Owusu} werkt in het OLVG. Hun 2 kinderen gaan naar De Kraanvogel. Hij noemde zijn BSN: {bsn:4857.89.954}. Hij wil graag meedoen aan de waardenkring in oktober.',
  },
  {
    id: 'nl13',
    language: 'nl',
    marked:
      'Notitie over {person:Johan Visser}, {age:72}, weduwnaar. Hij woont op de {address:Reigersbosdreef 3-1}. Telefoon {phone:(020) 696 12 34}. Volgens {person:Johan} is de buurt veranderd: "Vroeger kende ik iedereen." Hij gaat op woensdag naar het koffie-uurtje van de kerk.',
  },
  {
    id: 'nl14',
    language: 'nl',
    peopleMentioned: ['Hatice'],
    marked:
      '{person:Hatice} ({age:49}) en haar man {person:Orhan Kaya} hebben een winkel op het Ganzenhoefplein. Ze betalen 1.800 euro huur. De gemeente stuurde 4 brieven in 2 weken. Website van de winkel: {url:www.kaya-bakkerij.nl}. Gelijkwaardigheid gemist.',
  },
  {
    id: 'nl15',
    language: 'nl',
    marked:
      'Zij is {age:29} en studeert aan de HvA. {person:Shanice Doelwijt} woont op kamers aan de {address:Bijlmerplein 888-B}. Mail {email:shanice.d@outlook.com}. Geboortedatum: {birthdate:23-11-1995}. Ze kent de buurt via Kwaku en de Bijlmer Parktheater.',
  },
  {
    id: 'nl16',
    language: 'nl',
    marked:
      'Meneer {person:Abdelkader Bouzid} vertelt dat hij 45 jaar geleden uit Nador kwam. Hij is nu {age:69 jaar}. Hij heeft 6 kleinkinderen. Zijn telefoon {phone:06 1234 5678} en het nummer van zijn zoon {person:Karim}: {phone:0612987654}. Op 1 mei gaat hij naar Marokko.',
  },
  {
    id: 'nl17',
    language: 'nl',
    marked:
      'Een {age:52-jarige} moeder uit Reigersbos. Ze werkte 15 jaar bij de Albert Heijn. Sinds maart 2023 in de bijstand via de DWI. Haar IBAN: {iban:NL53 RABO 9615 2643 63}. Haar dochter {person:Tamara} ({age:17}) helpt met formulieren.',
  },
  {
    id: 'nl18',
    language: 'nl',
    peopleMentioned: ['Kofi Boateng', 'Ama'],
    marked:
      '{person:Kofi Boateng} is voorzitter van een Ghanese kerk in de Bijlmer. {person:Ama}, zijn vrouw, is {age:61}. Ze organiseren elke zaterdag een maaltijd voor 40 mensen. Contact via {email:k.boateng@kerkzuidoost.nl} of {phone:+31 20 123 4567}. Solidariteit ervaren.',
  },
  {
    id: 'nl19',
    language: 'nl',
    marked:
      'Gesprek met een bewoner van de {address:Florijn 24}. Zijn buurman, meneer {person:De Graaf}, is {age:80} en kan de trap niet meer op. De lift is sinds 3 januari kapot; Ymere belde niet terug. Afspraak: op vrijdag 9 februari samen naar het wijkcentrum.',
  },
  {
    id: 'nl20',
    language: 'nl',
    marked:
      '{person:Priscilla Sedney} ({age:45}) is mantelzorger voor haar broer {person:Roy}. Ze woont op {address:Hakfort 512}, {postcode:1102 LA} Amsterdam. Telefoon {phone:06-44556677}. Ze heeft 2 banen en slaapt 5 uur per nacht. Compassie: "De huisarts nam echt de tijd."',
  },
  {
    id: 'nl21',
    language: 'nl',
    marked:
      'Klantnummer bij Eigen Haard: 507902138. Het BSN van mevrouw staat op de brief: {bsn:386 083 393}. Ze is {age:66} en woont alleen. Ze heeft 12 jaar in de thuiszorg gewerkt. Op 15 augustus verhuist ze naar een seniorenwoning in Holendrecht.',
  },
  {
    id: 'nl22',
    language: 'nl',
    peopleMentioned: ['Mustafa', 'Zeynep'],
    marked:
      'Vader {person:Mustafa} is {age:40} en zit in de WW. Dochter {person:Zeynep} wil rechten studeren. Ze wonen met 5 personen in een driekamerwoning op de {address:Develstein 100}. De wachtlijst van WoningNet is 14 jaar. Zelfbeschikking gemist.',
  },
  {
    id: 'nl23',
    language: 'nl',
    marked:
      'Mevrouw {person:Van den Berg} is {age:91}. Ze woont in Driemond op de {address:Dorpsstraat 15}. Haar dochter {person:Willemijn} woont in Weesp. Ze krijgt maaltijden van Tafeltje Dekje. Geboren in {birthdate:1933}. Betrokkenheid ervaren bij de wijkverpleging.',
  },
  {
    id: 'nl24',
    language: 'nl',
    marked:
      'Jongerenwerker {person:Dennis Mac-Intosh} stelde mij voor aan {person:Rayan}, {age:18 jaar oud}. {person:Rayan} heeft 3.200 euro schuld. Mail van {person:Rayan}: {email:rayan2006@live.nl}. Hij wil een baan in de logistiek. Op 20 juni hebben we een vervolgafspraak.',
  },
  {
    id: 'nl25',
    language: 'nl',
    marked:
      'Gesprek in het Engels en Twi. De bewoonster, {person:Gifty Asamoah}, is {age:57}. Ze woont op de {address:Grubbehoeve 90}. Haar telefoon: {phone:0031 6 12 34 56 78}. Ze vraagt of de Voedselbank ook op zaterdag open is. IBAN voor de toeslag: {iban:NL57SNSB3231597588}.',
  },
  {
    id: 'nl26',
    language: 'nl',
    marked:
      'Zondag 3 november. De bewoner woont 8 jaar in Zuidoost en heeft 4 kinderen. Hij werkte vroeger bij Tata Steel in IJmuiden. Hij is lid van de moskee en van de voetbalclub. Geen namen genoemd. Gelijkwaardigheid en solidariteit ervaren, autonomie gemist.',
  },
  {
    id: 'nl27',
    language: 'nl',
    marked:
      '{person:Naima Ouali} is {age:33}. Ze woont op {address:Echtensteinlaan 7}, {postcode:1103AB}. Haar BSN {bsn:4392.81.040} stond op de beschikking. Haar man {person:Hamid} werkt bij PostNL. Ze volgt taalles bij Combiwel op maandag.',
  },
  {
    id: 'nl28',
    language: 'nl',
    peopleMentioned: ['Ria'],
    marked:
      '{person:Ria} ({age:75}) en haar vriendin {person:Ellen Smit} wandelen elke dag rond de Gaasperplas. {person:Ria} is weduwe sinds 2018. Ze heeft 1 zoon in Utrecht. Telefoon {phone:06 - 1122 3344}. Ze zegt: "Zonder {person:Ellen} was ik allang weg."',
  },
  {
    id: 'nl29',
    language: 'nl',
    marked:
      'Bij de GGD hoorde mevrouw {person:Tahiri} dat ze recht had op huishoudelijke hulp. Ze is {age:59} en heeft reuma. Haar adres: {address:Kantershof 245}. Telefoon {phone:020 - 697 45 12}. Op 8 maart sprak ze in op de wijkraad.',
  },
  {
    id: 'nl30',
    language: 'nl',
    marked:
      'Voor het dossier: geboortedatum {birthdate:01-02-1980}, {age:44 jaar}, ingeschreven op {address:Heesterveld 61-2}. Contact: {email:m.rahmouni@ziggo.nl}. Rekening {iban:NL43 ASNB 3441 8306 30}. De bewoner heeft 2 katten en 1 hond.',
  },
];
