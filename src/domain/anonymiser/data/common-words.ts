/**
 * Ordinary words that follow the places where quick notes put a name in lower case ("buurman kees",
 * "bel ahmed", "fatima vertelde"): after "buurman" comes "kees" or "helpt", after "bel" "ahmed" or
 * "morgen". A word after such a cue is taken for a name only when it is none of these and none of
 * the function words. Verbs in the forms notes use, adverbs, adjectives, prepositions and the nouns
 * that most often stand there; Dutch first, then English.
 */
export const COMMON_WORDS_NL = `
aan aanwezig absoluut circa info informatie krap maximaal minimaal minstens gemiddeld hooguit ongeveer pakweg ruim actief af afgelopen akkoord al alleen alles als alsnog altijd ander andere
anders apart arm assistent baan bang beetje begint begon begonnen behalve beide bekend belangrijk
beloofd belt belde belden bellen benieuwd beneden beter bezig bezoek bezocht bij bijna binnen blij
blijft blijkt bleef bleek boos boven breed brengt bracht broer buiten burgers dag dan dankbaar
daar daarna daarom dacht dat de deed deelt denk denkt deze die dik direct dit doet dood door
doorgaans druk dus echt eenzaam eigen eigenlijk eind elke en enorm er ergens erg even ex extra
fijn flink fysiek gaan gaat gaf gebeld gebleven gebracht gedaan gedood gehad gehoord geholpen
gekomen geleden gelukkig gemaakt gemist genoeg gepensioneerd geraakt gesproken gestopt gestorven
getrouwd geweest gewerkt gewoon gewoond geworden geeft geen gevallen gezegd gezien gezond ging
gingen goed goede graag groot grote had hadden half heeft heel hele helemaal helpt hielp hier
hoe hoewel hoog hoort houdt ieder iedere iets in inmiddels jaar jarig jong jonge jongste juist
kan kijkt kinderloos klaagt klein kleine komen komt kon konden kort kreeg krijgt kwam kwamen laat
lang lange langs later leeft leuk lief lieve liep ligt liever loopt maakt maakte maar meer
meest meestal meteen mee mocht moe moeilijk moest moet mooi morgen na naar naast natuurlijk
nauwelijks net niet niets nieuw nieuwe nodig nog nooit nu of ofwel om omdat onder ondanks ongeveer
ook op opnieuw oud oude oudste over overleden pas plus praat precies prima regelt rijdt rond samen
slecht snel soms staat stond steeds stil straks sterk stopt tegen terug thuis toch toe toen tot
trots tussen uit van wit wilde zwart vanaf vandaag vanmorgen vanuit veel verder vertelt vertelde verteld vind vindt
vlakbij voelt voelde vol voor vooral vorig vorige vraagt vroeg vroeger waar wacht want waren was
wat weer weet weg wel werd werkt werkte werkloos weduwe weduwnaar wil wilde wist woont woonde
wordt zag zat zegt zei zelf zeer zich zien ziet ziek zit zo zodat zonder zorgt zou zouden zwanger
zijn zus ziekenhuis zomaar eerder eerst einde elkaar gisteren vanavond vanmiddag overdag vannacht
nummer nr adres mail mailen app appen whatsapp sms telefoon tel mobiel terugbellen terug
opgebeld ingesproken voicemail gebeld bereikbaar onbereikbaar afspraak afspraken verzet verzetten
doorgeven doorgegeven hulp help helpen vragen vraag nogmaals nee ja misschien zeker
oké ok prima top dank bedankt groet groeten hoi hallo dag doei ivm mbt evt i.v.m. tav svp
gaarne liefst alvast even snel asap straks vanmorgen vanochtend zsm later morgenochtend overmorgen
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week weekend maand
kinderen kind kids baby zoon dochter broer zus ouders moeder vader man vrouw familie buren
vrienden vriend vriendin collega collega's iedereen niemand mensen bewoners bewoner
zelfstandig alleenstaand gescheiden getrouwd samenwonend weduwe verhuisd verhuist verhuizen
ouder ouders oudere ouderen jongere jongeren kleinkinderen kleinkind opa oma tante oom neef nicht
ziet zagen zien spreekt sprak spreken zorgen zorgt verzorgt mantelzorger hulpverlener huisarts
werkloos arbeidsongeschikt gepensioneerd gehandicapt dement doof blind slechtziend slechthorend
een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien twintig
dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend paar stuk keer
nam namen gaf kreeg zag liep bleef hield stond lag sprak schreef bracht kocht zocht wou trok viel
hielp kende kent weet wist las leest schrijft eet at drinkt sliep slaapt wint won verloor
zichzelf mezelf jezelf haarzelf hemzelf elkaar hem haar hen hun
mij me jou jouw jullie uw zich ons onze mijn zijn haar z'n d'r m'n hunzelf iemand anders
men heb ge eens doch wezen kunnen reeds kom laten maken denken vinden staan liggen zitten lopen
houden krijgen nemen neemt beginnen proberen moeten willen mogen zullen welk hoeveel zowel zelfs
vrij laag allemaal enkele sommige sommigen velen weinigen anderen allen nergens ooit oké leven land
uur manier plek kant deel antwoord probleem gevoel reden vorm soort verhaal lekker makkelijk
duidelijk langzaam zacht warm koud rijk leeg open dicht klaar zoals dankzij vanwege tegenover
binnenkort ondertussen daardoor zodra totdat voordat nadat sindsdien
noemen zeggen geven weten vertellen praten bezoeken zoeken brengen halen ophalen langskomen
naam geboortedatum geboren geb bsn iban rekening rekeningnummer leeftijd lft nummer postadres
woonadres huisnummer mob gsm email e-mail wonend wonende woonachtig woningbouw tnv
`;

