import type { CorpusEntry } from './labelled';
export const BLIND_B: readonly CorpusEntry[] = [
  {
    id: 'mb001',
    language: 'nl',
    marked:
      'gesprek mevr {person:jansen} ({age:71}) op {address:gooioord 67-III}, {postcode:1102 ch}. de flat is 50 jaar oud en de lift is al 3 weken stuk. ze wil vooral zelfbeschikking houden over haar eigen dag',
  },
  {
    id: 'mb002',
    language: 'en',
    peopleMentioned: ['Akosua Owusu', 'Kofi'],
    marked:
      'Met {person:Akosua Owusu} at the buurthuis. She is {age:19 years old}, her son {person:kofi} is {age:8 months old}. Her mum works nights at the OLVG so {person:Akosua} is alone with the baby most evenings.',
  },
  {
    id: 'mb003',
    language: 'nl',
    marked:
      "whatsapp van de zus: 'hoi mevrouw ik ben de zus van {person:shanti jagessar}, ze is haar telefoon kwijt dus u kan mij bellen op {phone:06-41827390}. groetjes {person:anjali}'",
  },
  {
    id: 'mb004',
    language: 'en',
    marked:
      'Long day. The road to work was blocked so I was late for the first talk. Will try to plan better tomorrow. Main theme today: solidarity between neighbours and how people keep an eye on each other.',
  },
  {
    id: 'mb005',
    language: 'nl',
    peopleMentioned: ['Kwame Mensah', 'Abena'],
    marked:
      'dhr {person:Kwame Mensah}, geb. {birthdate:14-02-1958}, woont alleen op {address:Hoogoord 212}, {postcode:1102hz}. zijn dochter {person:abena} komt 2x per week. hij betaalt € 1.250,- huur aan Ymere en houdt bijna niks over',
  },
  {
    id: 'mb006',
    language: 'en',
    marked:
      'dictated: mrs {person:el amrani} said her husband {person:youssef} lost his job at the GVB in march and now they get 450 euro less every month her kids are {age:3} {age:7} and {age:12} and the youngest has asthma',
  },
  {
    id: 'mb007',
    language: 'nl',
    marked:
      "De hof is mooi maar 's avonds is het er donker. bewoners willen meer lampen op het plein. Betrokkenheid van de buurt is groot, mensen kennen elkaar al 30 jaar.",
  },
  {
    id: 'mb008',
    language: 'nl',
    marked:
      '{person:nadia ouali} belde terug vanaf {phone:06 1938 4772}. iban voor de terugbetaling: {iban:NL76 INGB 0000 4824 88}. ze heeft 2 kinderen en werkt 24 uur per week bij de Kruidvat',
  },
  {
    id: 'mb009',
    language: 'en',
    marked:
      'Spoke to {person:Hodan Abdi} ({age:34}) and her neighbour {person:Sahra}. {person:Hodan} helps {person:Sahra} with letters from DUO and the CJIB. {person:Sahra} speaks Somali and a bit of Dutch. Both live on {address:kikkenstein}, close to the metro.',
  },
  {
    id: 'mb010',
    language: 'nl',
    marked:
      'meneer zegt dat zijn kleinzoon bas gitaar speelt in de kerk elke zondag om 10 uur dat geeft hem veel vreugde hij is zelf 30 jaar getrouwd geweest en mist zijn vrouw elke dag',
  },
  {
    id: 'mb011',
    language: 'en',
    marked:
      'DOB: {birthdate:1999-07-15}. {person:Jurgen Isenia}, moved from Curaçao 2 years ago. Email {email:jurgen.isenia99@gmail.com}. He wants to study but DUO says he has to wait until June.',
  },
  {
    id: 'mb012',
    language: 'nl',
    peopleMentioned: ['Ria van der Meulen', 'Gerrit van der Meulen'],
    marked:
      'mantelzorger {person:Ria van der Meulen} ({age:66}) zorgt voor haar man {person:Gerrit} ({age:74}) met dementie. adres {address:Daalwijkdreef 41-IV}, {postcode:1103AK}. ze is op, zegt ze, maar wil geen hulp van Cordaan "want dan ben ik mijn autonomie kwijt".',
  },
  {
    id: 'mb013',
    language: 'en',
    marked:
      'Grace period for the arrears ends on 1 May. {person:Mark} from the Buurtteam will call Ymere on Monday. Hope they accept 50 euro a month.',
  },
  {
    id: 'mb014',
    language: 'nl',
    peopleMentioned: ['Khadija Azzouzi', 'Aisha', 'Bilal', 'Noor'],
    marked:
      'moeder {person:khadija azzouzi} heeft het zwaar sinds de scheiding. kids: {person:aisha}, {person:bilal} en {person:noor}. {person:aisha} is {age:16}, {person:bilal} {age:13}, {person:noor} is net {age:3} geworden.',
  },
  {
    id: 'mb015',
    language: 'en',
    marked:
      '{person:Gisella} (Antillean, {age:27}) lives on {address:hoogoord} with her aunt {person:rosalia}, who is in a wheelchair. Physio is in room 214 of the health centre every Tuesday at 9.30, bus 47 stops right in front.',
  },
  {
    id: 'mb016',
    language: 'nl',
    marked:
      'bsn {bsn:635813634} en geb {birthdate:3 april 1961}, dhr {person:radjesh mahabier}. hij vroeg of ik de brief van het UWV kon voorlezen. vaste tel {phone:020-697 4128}',
  },
  {
    id: 'mb017',
    language: 'en',
    marked:
      'May I note here that the meeting room on the 3rd floor is too small. We had 12 people today and only 8 chairs. Coffee from the Albert Heijn was appreciated. Next session 14 June at 19:00.',
  },
  {
    id: 'mb018',
    language: 'nl',
    marked:
      'ze stuurde dit: "goedemiddag ik ben {person:senait} mijn man {person:yonas haile} is ziek en ik kan niet komen morgen. ons adres is {address:Grubbehoeve 112}, {postcode:1103 gh}. dank u"',
  },
  {
    id: 'mb019',
    language: 'en',
    peopleMentioned: ['Henk de Boer'],
    marked:
      "{person:Henk de Boer} ({age:79}), widower, 52 years in the same flat. He says Zuidoost was 'all meadows' when he arrived in 1971. Meneer is sharp as a knife and still does his own shopping at the Lidl.",
  },
  {
    id: 'mb020',
    language: 'nl',
    marked:
      'mevr {person:Owusu-Ansah} heeft een schuld van 3400 euro bij het CJIB. Rekening {iban:nl66abna5052318577}. haar dochter {person:efua} ({age:17}) helpt met de post omdat mevrouw slecht ziet.',
  },
  {
    id: 'mb021',
    language: 'en',
    peopleMentioned: ['Jerrel Sabajo'],
    marked:
      'Young guy, {person:Jerrel Sabajo}, {age:22 yo}, debts around 6.000 euro, mostly phone contracts and a Zalando order. He lives with his mother on {address:Bijlmerdreef 1021-II}. Number {phone:+31 6 2840 1937}. Very open, wants a fresh start.',
  },
  {
    id: 'mb022',
    language: 'nl',
    marked:
      'Langs de singel fietsen doet ze nog elke ochtend, ook al is ze arbeidsongeschikt. Ze zegt: gelijkwaardigheid betekent dat mensen je niet behandelen als een patiënt. Koffie gedronken, 45 minuten gesproken.',
  },
  {
    id: 'mb023',
    language: 'en',
    marked:
      "Note for {person:Will}: please call {person:Bill Agyeman} back about the food bank. He's on {phone:06.48.29.17.03}. Will he qualify? His income is just above the limit (1.480 per month).",
  },
  {
    id: 'mb024',
    language: 'nl',
    marked:
      'moeder {person:Emine Yılmaz}, {age:38 jaar}, Turks, 4 kinderen. de oudste, {person:mehmet}, is {age:16}, de jongste is {age:2}. man werkt in de haven. mail: {email:emine.yilmaz84@hotmail.com}',
  },
  {
    id: 'mb025',
    language: 'en',
    marked:
      '{person:June} (not the month, the neighbour!) brings soup to mr {person:kasanpawiro} every evening. He is {age:88}, Javanese, speaks mostly Javanese and Sranan. In June they plan a party for his birthday.',
  },
  {
    id: 'mb026',
    language: 'nl',
    marked:
      'mevrouw {person:roos hoekstra} vertelde dat ze sinds de operatie geen trap meer kan lopen ze woont op drie hoog zonder lift adres {address:reigersbos 104a} {postcode:1108 gr} de woningcorporatie reageert niet op haar mails',
  },
  {
    id: 'mb027',
    language: 'en',
    marked:
      "The youth worker said: 'the joy on his face when he got the job'. Joy is what keeps her going, she says. 20% of the kids in her group have no internet at home.",
  },
  {
    id: 'mb028',
    language: 'nl',
    marked:
      'geboren {birthdate:12.3.87}, {person:Shurandy Martina}, woont bij zijn oma op {address:Kelbergen 230 3hg}, {postcode:1104 ha}. oma is {age:81} en hij doet alles voor haar.',
  },
  {
    id: 'mb029',
    language: 'en',
    marked:
      'dob {birthdate:04/11/2003}, {person:Ayaan Mohamud}, {age:23}, newcomer, in NL since 2021. Lives with two other girls at {address:Florijn 48-hs}. {email:ayaan.m2003@outlook.com}',
  },
  {
    id: 'mb030',
    language: 'nl',
    marked:
      'Op het plein was markt. Veel mensen uit Ghana en Suriname, gesprekken in het Twi en Sranantongo. Compassie kwam vaak terug. Morgen om 14.00 weer.',
  },
  {
    id: 'mb031',
    language: 'en',
    marked:
      'Called {person:Kwabena Osei} at {phone:0031 6 1029 3847}. He asked if his BSN ({bsn:697 331 751}) was needed for the form. Told him no, and never to send it over WhatsApp.',
  },
  {
    id: 'mb032',
    language: 'nl',
    peopleMentioned: ['Kees', 'mevr. Visser-de Groot'],
    marked:
      'buurman {person:kees} helpt mevr {person:visser-de groot} met boodschappen. zij is {age:82 jaar oud}, hij {age:61}. samen al 20 jaar buren in de {address:Klieverinklaan}.',
  },
  {
    id: 'mb033',
    language: 'en',
    marked:
      "Resident quote: 'my aunt {person:rosalia} raised me, she is {age:70} now and I take care of her.' He is {age:24}, informal carer, studies at the ROC in the evening.",
  },
  {
    id: 'mb034',
    language: 'nl',
    marked:
      'IBAN ouders: {iban:NL21 RABO 4783 1793 84}, t.n.v. {person:S. Ramkisoen}. Zij vragen bijzondere bijstand aan voor een wasmachine (ca. 450 euro).',
  },
  {
    id: 'mb035',
    language: 'en',
    marked:
      'Will and hope are not enough, says the resident; she wants concrete help. Mark the form as urgent. The bill from Vattenfall is 312 euro for three months.',
  },
  {
    id: 'mb036',
    language: 'nl',
    peopleMentioned: ['Gracia Zeegelaar', 'Jaylano'],
    marked:
      'tienermoeder {person:Gracia Zeegelaar}, {age:17}, baby {person:Jaylano} geb {birthdate:2 sept 2026}. woont nog bij haar moeder op {address:Hakfort 507}, {postcode:1102EK}. tel {phone:0648392017}, {email:gracia.zeegelaar@hotmail.com}',
  },
  {
    id: 'mb037',
    language: 'en',
    marked:
      'Met with {person:Mebrat Gebremedhin} ({age:29}) and her brother {person:Filmon} ({age:21}). Both speak Tigrinya. {person:Filmon} wants a job at Schiphol. They have been in the Netherlands for 4 years.',
  },
  {
    id: 'mb038',
    language: 'nl',
    marked:
      'gesprek met mevrouw {person:de graaf} zij is {age:84} en woont op {address:hoogoord 9} {postcode:1102 cd} telefoon {phone:06 39 20 48 17} zij zegt dat haar zoon {person:marco} nooit meer belt het is nu 3 maanden geleden',
  },
  {
    id: 'mb039',
    language: 'en',
    marked:
      '{person:Kofi Asante}, {age:45}, works two jobs (cleaning at OLVG and nights at the Albert Heijn distribution centre). Sends 200 euro a month to family in Kumasi. {email:kofi.asante@ziggo.nl}, {phone:06-2739 4410}',
  },
  {
    id: 'mb040',
    language: 'nl',
    marked:
      'Gesprek op de kade bij het water, mevrouw wilde niet binnen zitten. Ze woont hier 12 jaar. De buurt is veranderd, zegt ze, meer jonge gezinnen. Solidariteit is minder dan vroeger.',
  },
  {
    id: 'mb041',
    language: 'en',
    marked:
      '{person:Sharmila Ramkisoen} (Hindustani, {age:52}) cares for her mother-in-law, who is {age:81} and came from Suriname in 1975. Address {address:Grunder 15-1}, {postcode:1106 bk}. She asks for respite care one weekend a month.',
  },
  {
    id: 'mb042',
    language: 'nl',
    marked:
      'whatsapp: "hoi mevrouw dit is {person:Bilal} van gisteren. mijn nieuwe nummer is {phone:+31 6 39 48 20 17} en mijn mail {email:bilal.bouzid@live.nl}. ik ben {age:19} dus mag ik zelf de aanvraag doen?"',
  },
  {
    id: 'mb043',
    language: 'en',
    peopleMentioned: ['Errol Doelwijt'],
    marked:
      'DOB {birthdate:12 Jan 1964}. Name {person:Errol Doelwijt}. BSN {bsn:2702.71.855}. Lives at {address:Karspeldreef 88-III}, {postcode:1101CJ}. Uses a walker since the stroke last winter.',
  },
  {
    id: 'mb044',
    language: 'nl',
    marked:
      'de oudste is {age:16} en zit op het Bijlmer College, de tweede is {age:14}. Moeder ({person:Abena Boateng}) wil dat ze een bijbaan zoeken maar vader is tegen. De oudste heet {person:Nana}.',
  },
  {
    id: 'mb045',
    language: 'en',
    marked:
      'she said her sister {person:fatima} will come on monday may be tuesday the doctor at the olvg said she has to rest for 6 weeks and cant lift anything',
  },
  {
    id: 'mb046',
    language: 'nl',
    peopleMentioned: ['Soeniel Bhagwandin'],
    marked:
      'Voor {person:Soeniel Bhagwandin}: rekeningnummer {iban:NL69SNSB3877928936}, bsn {bsn:900545975}, geb. {birthdate:30-06-1990}. Schulden: Belastingdienst 2.100, zorgverzekering 860, Tele2 340.',
  },
  {
    id: 'mb047',
    language: 'en',
    marked:
      'Garden project at the park: 15 residents showed up, mostly families. Rose bushes planted near the entrance. Lots of laughter. Compassion and equality came up when we talked about the elderly on the ground floor.',
  },
  {
    id: 'mb048',
    language: 'nl',
    marked:
      'mevr {person:Truus ter Horst} ({age:91}!) woont nog zelfstandig op {address:Wamelplein 12}. Haar buurvrouw {person:Hatice} kookt soms voor haar. Tel buurvrouw {phone:06/29384710}.',
  },
  {
    id: 'mb049',
    language: 'en',
    marked:
      '{person:Yaw Darko} says his landlord is not Ymere but a private guy who asks 1.100 cash. {person:Yaw} is {age:31} and lives at {address:Daalwijkdreef 201-IV}, {postcode:1103 KR}, with 3 other men in 2 rooms. Reach him on {phone:0623 918 470}, WhatsApp only.',
  },
  {
    id: 'mb050',
    language: 'nl',
    marked:
      'Dinsdag, laatste gesprek van de dag. Mevrouw sprak Papiaments en een beetje Nederlands. Ze wil meedoen met het taalcafé op woensdag. Betrokkenheid!',
  },
  {
    id: 'mb051',
    language: 'en',
    marked:
      'mrs {person:owusu} told me her son {person:kofi} (aged {age:4}) and daughter {person:ama} (aged {age:9}) go to the school on the other side of the dreef, she walks them there every morning',
  },
  {
    id: 'mb052',
    language: 'nl',
    marked:
      'post van het UWV voor dhr {person:R. Mahabier}, bsn {bsn:569 637 697}. Hij is {age:59 jaar} en sinds 2019 arbeidsongeschikt. Afspraak 12 maart om 11.15 uur.',
  },
  {
    id: 'mb053',
    language: 'en',
    peopleMentioned: ['Hibaaq Jama'],
    marked:
      'Emergency contact for mrs {person:Jama}: her daughter {person:Hibaaq}, {phone:06 71 92 84 30}, {email:hibaaq.jama@gmail.com}.',
  },
  {
    id: 'mb054',
    language: 'nl',
    marked:
      'de buurvrouw, {person:Joke Smit-van Dam}, is net {age:80} geworden. Taart van de HEMA, 25 mensen. Ze woont al 40 jaar in Driemond.',
  },
  {
    id: 'mb055',
    language: 'en',
    marked:
      'Interview cancelled. Resident texted that the bus (line 41) did not come. Rescheduled to Thursday 10:30, room 2.14.',
  },
  {
    id: 'mb056',
    language: 'nl',
    marked:
      "{person:Wim van 't Hof}, geb. {birthdate:1964}, woont {address:Gaasperplaslaan 7 bv}, {postcode:1108ES}. Hij is vrijwilliger bij de voedselbank en ziet veel schaamte bij mensen.",
  },
  {
    id: 'mb057',
    language: 'en',
    marked:
      "WhatsApp from resident: 'hi miss its {person:Jaylen}, my mom {person:Marcia Pinas} says she cant come tomorrow, she is sick. her number is {phone:0618273645}, call her after 5 pls'",
  },
  {
    id: 'mb058',
    language: 'nl',
    marked:
      'Oom {person:ramdin} is {age:77} en woont bij het gezin in. Hij spreekt Sarnami en Nederlands. Geen eigen inkomen, AOW-gat van 14%.',
  },
  {
    id: 'mb059',
    language: 'en',
    peopleMentioned: ['Mark Bakker'],
    marked:
      '{person:Mark Bakker}, {age:42}, single dad of {person:Lucas} ({age:6}) and {person:Sem} ({age:9}). Works 32 hours at Schiphol. Address {address:Hogevecht 114}, {postcode:1102 KX}.',
  },
  {
    id: 'mb060',
    language: 'nl',
    marked:
      'Roos in de tuin bloeit weer, zegt meneer trots. Hij zit elke ochtend op het bankje. Zijn vrouw is 5 jaar geleden overleden. Eenzaamheid is het grootste probleem.',
  },
  {
    id: 'mb061',
    language: 'en',
    marked:
      'called mrs {person:bhagwandin} on {phone:06 12 98 47 30} she said yes the 23rd is fine but not before 10 because of the kids',
  },
  {
    id: 'mb062',
    language: 'nl',
    marked:
      '{person:Ayşe Demir} ({age:45}) en haar moeder ({age:73}) wonen samen op {address:Develstein 210}, {postcode:1102ak}. {person:Ayşe} is de enige die Nederlands spreekt in huis. mail {email:aysedemir.81@gmail.com}',
  },
  {
    id: 'mb063',
    language: 'en',
    marked:
      'IBAN for the refund: {iban:NL64 ASNB 7095 9714 75}, account holder {person:Grace Appiah}. {person:Grace} is a single mum, {age:26}, two jobs.',
  },
  {
    id: 'mb064',
    language: 'nl',
    marked:
      'bewoner wil niet dat zijn naam genoemd wordt. Woont sinds 2001 in de wijk, werkt bij de gemeente als conciërge. 3 kinderen, allemaal volwassen. Heeft moeite met de nieuwe app van de bank.',
  },
  {
    id: 'mb065',
    language: 'en',
    marked:
      'Young mother, {person:Raysheline Wawoe}, DOB {birthdate:22-08-2007}, so she is {age:19}. Baby {person:Zuriël} is {age:5 weeks old}. {email:raysh.wawoe@icloud.com}',
  },
  {
    id: 'mb066',
    language: 'nl',
    marked:
      '{person:Hatice Öztürk} wil gebeld worden op het vaste nummer {phone:020-4097712}, niet mobiel. Ze is {age:68} en doof aan 1 oor.',
  },
  {
    id: 'mb067',
    language: 'en',
    peopleMentioned: ['Bas', 'May', 'dhr Sardjoe'],
    marked:
      'Neighbours helping each other: {person:Bas} (the Dutch guy from the ground floor) fixes bikes for free, {person:May} from the 4th floor does the laundry for old mr {person:sardjoe}.',
  },
  {
    id: 'mb068',
    language: 'nl',
    marked:
      'De weg naar het werk is lang: twee bussen en de metro, 75 minuten. Mevrouw verdient 1.650 netto. Ze wil verhuizen maar de wachttijd is 14 jaar.',
  },
  {
    id: 'mb069',
    language: 'en',
    marked:
      "{person:Khadija}'s brother {person:Youssef el Khattabi} ({age:28}) is helping with the forms. His email is {email:y.elkhattabi@outlook.com}.",
  },
  {
    id: 'mb070',
    language: 'nl',
    marked:
      'aanmelding: {person:Farhan Warsame}, geboren op {birthdate:1 januari 1995}, {address:Bijlmerdreef 870-II}, {postcode:1103 TZ}, {phone:06-38291047}, {email:farhanwarsame95@gmail.com}. Somalisch, spreekt goed Engels.',
  },
  {
    id: 'mb071',
    language: 'en',
    marked:
      'The singel behind the flats is being dredged, so the noise starts at 7. Residents complained to Eigen Haard. 3 out of 10 households have small children.',
  },
  {
    id: 'mb072',
    language: 'nl',
    marked:
      'kleinzoon {person:jayden} ({age:14}) logeert vaak bij oma. oma {person:Gerda Pinas} is {age:69}. ze heeft suiker en hoge bloeddruk. pensioen komt binnen op {iban:NL47 ABNA 8760 2522 68}.',
  },
  {
    id: 'mb073',
    language: 'en',
    marked:
      'mister {person:appiah} says his wife {person:efua} is {age:55} and she has been sick since june so he does everything in the house now',
  },
  {
    id: 'mb074',
    language: 'nl',
    marked:
      'facebook van de moeder: {url:facebook.com/shanice.kromodikoro}. Zij zoekt daar kleding voor de baby. {person:Shanice Kromodikoro}, {age:18 jr}, Javaans-Surinaams.',
  },
  {
    id: 'mb075',
    language: 'en',
    marked:
      'Fundraiser page for the funeral of her father: {url:https://www.gofundme.com/f/afscheid-papa-doelwijt}. Daughter {person:Priscilla Doelwijt} asked if she can share it in the WhatsApp group.',
  },
  {
    id: 'mb076',
    language: 'nl',
    marked:
      '{person:Mieke} van het Buurtteam komt donderdag. Mevrouw {person:Sastrosemito} heeft haar nummer gegeven: {phone:06 - 47 38 29 10}.',
  },
  {
    id: 'mb077',
    language: 'en',
    marked:
      'Mrs {person:Agyeman}, {age:63}, wants to go back to Ghana for 3 months to see her sister. Worried about her AOW. Address {address:Egeldonk 3 2-hoog}, {postcode:1103 ZH}.',
  },
  {
    id: 'mb078',
    language: 'nl',
    marked:
      "Het park was vol met families, BBQ's, muziek. Veel mensen bereiden zich voor op Keti Koti. Mevrouw vertelde over haar grootmoeder en de geschiedenis. Emotioneel gesprek.",
  },
  {
    id: 'mb079',
    language: 'en',
    peopleMentioned: ['Hope Mensah'],
    marked:
      '{person:Hope Mensah} (yes, her name is {person:Hope}), {age:33}, works at a daycare and lives at {address:Gravestein 154}. Lots of hope in this family despite everything.',
  },
  {
    id: 'mb080',
    language: 'nl',
    marked:
      'mevrouw zegt mijn dochter {person:chantal} is {age:16} en ze gaat niet meer naar school sinds de zomer ik weet niet meer wat ik moet doen',
  },
  {
    id: 'mb081',
    language: 'en',
    marked:
      'Contact sheet: {person:Senait Tesfay}, {phone:+31 (0)6 4829 3710}, {email:senait.tesfay@gmail.com}, {address:Frissenstein 62-II}, {postcode:1102 bh}. Prefers English or Tigrinya, not Dutch yet.',
  },
  {
    id: 'mb082',
    language: 'nl',
    marked:
      'meneer {person:kaya} is {age:58}, ex-bouwvakker, rugklachten, nu arbeidsongeschikt. Vrouw {person:Zeynep} werkt in de thuiszorg, 28 uur.',
  },
  {
    id: 'mb083',
    language: 'en',
    marked:
      'Money stress everywhere today. One family pays 38% of their income on rent. Another has 4 loans. Autonomy and dignity were the words that kept coming back.',
  },
  {
    id: 'mb084',
    language: 'nl',
    marked:
      'terugbetaling eigen bijdrage naar {iban:nl55 trio 2295 1273 97} t.n.v. {person:Marjolein de Wit}. ze is {age:47} en zorgt voor haar broer met een verstandelijke beperking.',
  },
  {
    id: 'mb085',
    language: 'en',
    marked:
      'Mother {person:Ama Agyeman} ({age:41}), kids aged {age:2}, {age:5} and {age:11}. Husband in Ghana since 2023. She cleans offices at the Arena from 5 am.',
  },
  {
    id: 'mb086',
    language: 'nl',
    peopleMentioned: ['Johanna Wongsodikromo'],
    marked:
      'geb {birthdate:5-5-1948}, {person:Johanna Wongsodikromo}, {age:78}, weduwe. woont op {address:Heesterveldplein 4}, {postcode:1102 LM}. kleindochter belt vanaf {phone:06-40 29 18 37}. wil graag naar de Javaanse ouderenclub maar durft niet alleen met de bus.',
  },
  {
    id: 'mb087',
    language: 'en',
    peopleMentioned: ['Will'],
    marked:
      '{person:Will} runs the homework club on Wednesdays. He is {age:24} and studying social work. Will we get funding for next year? Unclear, the gemeente decides in April.',
  },
  {
    id: 'mb088',
    language: 'nl',
    marked:
      "De bewoner vertelde over de hoeve bij Driemond waar hij als kind werkte. Lang geleden. Hij is trots op zijn kleinkinderen. Over gelijkwaardigheid: 'ik wil niet dat iemand voor me beslist'.",
  },
  {
    id: 'mb089',
    language: 'en',
    marked:
      'Her ex, {person:Marlon}, owes her child support since March (about 2.400 euro). {person:Marlon} lives in Almere now. She has his number: {phone:06 1847 2930}. Son {person:Dayvano} is {age:7}.',
  },
  {
    id: 'mb090',
    language: 'nl',
    marked:
      'aanvraag ingediend voor mevr {person:F. Ouali-Benali}, bsn {bsn:2716.75.664}, rekening {iban:NL82KNAB9045886980}. beslissing binnen 8 weken.',
  },
  {
    id: 'mb091',
    language: 'en',
    peopleMentioned: ['Ruthmila Statia', 'Jurensley Statia'],
    marked:
      'Venserpolder, kitchen table: {person:Ruthmila Statia} ({age:57}) and her son {person:Jurensley} ({age:20}). {person:Ruthmila} has COPD and {person:Jurensley} is her mantelzorger next to his studies at the HvA. Address: {address:Venserkade 19-3}, {postcode:1103 ab}.',
  },
  {
    id: 'mb092',
    language: 'nl',
    marked:
      'Op de gracht in het centrum werkte hij vroeger als rondvaartschipper. Nu 20 jaar met pensioen. Hij mist de stad, maar niet de drukte.',
  },
  {
    id: 'mb093',
    language: 'en',
    marked:
      'DOB: {birthdate:03.09.1972}. {person:Osman Çelik} lives at {address:Holendrechtplein 25}, {postcode:1106ln}. Turkish, worked 25 years in a bakery. Wants to volunteer now.',
  },
  {
    id: 'mb094',
    language: 'nl',
    marked:
      'whatsapp gekopieerd: "goedemorgen mevrouw, u spreekt met {person:efua boateng} de moeder van {person:nana}. ik wil vragen of de afspraak op vrijdag 10 uur kan. mijn nummer {phone:0634918207}"',
  },
  {
    id: 'mb095',
    language: 'en',
    peopleMentioned: ['Kwame Mensah', 'Abena Mensah', 'Kofi Mensah'],
    marked:
      '{person:Kwame}, {age:16yo}, wants to quit school. Mum {person:Abena} and dad {person:Kofi Mensah} disagree. He sells sneakers on TikTok: {url:tiktok.com/@kwamekicks_amsterdam}',
  },
  {
    id: 'mb096',
    language: 'nl',
    marked:
      'mevrouw {person:de Jong-Ramdin} woont op {address:kortvoort 7-hs}, {postcode:1104GB}. haar zoontje ({age:4}) heeft autisme en staat op de wachtlijst bij de GGD.',
  },
  {
    id: 'mb097',
    language: 'en',
    marked:
      'Bill payment problems again. The June bill from the energy company doubled. The resident is Ghanaian, speaks Twi and English. She has a strong faith; grace and hope are important words for her.',
  },
  {
    id: 'mb098',
    language: 'nl',
    marked:
      'Meneer is {age:95}! Helder van geest. {person:Cornelis Bakker}, woont bij zijn dochter {person:Anneke} op {address:Dolingadreef 110}, {postcode:1102 ET}.',
  },
  {
    id: 'mb099',
    language: 'en',
    marked:
      'email from the carer {person:Soekirman}: {email:soekirman.r@kpnmail.nl}. Her father {person:Wagiman} is {age:84 years old} and refuses to go to a care home.',
  },
  {
    id: 'mb100',
    language: 'nl',
    marked:
      'IBAN doorgegeven door de dochter: {iban:NL33 BUNQ 9934 9811 95}. Naam rekeninghouder: {person:Ingrid Sabajo}. Zij is {age:44} en beheert de financiën van haar broer.',
  },
  {
    id: 'mb101',
    language: 'en',
    marked:
      "{person:Rose} (the neighbour, not the flowers) has a key to mr {person:bakker}'s flat and checks on him twice a day.",
  },
  {
    id: 'mb102',
    language: 'nl',
    marked:
      'Studieschuld DUO 18.000, bijbaan bij de Albert Heijn 16 uur. {person:Dylan Vermeulen}, {age:21}, woont op kamers aan het {address:Bullewijkpad 31}, {postcode:1101 bd}. mail {email:dylan.vermeulen05@outlook.com}',
  },
  {
    id: 'mb103',
    language: 'en',
    marked:
      'her name is {person:precious ansah} she is {age:20} and lives on {address:hakfort} with her boyfriend {person:kelvin} who is not nice to her, follow up next week',
  },
  {
    id: 'mb104',
    language: 'nl',
    marked:
      'Thema vandaag: autonomie en zelfbeschikking bij ouderen. Drie gesprekken, allemaal oudere vrouwen die alleen wonen. Eén van hen had al 2 weken niemand gesproken.',
  },
  {
    id: 'mb105',
    language: 'en',
    marked:
      'Phone list for the carers group: {person:Sharmila} {phone:06-29173840}, {person:Ria} {phone:06-51829304}, {person:Hodan} {phone:06-73920184}. Next meeting 9 October.',
  },
  {
    id: 'mb106',
    language: 'nl',
    marked:
      'De moeder van {person:aicha} (meisje, {age:15}) belde boos omdat school niks doet tegen het pesten. Moeder spreekt Arabisch en Tamazight.',
  },
  {
    id: 'mb107',
    language: 'en',
    marked:
      'Old mr {person:Elias Koenders}, born in {birthdate:1943}, survived 2 strokes. His flat was renovated in 2019 and he loves the new kitchen.',
  },
  {
    id: 'mb108',
    language: 'nl',
    marked:
      'adres: {address:Leusdenhof 118}, {postcode:1108 dk}. {person:Yvonne Lieuw-A-Soe} heeft twee zonen van {age:10} en {age:12}. Ze werkt als kapster vanuit huis.',
  },
  {
    id: 'mb109',
    language: 'en',
    marked:
      'The street was closed for the market, so we met at the library. The resident is Turkish, worked in construction his whole life. Now retired and bored. He wants to volunteer at the repair café.',
  },
  {
    id: 'mb110',
    language: 'nl',
    peopleMentioned: ['Kees de Ruiter', 'Bas Hoekstra'],
    marked:
      '{person:Kees de Ruiter} ({age:67}) en {person:Bas Hoekstra} ({age:70}) organiseren de klusdienst. Ze hebben 40 vrijwilligers en 1 bakfiets.',
  },
  {
    id: 'mb111',
    language: 'en',
    marked:
      "dob {birthdate:7/2/2010}, {person:Samira}, {age:16}, lives with her grandmother. Wants help applying for a bijbaan. Grandma's number {phone:06 3019 2847}.",
  },
  {
    id: 'mb112',
    language: 'nl',
    marked:
      'dhr {person:bouzid} wil liever mail: {email:a.bouzid1961@gmail.com}. geb. {birthdate:19-11-1961}. hij leest geen brieven meer, zijn ogen zijn te slecht.',
  },
  {
    id: 'mb113',
    language: 'en',
    marked:
      "Mrs {person:Gebremedhin}'s daughter {person:Lula} is {age:6} and translates everything for her mum. That is too much for a child, we agreed.",
  },
  {
    id: 'mb114',
    language: 'nl',
    marked:
      'Mensen op de dreef lopen snel door, niemand groet elkaar, zegt mevrouw. Vroeger was dat anders. Ze wil een buurtbarbecue organiseren in augustus.',
  },
  {
    id: 'mb115',
    language: 'en',
    marked:
      "Direct debit form: {iban:NL53 RBRB 8529 3222 78}, name {person:T. Mahabier-Ramsaran}, date of birth {birthdate:9 March 1983}. She wants the rent paid automatically so she can't forget.",
  },
  {
    id: 'mb116',
    language: 'nl',
    marked:
      'tel {phone:06-2048 3917} ({person:Natasha}, dochter). Moeder {person:Marie-Louise Koster} is {age:86} en valt steeds. Alarmknop aangevraagd.',
  },
  {
    id: 'mb117',
    language: 'en',
    peopleMentioned: ['Jaydon', 'Milan', 'Esra', 'Amir'],
    marked:
      'Kids in the youth club this week: {person:Jaydon}, {person:Milan}, {person:Esra} and {person:Amir}. No incidents. We talked about respect and equality.',
  },
  {
    id: 'mb118',
    language: 'nl',
    peopleMentioned: ['Gloria Sedney'],
    marked:
      'rekening {iban:nl29ingb0008897405}, bsn {bsn:500 185 803}. mevrouw ({person:Gloria Sedney}, {age:39}) krijgt sinds juni geen toeslag meer en weet niet waarom.',
  },
  {
    id: 'mb119',
    language: 'en',
    marked:
      'Met the group of Eritrean mothers at the mosque on the square. They speak Tigrinya and some Arabic. 6 women, 14 children in total. They want Dutch lessons with childcare.',
  },
  {
    id: 'mb120',
    language: 'nl',
    marked:
      'STT: ik sprak met meneer {person:frank de haan} hij woont op de {address:rechte hoofdweg 19} in driemond hij is {age:73} en rijdt nog auto',
  },
  {
    id: 'mb121',
    language: 'nl',
    marked:
      'huurtoeslag naar rekening {iban:NL2 4AB NA5 023 061 805}, t.n.v. {person:Mohamed Ait Taleb}, geb. {birthdate:02-10-1979}. woont met vrouw en 5 kinderen op {address:Gaasperbeek 45}.',
  },
  {
    id: 'mb122',
    language: 'nl',
    marked:
      'vandaag 4 gesprekken in Holendrecht. Een mevrouw vertelde dat ze 38 jaar in de thuiszorg heeft gewerkt. Nu heeft ze zelf zorg nodig. Hulp vragen is moeilijk; compassie voor jezelf ook.',
  },
  {
    id: 'mb123',
    language: 'nl',
    marked:
      'mevrouw {person:asantewaa} belt vanaf nummer {phone:06 24 81 93 07} zij is geboren op {birthdate:18 juli 1970} en woont op {address:kraaiennest 121} in de bijlmer haar kinderen zijn allemaal het huis uit',
  },
  {
    id: 'mb124',
    language: 'en',
    peopleMentioned: ['Joy Koranteng', 'Comfort Koranteng'],
    marked:
      "{person:Joy Koranteng}, {age:15}, six months pregnant. Lives with her mum {person:Comfort} at {address:Hoptille 277}. Mum's number {phone:06 58 30 19 27}. School counsellor is involved, and the verloskundige at the health centre.",
  },
  {
    id: 'mb125',
    language: 'nl',
    marked:
      'teveel ontvangen bijstand (620 euro) terugstorten op {iban:NL15R ABO94 17723 577}? nee, dat is haar eigen rekening. {person:A. Veldhuis} gaat bellen met de gemeente.',
  },
  {
    id: 'mb126',
    language: 'nl',
    marked:
      '"Hoi mevrouw, ik ben {person:Latisha}, de nicht van mevrouw {person:Doerga}. Tante is {age:63} en ligt in het AMC. Mail mij maar: {email:latisha.doerga@hotmail.nl}"',
  },
  {
    id: 'mb127',
    language: 'nl',
    marked:
      "{person:Priya Jagernath}, bsn {bsn:816.990.530}, woont op {address:Karspelsingel 8-II}, {postcode:1107 vc}. Ze studeert verpleegkunde en zorgt 's avonds voor haar opa.",
  },
  {
    id: 'mb128',
    language: 'nl',
    marked:
      'Meneer vertelt dat de flat in 1972 is gebouwd en dat er toen nog geen metro was. Hij woont er zelf 35 jaar. Het gebouw is 54 jaar oud en dat zie je.',
  },
  {
    id: 'mb129',
    language: 'nl',
    marked:
      '{person:Fatoumata Diallo} (uit Guinee, {age:24}), tel {phone:0031-6-28 39 40 17}. Ze spreekt Frans en Fulani, volgt nu inburgering. Ze wil later de zorg in.',
  },
  {
    id: 'mb130',
    language: 'en',
    marked:
      'son {person:noah} ({age:11}) and daughter {person:liv} ({age:8}) go to the Kameleon school. mum {person:sanne de vries} works for Eigen Haard and has very little time, dad {person:ruud} drives a tram for the GVB.',
  },
  {
    id: 'mb131',
    language: 'en',
    marked:
      '{person:Afia}, {age:36yrs}, sells food from home: {url:www.instagram.com/mamaafia_kitchen}. She wants to register at the KVK and start a real small business.',
  },
  {
    id: 'mb132',
    language: 'nl',
    marked:
      'geb. {birthdate:20/04/1955}, {person:Stanley Kasantaroeno}, rekening {iban:NL08.SNSB.7611.6330.82}. hij wil zijn AOW op een andere rekening.',
  },
  {
    id: 'mb133',
    language: 'en',
    marked:
      'Busy day at the community centre. Bingo for the elderly, 32 people. Prizes from the Action. One lady won a frying pan and was as happy as a child.',
  },
  {
    id: 'mb134',
    language: 'nl',
    marked:
      'jongere met schulden: de {age:20-jarige} {person:Jermaine Tjon-A-Fat}, {email:jermaine.tjonafat@gmail.com}. Schulden 4.300 euro, vooral boetes van het CJIB en een telefoonabonnement.',
  },
  {
    id: 'mb135',
    language: 'nl',
    peopleMentioned: ['Wil'],
    marked:
      'buurvrouw {person:Wil} wil niet dat haar naam in het verslag komt. Ze is {age:74} en helpt al 10 jaar jonge moeders in de flat.',
  },
  {
    id: 'mb136',
    language: 'nl',
    marked:
      'IBAN: {iban:nl53 asnb 4168 2232 92}, {person:Jacqueline Soekhoe}, {address:Wisseloord 80}, {postcode:1106 ax}. Betalingsregeling met Ymere, 75 per maand.',
  },
  {
    id: 'mb137',
    language: 'en',
    marked:
      'dob {birthdate:1 May 1990}, {person:Abdirahman Yusuf}, {phone:+31612093847}, {email:abdi.yusuf90@gmail.com}. He will start at the warehouse in May if his papers are ready.',
  },
  {
    id: 'mb138',
    language: 'nl',
    marked:
      'Meneer {person:Gobardhan} is {age:62} en zijn broer {person:Ravi} is {age:65}. Ze hebben samen 20 jaar een toko gehad aan het Bijlmerplein, nu gesloten.',
  },
  {
    id: 'mb139',
    language: 'nl',
    marked:
      'nieuw adres van {person:rachida}: {address:hondsrugpad 14-a}, {postcode:1105az}. nieuwe rekening {iban:nl60rabo7172498687}. verhuisd vanwege overlast van de bovenburen.',
  },
  {
    id: 'mb140',
    language: 'en',
    marked:
      'She has a black belt in judo and used to be a champion. Lost 30 kilos because of her illness. Still laughs a lot. Will visit again in two weeks.',
  },
  {
    id: 'mb141',
    language: 'nl',
    marked:
      '{person:Tesfalem Ghebreyesus}, geboren {birthdate:1988}, bsn {bsn:219336167}. Statushouder sinds 2022, woont op {address:Holendrechterstraat 3}, {postcode:1106 kp}.',
  },
  {
    id: 'mb142',
    language: 'nl',
    peopleMentioned: ['Marco', 'Gina', 'mevrouw Olieslager'],
    marked:
      '{person:Marco} van Cordaan en {person:Gina} van het Buurtteam waren ook bij het gesprek. Mevrouw {person:Olieslager} ({age:58}) voelde zich niet serieus genomen.',
  },
  {
    id: 'mb143',
    language: 'en',
    marked:
      "{person:Kelvin Amponsah} asked us to pay the deposit for the new room directly. His number {phone:06-1209 4837}, account {iban:NL72 TRIO 4167 6377 89}. We explained we can't do that.",
  },
  {
    id: 'mb144',
    language: 'nl',
    peopleMentioned: ['Angela', 'Will'],
    marked:
      'zij heet {person:angela} en haar zoontje heet {person:will} hij is {age:5} en wil later brandweerman worden ze wil zelf weer gaan werken als de kleine naar school gaat',
  },
  {
    id: 'mb145',
    language: 'nl',
    marked:
      'Familie {person:Osei} woont op {address:Groenhoven 540}, {postcode:1103 lz}. Vader is {age:50}, moeder {age:46}, drie kinderen. Vader werkt in de schoonmaak. Tel vader {phone:06.29.48.10.36}.',
  },
  {
    id: 'mb146',
    language: 'nl',
    marked:
      'Overleg met Ymere en Eigen Haard over schimmel in de flats. 60 klachten sinds januari. Bewoners voelen zich niet gehoord. Volgende overleg 3 februari om 15.30.',
  },
  {
    id: 'mb147',
    language: 'en',
    marked:
      '{person:Mariam Abdullahi}, DOB {birthdate:15/03/1998}, {phone:06 48 10 29 37}, {email:mariam.abdullahi@hotmail.com}. Lives at {address:Bijlmerpark 201}. Three kids under 5.',
  },
  {
    id: 'mb148',
    language: 'nl',
    marked:
      'tante {person:Hermien} ({age:83}) is de spil van de familie. Elke zondag eten er 15 mensen bij haar op de {address:Huigenbos 76}.',
  },
  {
    id: 'mb149',
    language: 'nl',
    marked:
      '{person:Chidi Okafor}, geb. {birthdate:8-8-88}, iban {iban:NL95KNAB6885129393}, bsn {bsn:2130 57 918}. Werkt als flexwerker, steeds korte contracten.',
  },
  {
    id: 'mb150',
    language: 'nl',
    peopleMentioned: ['Roos', 'Sven'],
    marked:
      'Dochter {person:Roos} ({age:12}) wil op voetbal maar het kost 180 euro per jaar. Jeugdfonds Sport aangevraagd. Broer {person:Sven} wordt {age:18} in maart en moet dan zelf zorgverzekering betalen.',
  },
  {
    id: 'mb151',
    language: 'nl',
    marked:
      '{person:Esther Kwakye} vlecht haar via {url:linktr.ee/estherkwakye_braids}, tel {phone:06-19384726}. Ze wil weten of ze dat mag naast haar uitkering.',
  },
  {
    id: 'mb152',
    language: 'nl',
    marked:
      'Sinds de nieuwe supermarkt aan de laan is het drukker. De meeste bewoners zijn blij, sommigen vinden het te duur. Prijzen 10% hoger dan bij de Lidl.',
  },
  {
    id: 'mb153',
    language: 'nl',
    marked:
      '{person:Dewi Ketwaru} ({age:29}), {address:Elsrijkhorst 66}, {postcode:1104 cm}, {iban:NL95 BUNQ 8232 3350 05}. Mantelzorger voor haar vader met Parkinson.',
  },
  {
    id: 'mb154',
    language: 'nl',
    peopleMentioned: ['Ibrahim Diallo', 'Moussa Diallo'],
    marked:
      'Vader {person:Ibrahim Diallo} ({age:52}) en zoon {person:Moussa} ({age:17}) vertalen voor elkaar: de vader Frans, de zoon Nederlands.',
  },
  {
    id: 'mb155',
    language: 'en',
    marked:
      '{person:Ebony van der Laan}, born {birthdate:2 June 2001}, {email:ebony.vanderlaan@gmail.com}. Lives at {address:Reigersgracht 17-hs}. She lost her job in June and is behind on rent.',
  },
  {
    id: 'mb156',
    language: 'nl',
    marked:
      '{person:Rinaldo Zschuschen}, bsn {bsn:820155494}, rek {iban:NL25 RBRB 5907 8810 98}. Hij is {age:34} en net uit detentie, zoekt woonruimte.',
  },
  {
    id: 'mb157',
    language: 'nl',
    marked:
      'whatsapp: "mevrouw, mijn moeder wil u bedanken. ze was zo blij met het gesprek. groet {person:Kimberly}"',
  },
  {
    id: 'mb158',
    language: 'en',
    marked:
      '{person:Gert-Jan Hofstede} ({age:45}) lives at {address:Nellesteinpad 22 bv}, {postcode:1106 ha}. He cares for his sister {person:Marieke}, who has Down syndrome. Email {email:gj.hofstede@ziggo.nl}.',
  },
  {
    id: 'mb159',
    language: 'en',
    marked:
      "Final note of the week: 23 conversations, 17 women and 6 men. Themes: money, loneliness, housing. Next week I'm off on Monday.",
  },
  {
    id: 'mb160',
    language: 'nl',
    marked:
      'formulier: {person:Samuel Adjei}, geb {birthdate:11-12-1975}, bsn {bsn:350 990 414}, {iban:NL44INGB0004007268}, {phone:06 2849 1037}, {email:s.adjei@live.nl}',
  },
];
