/**
 * Development corpus "visits": written blind on 2026-12-04 by a helper who never read the
 * anonymiser's code, its rules or the other corpora (only the note format in labelled.ts).
 *
 * Focus: the hardest shapes in quick visit notes from Zuidoost (Gaasperdam, Driemond, Bijlmer):
 * - addresses in every shape interviewers type: suffixes (12-hs, 67-III, 3 2-hoog, 104A, 12a-3,
 *   45 bis), lowercase and misspelt streets, streets named after people, all common endings and
 *   Bijlmer-style names without one (Kelbergen, Hakfort), invented but plausible street names,
 *   postcodes apart, street and number split over a sentence, institutions' addresses;
 * - names with lowercase initials, titles and particles, double surnames, names from Ghana,
 *   Suriname, the Antilles, Turkey, Morocco, Somalia and the Netherlands, first names before an age;
 * - ages and dates of birth in note shapes; phone, postcode, e-mail, IBAN and BSN in odd shapes;
 * - look-alikes without personal data: street words in ordinary sentences, numbers that are rooms,
 *   bus lines or school groups, ages of buildings, amounts, organisations, district names.
 *
 * Policy used: a street with a house number is an address (also an institution's); a street or a
 * named flat alone is an address only where it says where someone lives, never as a route or a
 * landmark; district and neighbourhood names, cities and organisations are not personal data.
 * Street and number in one clause (only a comma or "nr"/"nummer"/"op" between) are one span; split
 * over sentences they are two spans, the number without its cue word. A house number with a
 * postcode is an address; a house number with neither street nor postcode is not.
 */
import type { CorpusEntry } from './labelled';

