/**
 * Words around names. Function words are never a name, even capitalised at a sentence start;
 * titles and relations announce one ("mevrouw Koster", "haar zoon Bilal") and stay in the text.
 */
export const FUNCTION_WORDS = `
de het een en of maar want omdat als dan toen nu ook nog al pas net wel niet geen ja nee er
ik je jij u hij zij ze we wij jullie zij hun hen haar zijn mijn ons onze uw die dat deze dit
wat wie waar hoe waarom wanneer welke met op in over door bij naar uit aan van voor na tot
tegen zonder tijdens sinds volgens vanaf tussen onder boven achter naast langs om rond per
vandaag gisteren morgen vanochtend vanmiddag vanavond daarna daarvoor eerst later soms vaak
altijd nooit elke iedere alle veel weinig meer minder graag helaas gelukkig eigenlijk vooral
misschien zeker dus daarom toch echt heel erg best thuis buiten binnen hier daar overal
niemand iemand iedereen alles niets zelf hem wil kan mag moet zal zou kon wilde moest ging
is was waren wordt werd heeft hebben had hadden gaat komt kwam zegt zei vertelt vertelde
afgelopen vorige volgende laatste eerste tweede derde andere ander allebei beide samen verder
the a an she he they we i it her his their my our this that these those what who where when
why how and but or because if after before at on with for from to today yesterday tomorrow
then also now sometimes often always never last next every each all many some no not yes
please unfortunately luckily actually especially maybe perhaps so still already just really
very here there nobody somebody everyone everything nothing since during without against
about over under together first later again both other another one two three was were is
are has have had says tells told asked thanks thank dear hello hi good great well
spoke talked met visited called notes note follow-up followup evening morning afternoon
conversation resident residents second third telefoon tel mail email e-mail adres address postcode
website phone contact
`;

/** Titles and forms of address: a name follows; the title itself is not part of the name. */
export const TITLES = `
meneer mijnheer mevrouw mevr mw mvr dhr heer juf juffrouw meester dokter dr mr mrs ms miss mister sir
madam madame drs ir ing prof pastoor dominee imam broeder zuster sister brother auntie uncle
aunt tante oom opa oma fam mej
`;

/** Relations and roles that are often followed by a name ("haar buurvrouw Marleen"). */
export const RELATIONS = `
zoon zoons dochter dochters broer broers zus zussen zusje broertje neef nicht vriend vriendin
vrienden man vrouw partner ex moeder vader mama papa schoonmoeder schoonvader kleinzoon
kleindochter kleinkind collega buurman buurvrouw buren bewoner bewoonster jongerenwerker
consulent hulpverlener huisarts wijkverpleegkundige mantelzorger begeleider coach echtpaar
familie son sons daughter daughters brother sister cousin friend neighbour neighbor husband
wife mother father mum mom dad nephew niece colleague grandson granddaughter grandmother
grandfather grandma grandpa carer worker nurse volunteer vrijwilliger
schoonzoon schoondochter schoonzus schoonbroer zwager schoonouders stiefvader stiefmoeder stiefzoon
stiefdochter halfbroer halfzus tweelingbroer tweelingzus achterkleinkind petekind neefje nichtje
zoontje dochtertje broertje zusje exman exvrouw ex-man ex-vrouw echtgenoot echtgenote verloofde
vriendje huisgenoot tolk huismeester conciërge wijkagent leerkracht docent mentor maatje kennis
vrijwilligster buurjongen buurmeisje klasgenoot stepson stepdaughter stepfather stepmother
son-in-law daughter-in-law brother-in-law sister-in-law half-brother half-sister boyfriend
girlfriend fiance fiancee partner landlord caretaker interpreter teacher mentor flatmate
`;

/** Verbs that introduce a name: "hij heet Dwayne", "a boy called Kojo". */
export const NAMING_WORDS = `heet heten genaamd noemt noemde named called name naam`;