/** Things notes are about, so telegraphic notes ("zoon taalles", "bel huisarts") keep them. */
export const COMMON_NOUNS_NL = `
huis woning flat portiek galerij lift trap trappen balkon tuin moestuin speeltuin plein straat
stoep deur ramen raam keuken badkamer douche wc schimmel vocht lekkage kapot reparatie onderhoud
huur huurder verhuurder corporatie woningcorporatie toeslag huurtoeslag zorgtoeslag uitkering
bijstand schuld schulden geld rekening rekeningen brief brieven formulier formulieren aanvraag
post pakket voedselpakket boodschappen winkel markt supermarkt café repaircafé buurthuis buurtcentrum
bibliotheek bieb moskee kerk school basisschool mbo hbo universiteit opleiding cursus taalles
taalcursus les lessen stage werk baan werkgever sollicitatie contract salaris pensioen aow
zorg huisarts dokter ziekenhuis apotheek medicijnen pijn operatie therapie psycholoog fysio
tandarts verpleging thuiszorg rollator rolstoel scootmobiel bril gehoorapparaat diabetes astma
tijd dag dagen week weken maand maanden jaar jaren ochtend middag avond nacht weekend zomer
winter lente herfst vakantie feest verjaardag reünie bijeenkomst overleg vergadering spreekuur
inloop koffieochtend koffie thee eten maaltijd soep brood lunch diner
bus tram metro trein fiets auto taxi parkeren parkeerplaats verkeer station halte
afval vuilnis container containers zwerfvuil hondenpoep lantaarnpaal verlichting bomen bloemen
groen park water regen kou warmte
telefoon computer laptop internet wifi tablet buurtapp email
overlast geluid lawaai ruzie veiligheid politie inbraak diefstal drugs
eenzaamheid verdriet zorgen stress angst hoop respect aandacht vertrouwen contact
vrijwilligers vrijwilligerswerk activiteit activiteiten project plan plannen idee ideeën
buurt wijk stad gemeente stadsdeel balie loket kantoor
kledingbank voedselbank naaiatelier dansen koken sparen lenen zwemmen sporten wandelen
gebed ramadan fietsen lezen schrijven luisteren praten wachten blijven stoppen worden
privé financieel financiële rustig vies schoon lastig groen druk stil eng veilig onveilig
terwijl waardoor tegenwoordig geïnteresseerd patiënt
bedrag kosten prijs euro eur totaal saldo betaling betalingen termijn maandbedrag
muziek sport voetbal dans kunst cultuur taal geloof religie natuur gezondheid onderwijs veiligheid
`;

export const COMMON_WORDS_EN = `
about above across after again against ago all almost alone along already also although always am
among an and angry another any anyone anything are around as ask asked asks at away back bad be
because been before behind being below best better between big both bring brings brought busy but
by call called calls came can cannot cares come comes could couple daily dead did does doing done
down during each early else even ever every fine first for found friendly from gave get gets getting
give gives go goes going gone good got great had happy hard has have having he helped helps her
here herself him himself his home how however ill in inside into is isn't it its itself just keeps
kind knows last late lately later left less like likes lives living lonely long lost lot lots made
make makes many may maybe me might more most much must my near nearly never new next nice no none
nor not nothing now of off often old older oldest on once one only or other our out outside over
own passed phoned please quite rang rarely really retired right said same saw says see seems seen
she should sick since so some someone something sometimes soon still such sure take takes talked
talks tells than that the their them then there these they this those though through to today
together told too took toward under unemployed until up upset us used usually very visits visited
wants wanted was we well went were what when where which while who whom whose why widow widowed
widower will with without works worked would yesterday yet you young younger youngest your
tomorrow tonight morning evening afternoon week weekend month year years number phone mobile text
texted email mail message whatsapp app called back again asap thanks thank ok okay yes no
children child kids baby son daughter brother sister parents mother father husband wife family
neighbours neighbors neighbour neighbor friend friends colleague everyone nobody people residents
divorced married single pregnant disabled deaf blind carer caregiver nurse doctor
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
fee fees rent bill bills money job jobs work school help support name date birth age account
himself herself themselves him her them took gave got saw ran kept held stood sat spoke wrote
knew read ate slept won lost
say time know look think use way day thought felt lived seemed tried needed started moved paid few
little small short high low different wrong able free full whole either neither rather night house
kid person thing things place problem sorry bye probably basically instead anyway unless whether
`;

/**
 * Listed first names and surnames that are also Dutch or English words ("broek", "steen", "frank",
 * "young"), found by checking the name lists against the nl and en spelling dictionaries. Written
 * small they are the word; they count as a name only with a cue ("buurman frank") or a capital.
 */
export const WORDLIKE_NAMES = `
aa ad adem akin amine arend aster baas baba bakboord barre beek berg berk blinker bob bola boon
borst brink broek bruin buis burg ceder clement costa daal dick dool doorn earl emir eren ernst fay
feline fonkel frank graaf green greet groot gul haan hall ham heather heuvel hind hoek hoeven hof
horst hulst jack jan jasper jean jet joke jong junior kaan kader kamp kerkhof kim king kitty klerk
knol koppen kort laan lee leest linde linden linger luis mats meer mees miller mina molen muse nick
nirvana obi ooft pinkie ploeg pol pols pronk prosper puck putten randy ridder riet rim rob roger
rosemary sari schaap sheikh shire sluis smith stam steen ton tromp tuba turner vaart valk veen ven
dijk wijk leeuwen vliet voort vrede wal walker water weerd white wit wright young yurt zanden zwaan sultan imam dirk
`;