export const DEV_VISITS: readonly CorpusEntry[] = [
  // Addresses: street + number with every suffix shape, lowercase, typos, postcodes, institutions
  {
    id: 'visits-addr-01',
    language: 'nl',
    marked: 'mw woont {address:kelbergen 12-hs}, krap huis 3 kids op 1 kamer',
  },
  {
    id: 'visits-addr-02',
    language: 'nl',
    peopleMentioned: ['H. Bosma'],
    marked:
      'bezoek dhr {person:h. bosma} op {address:Gooioord 67-III}. wnt hulp bij formulieren ivm toeslagen',
  },
  {
    id: 'visits-addr-03',
    language: 'nl',
    marked: 'adres {address:hakfort 3 2-hoog} lift vaak kapot mevr loopt slecht met rollator',
  },
  {
    id: 'visits-addr-04',
    language: 'nl',
    marked: 'ze woont sinds kort op de {address:Karspeldreef 104A} samen met haar moeder en broertje',
  },
  {
    id: 'visits-addr-05',
    language: 'nl',
    marked:
      'nieuw adres {address:elsrijkdreef 12a-3}, {postcode:1103 tv} amsterdam. oude adres opzeggen nog niet gedaan',
  },
  {
    id: 'visits-addr-06',
    language: 'nl',
    marked: 'woont {address:Ganzenhoefpad 45 bis} (achterkant, bel werkt niet dus kloppen)',
  },
  {
    id: 'visits-addr-07',
    language: 'nl',
    marked: 'mevr. {person:j de boer} {address:reigersbospad 9}, geb {birthdate:3-4-61}, alleenstaand',
  },
  {
    id: 'visits-addr-08',
    language: 'nl',
    marked: 'dhr woont op de {address:kraaiennestpad nummer 14} en is daar erg eenzaam',
  },
  {
    id: 'visits-addr-09',
    language: 'nl',
    marked: 'ze woont in de {address:Bullewijkstraat}. huisnr weet ik niet meer, navragen bij buurtteam',
  },
  {
    id: 'visits-addr-10',
    language: 'nl',
    marked: 'woont op de {address:Wisseloord, nr 231} 4e verdieping, geen lift sinds mei',
  },
  {
    id: 'visits-addr-11',
    language: 'nl',
    marked: 'woont op de {address:daalwijkdreef}. {address:88-1} is het nr, bovenste bel',
  },
  {
    id: 'visits-addr-12',
    language: 'nl',
    marked: 'mw woont in de {address:hoogoord op nr 12} samen met haar zus',
  },
  {
    id: 'visits-addr-13',
    language: 'nl',
    marked: 'inloop in buurthuis {address:Bijlmerdreef 1021-II} (ingang naast de apotheek), elke di 10u',
  },
  {
    id: 'visits-addr-14',
    language: 'nl',
    marked: 'volgende keer afspreken bij Vraagwijzer {address:anton de komplein 150}, mw weet de weg',
  },
  {
    id: 'visits-addr-15',
    language: 'nl',
    marked:
      'mw {person:a.b. el amrani}, {address:Kwame Nkrumahlaan 27 hs}, 2 kinderen van {age:3} en {age:5}',
  },
  {
    id: 'visits-addr-16',
    language: 'nl',
    marked: 'dhr is verhuisd van {address:holendrechtkamp 4} naar {address:Leerdamhof 212} ivm trap',
  },
  {
    id: 'visits-addr-17',
    language: 'nl',
    marked: 'adres nu {address:bijlmerburg 33-B}, daarvoor bij vriendin geslapen',
  },
  {
    id: 'visits-addr-18',
    language: 'nl',
    marked: '{person:soenita} woont bij haar oma op {address:Develstein 160 III}',
  },
  {
    id: 'visits-addr-19',
    language: 'nl',
    marked: 'wnt z.s.m. weg van {address:groenhoven 517} te veel overlast van buren',
  },
  {
    id: 'visits-addr-20',
    language: 'nl',
    marked: 'mw {person:hatice öztürk} {address:wijkerhove 19} , mantelzorg voor schoonmoeder',
  },
  { id: 'visits-addr-21', language: 'nl', marked: 'adres: {address:Meerhovenrode 41} (naast de speeltuin)' },
  {
    id: 'visits-addr-22',
    language: 'nl',
    marked: 'zoon woont aan de {address:Gaasperkade 7-1} met zn vriendin, mw ziet hem weinig',
  },
  {
    id: 'visits-addr-23',
    language: 'nl',
    marked: 'dochter {person:rachel} zit nu op {address:nellesteinsingel 52} , eigen kamer via jeugdzorg',
  },
  { id: 'visits-addr-24', language: 'nl', marked: 'familie woont {address:Bijlmergracht 14-2} al 11 jaar' },
  {
    id: 'visits-addr-25',
    language: 'nl',
    marked: 'driemond, {address:Dorpsdijk 3a} {postcode:1109 AB} Amsterdam. bus rijdt 1x per uur',
  },
  { id: 'visits-addr-26', language: 'nl', marked: '{address:kikkersterf 11} - achterom via het hek' },
  { id: 'visits-addr-27', language: 'nl', marked: 'woont {address:Reigerspark 230}, huurachterstand 2 mnd' },
  {
    id: 'visits-addr-28',
    language: 'nl',
    marked: 'adres {address:zandveld 98} (gaasperdam) - gesprek bij mw thuis',
  },
  { id: 'visits-addr-29', language: 'nl', marked: 'mevr woont op {address:Diemermeer 15} naast de kerk' },
  {
    id: 'visits-addr-30',
    language: 'nl',
    marked: '{address:bijlmerdam 61} : niemand thuis, briefje achtergelaten',
  },
  {
    id: 'visits-addr-31',
    language: 'nl',
    marked: 'afgesproken op {address:ganzenhoefplein 2}, ruimte van de moskee',
  },
  {
    id: 'visits-addr-32',
    language: 'nl',
    marked: 'opa woont nog in driemond op de {address:dorpsstraat 19}',
  },
  { id: 'visits-addr-33', language: 'nl', marked: 'adress {address:rechte hondsbosschelaan 112} 2e etage' },
  {
    id: 'visits-addr-34',
    language: 'nl',
    marked: 'woont {address:Hakfortweg 8}, huis is te klein voor 6 pers',
  },
  {
    id: 'visits-addr-35',
    language: 'nl',
    marked: 'ze woont in {address:Kleiburg}, de flat, ergens op 9-hoog',
  },
  {
    id: 'visits-addr-36',
    language: 'nl',
    peopleMentioned: ['Kofi Boateng'],
    marked: 'dhr {person:kofi boateng} woont {address:Kelbergn 140} sinds de scheiding',
  },
  {
    id: 'visits-addr-37',
    language: 'nl',
    marked: 'adres klopt niet in systeem: moet {address:bijlmerdreeef 610} zijn',
  },
  {
    id: 'visits-addr-38',
    language: 'nl',
    marked: 'woonadres = {address:Florijn 23 2hg} , post gaat naar zus',
  },
  {
    id: 'visits-addr-39',
    language: 'nl',
    marked: 'woont met 5 mensen op {address:Echtensteinpad 12-hs}, 2 slaapkamers',
  },
  {
    id: 'visits-addr-40',
    language: 'nl',
    marked: 'mevr {person:ama owusu} ({age:54}) {address:grubbehoeve 88}, {postcode:1103 gj}',
  },
  {
    id: 'visits-addr-41',
    language: 'nl',
    marked: 'adres vd kinderopvang is {address:Karspeldreef 8}, {person:sem} ({age:4}) gaat er 3 dagen',
  },
  {
    id: 'visits-addr-42',
    language: 'nl',
    marked: 'dhr woont op nr {address:12 van de Hofgeest} , begane grond',
  },
  { id: 'visits-addr-43', language: 'nl', marked: 'woont {address:Tulastraat 4-3} boven de kapper' },
  {
    id: 'visits-addr-44',
    language: 'nl',
    marked: '{address:dr. martin luther kingpad 31}, mw {person:jeanette martina} wil taalles',
  },
  {
    id: 'visits-addr-45',
    language: 'nl',
    marked: 'ze woont in de {address:Anton de Komstraat}, nr weet ze zelf niet uit t hoofd (!)',
  },
  {
    id: 'visits-addr-46',
    language: 'nl',
    marked:
      'verhuist volgende mnd naar {address:Egeldonk 41}, {postcode:1103 RD}. nu nog {address:Gooioord 3}',
  },
  {
    id: 'visits-addr-47',
    language: 'nl',
    marked: '{address:Kantershof 1-F} is t adres van de zus, daar slaapt ze nu',
  },
  {
    id: 'visits-addr-48',
    language: 'nl',
    marked: 'woont in {address:Gravestein}. nummer {address:72}, achterste deur',
  },
  {
    id: 'visits-addr-49',
    language: 'nl',
    marked: 'adres {address:Gouden Leeuw 512}, portiek B, intercom kapot',
  },
  { id: 'visits-addr-50', language: 'nl', marked: 'zit tijdelijk in opvang {address:Kralenbeekpad 23 a}' },
  {
    id: 'visits-addr-51',
    language: 'nl',
    marked: '{address:Elsrijkdreef 4 huis} , benedenwoning met tuintje',
  },
  {
    id: 'visits-addr-52',
    language: 'nl',
    marked: 'op huisbezoek geweest: {address:Dennenrodepad 71}. rommelig maar schoon',
  },
  { id: 'visits-addr-53', language: 'nl', marked: 'woont {address:Kraaiennest 102}, vlak bij de metro' },
  {
    id: 'visits-addr-54',
    language: 'nl',
    marked: 'adres: {address:Frits Ruysstraat 8 huis}, bellen bij de buren als niemand opendoet',
  },
  {
    id: 'visits-addr-55',
    language: 'nl',
    marked: '{address:Bijlmerdreef 610-C} ({postcode:1102 ak}) is de woning van de oudste zoon',
  },
  {
    id: 'visits-addr-56',
    language: 'nl',
    marked: 'mw woont in de {address:gerrit rietveldlaan}, het laatste huis bij het water',
  },
  {
    id: 'visits-addr-57',
    language: 'nl',
    marked: 'woont in {address:Hakfort}, 9e verdieping, uitzicht op de A9',
  },
  {
    id: 'visits-addr-58',
    language: 'nl',
    marked: 'mw {person:de vries} woont nu op {address:Henk Zeevalkingplein 3-II} (na de sloop)',
  },
  {
    id: 'visits-addr-59',
    language: 'nl',
    marked: 'huisbezoek {address:Huigenbos 231}, dhr {person:marcel doelwijt} (ex dakloos) nu eigen woning',
  },
  {
    id: 'visits-addr-60',
    language: 'nl',
    marked: "mw verhuisd! nieuw adres {address:karspelhof 17 hs} {postcode:1104 sv} a'dam zuidoost",
  },
  {
    id: 'visits-addr-61',
    language: 'nl',
    marked: 'woont {address:Schoonhovendreef 56-IV}, ramen lekken, woco gebeld',
  },
  {
    id: 'visits-addr-62',
    language: 'nl',
    marked: 'zus woont ook hier, {address:Hoekenrode 9}, scheelt veel met oppas',
  },
  {
    id: 'visits-addr-63',
    language: 'nl',
    marked: 'adres: {address:Wolbrantskerkweg 102 1-hoog} , achter het tankstation',
  },
  {
    id: 'visits-addr-64',
    language: 'nl',
    marked: 'zoon ({age:24}) woont nog thuis op {address:Grubbehoeve 301}, geen eigen plek',
  },
  {
    id: 'visits-addr-65',
    language: 'nl',
    marked: 'sorry typo eerder, goede adres is {address:Kikkenstein 2204}',
  },
  {
    id: 'visits-addr-66',
    language: 'nl',
    marked: 'dhr woont in het hofje, {address:Gaasperhof 6}, met andere ouderen',
  },
  {
    id: 'visits-addr-67',
    language: 'nl',
    marked: 'woont {address:Bijlmerveldpad 12 II}, trap is steil voor mw met kinderwagen',
  },
  {
    id: 'visits-addr-68',
    language: 'nl',
    marked: '{address:hondsrugpad 16-hs} , gesprek in keuken, kinderen op school',
  },
  // Names with initials, titles, particles, double surnames; ages next to first names
  {
    id: 'visits-name-01',
    language: 'nl',
    marked: 'mw {person:a.b. el amrani} had vragen over kinderopvangtoeslag',
  },
  {
    id: 'visits-name-02',
    language: 'nl',
    marked: 'meneer {person:k.} wilde niet dat ik zn naam opschreef, {age:71 jr}',
  },
  {
    id: 'visits-name-03',
    language: 'nl',
    marked: '{person:dylan} {age:17 jaar} wil werk zoeken, moeder maakt zich zorgen',
  },
  {
    id: 'visits-name-04',
    language: 'nl',
    marked: '{person:sem} ({age:4}) en {person:noor} ({age:2}) waren erbij, druk',
  },
  {
    id: 'visits-name-05',
    language: 'nl',
    peopleMentioned: ['Kwame Asante'],
    marked: '{person:kwame asante} en vrouw {person:akosua} komen uit kumasi, 2 jr in nl',
  },
  {
    id: 'visits-name-06',
    language: 'nl',
    marked: 'mw {person:sharon pinas-kromosoeto} mantelzorger voor haar vader',
  },
  {
    id: 'visits-name-07',
    language: 'nl',
    marked: '{person:shurandy rosaria} (antilliaans, {age:19}) zoekt stage',
  },
  { id: 'visits-name-08', language: 'nl', marked: 'dhr {person:mehmet kaya} is {age:62} en net afgekeurd' },
  {
    id: 'visits-name-09',
    language: 'nl',
    marked: 'mevr {person:hodan abdi warsame} somalische, nieuwkomer, spreekt weinig nl',
  },
  {
    id: 'visits-name-10',
    language: 'nl',
    marked: '{person:gerda van den berg} ({age:83}) buurvrouw van dhr {person:bosma}',
  },
  {
    id: 'visits-name-11',
    language: 'nl',
    marked: 'mw {person:ria jansen-smit} wil meedoen aan de wandelgroep',
  },
  {
    id: 'visits-name-12',
    language: 'nl',
    marked: 'mw {person:de vries} zegt de bakker op het plein helpt haar soms',
  },
  {
    id: 'visits-name-13',
    language: 'nl',
    marked: "dhr {person:van 't hof} schuld afbetaald, trots op zichzelf",
  },
  { id: 'visits-name-14', language: 'nl', marked: "{person:yaw}'s moeder belt niet terug" },
  {
    id: 'visits-name-15',
    language: 'nl',
    marked: 'mevr {person:bakker} kon niet, dochter {person:lisa} kwam namens haar',
  },
  {
    id: 'visits-name-16',
    language: 'nl',
    marked: "{person:fatima}'s zoon {person:ilias} ({age:15}) spijbelt",
  },
  {
    id: 'visits-name-17',
    language: 'nl',
    marked: 'mw {person:khadija el idrissi} & man {person:youssef ait taleb}, beiden werkzoekend',
  },
  {
    id: 'visits-name-18',
    language: 'nl',
    marked: 'dhr {person:r. kromosoeto} surinaams, {age:74 jaar}, woont alleen',
  },
  { id: 'visits-name-19', language: 'nl', marked: '{person:emine demir}, {age:38}, 3 kids, alleenst moeder' },
  {
    id: 'visits-name-20',
    language: 'nl',
    marked: 'mw {person:anita ramdin-jagessar} geb {birthdate:12 mei 1958}',
  },
  {
    id: 'visits-name-21',
    language: 'nl',
    marked: 'tienermoeder {person:naomi} is {age:17}, baby {person:jayden} {age:3 mnd}',
  },
  { id: 'visits-name-22', language: 'nl', marked: 'mw {person:sahra jama} met haar zus {person:ifrah}' },
  {
    id: 'visits-name-23',
    language: 'nl',
    marked: 'dhr {person:h.j. de wit} ivm schulden bij vraagwijzer geweest',
  },
  { id: 'visits-name-24', language: 'nl', marked: '{person:roderick isenia} - {age:45} - kok zoekt werk' },
  {
    id: 'visits-name-25',
    language: 'nl',
    marked: 'meneer {person:boateng} en mevrouw {person:mensah} zijn buren van elkaar',
  },
  {
    id: 'visits-name-26',
    language: 'nl',
    marked: 'mw {person:ayaan mohamed hassan} is {age:29} en heeft 4 kinderen',
  },
  {
    id: 'visits-name-27',
    language: 'nl',
    marked: '{person:quincy} {age:16 jr} hangt veel op straat zegt moeder',
  },
  {
    id: 'visits-name-28',
    language: 'nl',
    marked: 'mw {person:e.m. van der laan-de groot} wil vrijwilliger worden',
  },
  {
    id: 'visits-name-29',
    language: 'nl',
    marked: 'dhr {person:van de weg} wil de weg naar werk leren, bus vindt hij lastig',
  },
  {
    id: 'visits-name-30',
    language: 'nl',
    marked: 'mw {person:van dijk} loopt elke dag over de dijk, goed voor haar',
  },
  { id: 'visits-name-31', language: 'nl', marked: 'mevr {person:hoogland} kwam met de bus, lijn 47' },
  {
    id: 'visits-name-32',
    language: 'nl',
    marked: '{person:daan} ({age:9}) speelt op het veld achter de flat',
  },
  { id: 'visits-name-33', language: 'nl', marked: 'mw. {person:akua ofori-atta} wil cursus nederlands' },
  { id: 'visits-name-34', language: 'nl', marked: 'dhr {person:j.p.m. van der meer} meer hulp nodig' },
  {
    id: 'visits-name-35',
    language: 'nl',
    marked: 'mevr {person:sabajo} en haar moeder, mantelzorg 7 dagen p/w',
  },
  { id: 'visits-name-36', language: 'nl', marked: '{person:abena} ({age:16}) zwanger, school gestopt' },
  {
    id: 'visits-name-37',
    language: 'nl',
    marked: 'mw {person:nadia ben ali} ivm huurschuld, wil z.s.m. hulp',
  },
  { id: 'visits-name-38', language: 'nl', marked: 'mr {person:m. doelwijt} heeft nu werk bij de gemeente' },
  {
    id: 'visits-name-39',
    language: 'nl',
    marked: 'dhr {person:farah warsame} moet naar de huisarts maar durft niet',
  },
  {
    id: 'visits-name-40',
    language: 'nl',
    marked: 'mw {person:el bouzidi} (moeder van {person:rayan}, {age:11 jr})',
  },
  // Ages and dates of birth in note shapes
  { id: 'visits-age-01', language: 'nl', marked: 'mw {age:71 jr}, woont alleen, kinderen ver weg' },
  { id: 'visits-age-02', language: 'nl', marked: 'dhr is {age:62}, sinds vorig jaar werkloos' },
  { id: 'visits-age-03', language: 'nl', marked: 'geb {birthdate:3-4-61}, mw {person:pinas}, alleen' },
  {
    id: 'visits-age-04',
    language: 'nl',
    marked: 'mw geboren {birthdate:12 mei 1958} in paramaribo, 40 jaar in nl',
  },
  {
    id: 'visits-age-05',
    language: 'nl',
    marked: 'geb.datum {birthdate:14-02-2006}, tienermoeder, kindje {age:8 maanden}',
  },
  { id: 'visits-age-06', language: 'nl', marked: '{age:83-jarige} mevrouw, valt vaak, alarm aangevraagd' },
  { id: 'visits-age-07', language: 'nl', marked: 'dhr is {age:90 jaar oud} en nog zelfstandig' },
  { id: 'visits-age-08', language: 'nl', marked: 'geb jaar {birthdate:1949}, aow vanaf dit jaar geregeld' },
  { id: 'visits-age-09', language: 'nl', marked: 'zoon ({age:3}) heeft astma, huis vochtig' },
  { id: 'visits-age-10', language: 'nl', marked: 'mw {age:44}, mantelzorger voor man met dementie' },
  { id: 'visits-age-11', language: 'nl', marked: 'baby {age:6 weken oud}, mw is {age:16}' },
  {
    id: 'visits-age-12',
    language: 'nl',
    marked: 'geboren op {birthdate:1 januari 1970}, volgens paspoort, klopt misschien niet',
  },
  { id: 'visits-age-13', language: 'nl', marked: 'kleinzoon van {age:12} woont bij mw in' },
  { id: 'visits-age-14', language: 'nl', marked: 'wordt volgende week {age:18}, valt dan uit de jeugdzorg' },
  { id: 'visits-age-15', language: 'nl', marked: 'mw (geb. {birthdate:07-11-1952}) wil naar dagbesteding' },
  {
    id: 'visits-age-16',
    language: 'nl',
    marked: 'dhr {age:67jr} en vrouw {age:64jr} beide mantelzorger vr kleinkind',
  },
  // Structured details in odd shapes
  { id: 'visits-item-01', language: 'nl', marked: 'tel {phone:06 - 123 456 78} alleen na 18u bellen' },
  { id: 'visits-item-02', language: 'nl', marked: 'nr van dochter {phone:0612 34 5678}, die regelt alles' },
  { id: 'visits-item-03', language: 'nl', marked: '{phone:06.41.23.85.90} (whatsapp) bellen ivm afspraak' },
  { id: 'visits-item-04', language: 'nl', marked: 'bellen via {phone:+31 6 2345 6789} (nummer van broer)' },
  { id: 'visits-item-05', language: 'nl', marked: 'vaste lijn {phone:020 - 555 12 34}, gsm kwijt' },
  {
    id: 'visits-item-06',
    language: 'nl',
    marked: 'mail {email:fatima.elamrani87@hotmail.com} voor de uitnodiging',
  },
  { id: 'visits-item-07', language: 'nl', marked: 'email dhr: {email:k.asante@gmail.com}' },
  {
    id: 'visits-item-08',
    language: 'nl',
    marked: 'iban {iban:nl91 abna 0417 1643 00} voor terugbetaling eigen bijdrage',
  },
  {
    id: 'visits-item-09',
    language: 'nl',
    marked: 'rekeningnr {iban:NL20INGB0001234567} doorgeven aan schuldhulp',
  },
  {
    id: 'visits-item-10',
    language: 'nl',
    marked: 'bsn {bsn:123456782} stond op brief, niet overnemen in dossier',
  },
  {
    id: 'visits-item-11',
    language: 'nl',
    marked: 'postcode {postcode:1104 bx} huisnr {address:17}, straatnaam niet genoteerd',
  },
  {
    id: 'visits-item-12',
    language: 'nl',
    marked: 'adres {address:Bijlmerdreef 88} {postcode:1103AB} tel {phone:0687654321}',
  },
  // Notes in English
  { id: 'visits-en-01', language: 'en', marked: 'lives at {address:kelbergen 112}, 4th floor, no lift' },
  { id: 'visits-en-02', language: 'en', marked: 'new address {address:24 Hakfort}, {postcode:1102 bv}' },
  {
    id: 'visits-en-03',
    language: 'en',
    marked: 'Mrs {person:Owusu} moved to {address:Leerdamhof 9-hs} last month',
  },
  {
    id: 'visits-en-04',
    language: 'en',
    marked: 'home visit at {address:Gooioord 210 III}, {person:yaw} ({age:17}) was there too',
  },
  { id: 'visits-en-05', language: 'en', marked: 'she lives on the {address:Karspeldreef}, number unknown' },
  { id: 'visits-en-06', language: 'en', marked: 'address: {address:Bijlmerdreef 1230}, Amsterdam' },
  {
    id: 'visits-en-07',
    language: 'en',
    marked: 'community centre at {address:Bijlmerplein 12} does free lunch on wed',
  },
  {
    id: 'visits-en-08',
    language: 'en',
    marked: 'Mr {person:Asante} ({age:67}) feels lonely since his wife died',
  },
  { id: 'visits-en-09', language: 'en', marked: 'met {person:fatima el amrani}, she is {age:31}, two kids' },
  {
    id: 'visits-en-10',
    language: 'en',
    marked: 'Mrs {person:J. de Boer}, aged {age:80}, needs help with shopping',
  },
  {
    id: 'visits-en-11',
    language: 'en',
    marked: '{person:kofi} {age:19 years old} looking for a job, no diploma',
  },
  {
    id: 'visits-en-12',
    language: 'en',
    marked: 'dob {birthdate:04/07/1990}, {person:naomi mensah}, young mother',
  },
  {
    id: 'visits-en-13',
    language: 'en',
    marked: 'client {person:Abdi} born {birthdate:2 March 1975} in Mogadishu',
  },
  { id: 'visits-en-14', language: 'en', marked: "{person:Mehmet}'s daughter {person:Elif} is {age:6}" },
  {
    id: 'visits-en-15',
    language: 'en',
    marked: 'ms {person:hassan} lives at {address:Egeldonk 12-II}, phone {phone:06 2233 4455}',
  },
  { id: 'visits-en-16', language: 'en', marked: 'carer for her mum, mrs. {person:ramdin}, who is {age:88}' },
  {
    id: 'visits-en-17',
    language: 'en',
    marked: 'moved from {address:Gaasperkamp 5} to a care home last week',
  },
  // Look-alikes with no personal data
  { id: 'visits-clean-01', language: 'nl', marked: 'de weg naar werk is lang, 2x overstappen' },
  { id: 'visits-clean-02', language: 'nl', marked: 'op het plein was het druk, veel jongeren na school' },
  { id: 'visits-clean-03', language: 'nl', marked: 'de gracht is mooi maar mw komt er nooit, te ver' },
  { id: 'visits-clean-04', language: 'nl', marked: 'gesprek in kamer 12 van het buurthuis' },
  { id: 'visits-clean-05', language: 'nl', marked: 'komt met bus 47, soms metro 54' },
  { id: 'visits-clean-06', language: 'nl', marked: 'lijn 54 rijdt niet ivm werkzaamheden, daarom te laat' },
  { id: 'visits-clean-07', language: 'nl', marked: 'dochter zit in groep 7, gaat goed op school' },
  {
    id: 'visits-clean-08',
    language: 'nl',
    marked: 'het gebouw is 50 jaar oud en heeft schimmel in de badkamers',
  },
  { id: 'visits-clean-09', language: 'nl', marked: '€ 1.250 schuld bij de zorgverzekeraar, regeling loopt' },
  { id: 'visits-clean-10', language: 'nl', marked: 'verwezen naar GGD en Buurtteam Zuidoost' },
  {
    id: 'visits-clean-11',
    language: 'nl',
    marked: 'vraagt info over Vraagwijzer, weet niet waar ze heen moet',
  },
  { id: 'visits-clean-12', language: 'nl', marked: 'woont al 20 jaar in Gaasperdam, voelt zich er thuis' },
  { id: 'visits-clean-13', language: 'nl', marked: 'Driemond is rustig maar ver van alles' },
  { id: 'visits-clean-14', language: 'nl', marked: 'in de Bijlmer is meer te doen voor jongeren volgens mw' },
  {
    id: 'visits-clean-15',
    language: 'nl',
    marked: 'Holendrecht: veel eenzaamheid onder ouderen, signaal doorgeven',
  },
  { id: 'visits-clean-16', language: 'nl', marked: 'afspraak 12 mei om 14.30 bij het buurthuis' },
  { id: 'visits-clean-17', language: 'nl', marked: 'schuld was 4500 nu nog 1200 over' },
  { id: 'visits-clean-18', language: 'nl', marked: 'al 3 jaar mantelzorger voor moeder, 30 uur per week' },
  { id: 'visits-clean-19', language: 'nl', marked: 'flat van 10 hoog, lift doet het niet' },
  { id: 'visits-clean-20', language: 'nl', marked: 'langs de kade fietsen vindt dhr fijn' },
  { id: 'visits-clean-21', language: 'nl', marked: 'het park achter de flat wordt opgeknapt' },
  { id: 'visits-clean-22', language: 'nl', marked: 'de dreef is gevaarlijk oversteken met de kinderwagen' },
  { id: 'visits-clean-23', language: 'nl', marked: 'verhuisd binnen zuidoost, wil niet zeggen waarheen' },
  { id: 'visits-clean-24', language: 'nl', marked: 'wachtlijst sociale huur is 14 jaar' },
  { id: 'visits-clean-25', language: 'nl', marked: 'wacht al 2 jaar op een urgentieverklaring' },
  { id: 'visits-clean-26', language: 'nl', marked: 'formulier bijzondere bijstand deel 3 ingevuld' },
  { id: 'visits-clean-27', language: 'nl', marked: 'huur € 780 per mnd, toeslag € 320' },
  { id: 'visits-clean-28', language: 'nl', marked: '3 kinderen, oudste op het mbo' },
  { id: 'visits-clean-29', language: 'nl', marked: 'op de dijk bij driemond wandelen helpt hem' },
  { id: 'visits-clean-30', language: 'nl', marked: 'het veld achter de school is voor voetbal' },
  { id: 'visits-clean-31', language: 'nl', marked: 'speeltuin op het erf is kapot, gemeld' },
  { id: 'visits-clean-32', language: 'nl', marked: 'kantoor op 2-hoog, geen lift' },
  { id: 'visits-clean-33', language: 'nl', marked: 'huisnummer staat niet op de deur, post komt niet aan' },
  { id: 'visits-clean-34', language: 'nl', marked: 'gesprek gevoerd in de bibliotheek aan het plein' },
  { id: 'visits-clean-35', language: 'nl', marked: 'dhr kwam niet opdagen, volgende keer bellen' },
  { id: 'visits-clean-36', language: 'nl', marked: 'mevrouw wil geen naam noteren' },
  {
    id: 'visits-clean-37',
    language: 'nl',
    marked: 'buurvrouw helpt met boodschappen, zoon komt 1x per week',
  },
  { id: 'visits-clean-38', language: 'nl', marked: 'geen tram in zuidoost, alleen metro 50 53 54' },
  { id: 'visits-clean-39', language: 'nl', marked: 'toren 3 van het complex heeft overlast van drugs' },
  { id: 'visits-clean-40', language: 'nl', marked: 'blok C, portiek 2, trappenhuis vies' },
  {
    id: 'visits-clean-41',
    language: 'nl',
    marked: 'ontmoetingsplek in de Kraaiennest (winkelcentrum) is populair',
  },
  { id: 'visits-clean-42', language: 'nl', marked: 'Amsterdamse Poort is te druk voor mw' },
  { id: 'visits-clean-43', language: 'nl', marked: 'Gaasperplas: wandelgroep op dinsdag 10.00' },
  { id: 'visits-clean-44', language: 'nl', marked: 'week 48 weer contact' },
  { id: 'visits-clean-45', language: 'nl', marked: 'uitkering 1.100 per maand, 2 kinderen' },
  { id: 'visits-clean-46', language: 'nl', marked: 'de straat is vies, veel zwerfafval' },
  { id: 'visits-clean-47', language: 'nl', marked: 'mw woont op 3-hoog, geen lift' },
  { id: 'visits-clean-48', language: 'nl', marked: 'Combiwel doet de huiswerkklas, 2x per week' },
  { id: 'visits-clean-49', language: 'nl', marked: 'bijeenkomst op het Bijlmerplein was druk' },
  { id: 'visits-clean-50', language: 'nl', marked: "via de Gooiseweg naar huis fietsen is eng 's avonds" },
  { id: 'visits-clean-51', language: 'nl', marked: 'dhr werkt bij de AH op de Bijlmerdreef, nachtdienst' },
  { id: 'visits-clean-52', language: 'nl', marked: '65-plussers krijgen korting bij de sportschool' },
  { id: 'visits-clean-53', language: 'nl', marked: 'ouderen boven de 75 vaak eenzaam in deze buurt' },
  { id: 'visits-clean-54', language: 'nl', marked: 'zoon 2e klas havo' },
  { id: 'visits-clean-55', language: 'nl', marked: 'schuldhulp afgerond in 2023, nu geen schuld meer' },
  { id: 'visits-clean-56', language: 'nl', marked: 'sinds 1998 in nederland, spreekt goed nl' },
  { id: 'visits-clean-57', language: 'nl', marked: 'mw woont op nr 12 zegt ze, straat wilde ze niet noemen' },
  {
    id: 'visits-clean-58',
    language: 'nl',
    marked: 'de meer dan 40 flats in de buurt zijn 1 voor 1 gerenoveerd',
  },
  { id: 'visits-clean-59', language: 'nl', marked: 'zomerkamp voor kinderen via het buurthuis, 3 dagen' },
  { id: 'visits-clean-60', language: 'nl', marked: 'Anton de Kom is een held voor dhr, leest zijn boek' },
  {
    id: 'visits-clean-61',
    language: 'nl',
    marked: 'mw vindt het hof in de nieuwbouw gezellig, veel contact',
  },
  {
    id: 'visits-clean-62',
    language: 'nl',
    marked: 'vrijwilligers bij de voedselbank: 12 mensen, 3 dagen p/w',
  },
  { id: 'visits-clean-63', language: 'nl', marked: 'stadsdeel zuidoost heeft 90.000 inwoners zegt dhr' },
  { id: 'visits-clean-64', language: 'nl', marked: 'ze is de oudste van 5 kinderen, rest woont in ghana' },
  {
    id: 'visits-clean-65',
    language: 'nl',
    marked: 'buurtteam gaat 1x per maand langs, eerste keer 3 december',
  },
  {
    id: 'visits-clean-66',
    language: 'en',
    marked: 'the road to the station is dark at night, she feels unsafe',
  },
  {
    id: 'visits-clean-67',
    language: 'en',
    marked: 'room 4 at the community centre was booked, we sat in the hall',
  },
  { id: 'visits-clean-68', language: 'en', marked: 'took bus 41 and then the metro, 1 hour trip' },
  { id: 'visits-clean-69', language: 'en', marked: 'the building is 40 years old, damp everywhere' },
  {
    id: 'visits-clean-70',
    language: 'en',
    marked: 'owes €2,300 to the energy company, payment plan since march',
  },
  { id: 'visits-clean-71', language: 'en', marked: 'referred to GGD and the Buurtteam' },
  { id: 'visits-clean-72', language: 'en', marked: 'she likes living in Gaasperdam, the lake is close' },
  { id: 'visits-clean-73', language: 'en', marked: 'the park near the flats is not safe after dark' },
  { id: 'visits-clean-74', language: 'en', marked: 'year 7 at primary school, doing fine' },
  { id: 'visits-clean-75', language: 'en', marked: 'waiting list for social housing is 15 years' },
  { id: 'visits-clean-76', language: 'en', marked: 'the canal walk is her favourite route' },
];