/** Name particles, lower case; capitalised forms ("Van den Berg") are recognised as well. */
export const PARTICLES = `
van de der den het 't te ten ter el al ben bin ibn abu da di dos das do du la le von mac mc
`;

/**
 * First names and surnames that are also ordinary words (Dutch or English). At a sentence start
 * they count as a name only inside a longer name; mid-sentence, with a capital, they do.
 */
export const AMBIGUOUS_NAMES = `
ben bas roos fleur mark will may june joy hope grace faith mercy patience comfort prince gift
sunny summer said guy rose iris amber jade ruby victory blessing precious charity bright dirk
albert nelson floor job can sultan nova romeo post bos vos prins koning kok bakker visser smit
kramer koster dekker mulder brouwer schouten kuiper boer groen zwart kroon maas mol tol blom
lange winter ruiter brown vink
`;

/** People nouns that an age can belong to ("een vader van 38", "kinderen van 4 en 7"). */
export const PERSON_NOUNS = `
vader moeder man vrouw kind kinderen zoon dochter zonen dochters jongen meisje jongens meisjes
dame heer jongere jongeren bewoner bewoonster buurman buurvrouw kleinkind kleinkinderen broer zus
oma opa weduwe weduwnaar father mother man woman child children kids son sons daughter daughters
boy girl boys girls resident widow widower brother sister grandson granddaughter mum mom dad
mama papa lady student studente gepensioneerde alleenstaande oudste jongste middelste eldest
youngest oldest tweeling twins twin baby peuter kleuter tiener puber toddler teenager
`;

/** Nobody is called "de Kofi": after an article even a listed name is a shop or a festival ("bij de Dirk"). */
export const ARTICLES = `het 't een the a an de`;

/** After these only a listed name counts: "dat Kofi komt" is common, "deze Wijkkrant" is no person. */
export const DEMONSTRATIVES = `die dat deze this that`;

/** "naar Artis", "bij Jellinek", "uit Paramaribo": an unlisted word after these is a place or an organisation. */
export const PLACE_PREPOSITIONS = `naar in uit op via bij vanuit to at from into near`;

/** What people do, so an unlisted word that opens a sentence before it is a name: "Xolani vertelt". */
export const PERSON_VERBS = `
zegt zei vertelt vertelde belde belt woont woonde werkt werkte kwam komt vindt voelt denkt wil wilde
says said tells told lives lived works worked called calls wants feels thinks
`;

/**
 * Head nouns of an organisation's name: the proper name after one names the organisation, not a
 * person ("Buurthuis De Kameleon", "Stichting Kees Boeke", "Foundation Kwaku"). A Dutch compound
 * ending in one counts too ("basisschool", "speeltuinvereniging"). Used only where a text must
 * name who does something (organisation-names.ts); a note keeps taking "buurthuis Fatima" for a
 * person, because there it may be one.
 */
export const ORGANISATION_HEADS = `
huis centrum center centre stichting school vereniging kerk moskee tempel synagoge bibliotheek
team ggd gemeente stadsdeel fonds raad commissie comité werkgroep platform netwerk collectief
coöperatie cooperatie club bank loket steunpunt theater museum kinderboerderij speeltuin
foundation association church mosque temple library council committee network collective trust
charity hub
`;

/** A name followed by one of these names a thing: "Kwaku festival", "Anton de Kom school". */
export const THING_WORDS = `
festival school college centrum center centre theater fonds prijs award museum stichting foundation
kerk church moskee mosque park plein straat weg laan
`;

/** An unlisted word with one of these endings names a day, a feast or an institution: "Kerstdag". */
export const THING_ENDINGS = [
  'dag',
  'feest',
  'fonds',
  'bank',
  'huis',
  'centrum',
  'school',
  'kerk',
  'club',
  'museum',
  'theater',
  'zorg',
  'loket',
  'dienst',
  'raad',
  'team',
  'pas',
] as const;
