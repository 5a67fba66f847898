import type { CorpusEntry } from './labelled';

/**
 * Notes as they are really typed: on a phone, in bullets and half sentences, names in lower case,
 * two languages mixed, line breaks. Development part; invented people and numbers.
 */
export const DEV_MESSY: readonly CorpusEntry[] = [
  {
    id: 'm01',
    language: 'nl',
    peopleMentioned: ['Efia', 'Kojo'],
    marked:
      '- {person:efia} ({age:44}) woont met {person:kojo} en 3 kids op {address:Kruitberg 1412}\n- wil werk, zit in bijstand sinds 2022\n- tel {phone:06 15 93 72 64}\n- solidariteit: kerkleden brengen eten',
  },
  {
    id: 'm02',
    language: 'nl',
    marked:
      'Thema wonen. Schimmel in de badkamer, Rochdale komt niet. {person:Wendy Lieuw}: "ik bel elke week, ze zeggen altijd volgende week". Ze is {age:37}. Mail {email:wendy_lieuw@hotmail.com}. 2 kinderen, 1 met astma. Autonomie gemist.',
  },
  {
    id: 'm03',
    language: 'en',
    marked:
      'Quick notes after visit:\n{person:Ruth Acquah} - carer for husband {person:Joseph} (stroke 2023)\nshe is {age:66}, he is {age:70}\nlives {address:Gravenstein 240}, {postcode:1104 CR}\nneeds: someone to talk to, help w/ forms from SVB and Zilveren Kruis',
  },
  {
    id: 'm04',
    language: 'nl',
    marked:
      'Gesprek gedaan met vader en zoon. Vader heet {person:Orlando Vrede}, zoon {person:Xavier}. {person:Orlando} werkt bij de NS als schoonmaker, 32 uur. {person:Xavier} ({age:16}) zit op het Bijlmer College en wil naar het MBO. Ze wonen op {address:Hoogoord 118}. Telefoon vader {phone:+31 6 30 11 27 85}.',
  },
  {
    id: 'm05',
    language: 'nl',
    peopleMentioned: ['Samira'],
    marked:
      '{person:samira} wil niet dat haar achternaam genoteerd wordt. Ze is in 2015 uit Syrië gekomen. Haar dochters zijn {age:8} en {age:11 jaar}. IBAN van {person:Samira} staat op de brief van de DWI: {iban:NL23 RABO 2043 9904 31}. "Hier ben ik iemand," zegt {person:Samira}.',
  },
  {
    id: 'm06',
    language: 'en',
    marked:
      '{person:Abdi} (Somali-Dutch, {age:23}) came with his cousin {person:Hodan}. He wants an internship in IT. He already applied at the Gemeente Amsterdam and Schiphol. Phone: {phone:0687654321}. Email: {email:abdi.warsame@gmail.com}. Born {birthdate:02-05-2001} in Mogadishu.',
  },
  {
    id: 'm07',
    language: 'nl',
    marked:
      'Ouderen koffieochtend, 12 mensen. Gesproken met mevr. {person:Lachmon} ({age:79}) en dhr. {person:Tjin} ({age:83}). Beiden wonen in Holendrecht. Mevr. {person:Lachmon} belt haar dochter {person:Reshma} elke dag op {phone:06 22 33 44 55}. Compassie en betrokkenheid ervaren.',
  },
  {
    id: 'm08',
    language: 'nl',
    marked:
      'Jongerenwerk K-buurt. {person:Shaquille} ({age:17}) en {person:Delano} ({age:19}) willen een voetbaltoernooi in de zomer. Ze zoeken een sponsor. {person:Delano} zijn moeder, {person:Marcia Ritfeld}, regelt de vergunning. Contact: {email:m.ritfeld@gmail.com}.',
  },
  {
    id: 'm09',
    language: 'en',
    marked:
      "Talked to a young mum, {age:22}, from Ghana. Her name is {person:Adjoa}, lives with her aunt at {address:Kempering 8}. Baby is 4 months. Wants Dutch lessons. Her BSN {bsn:503813540} is on the letter from the IND. She doesn't have a bank account yet.",
  },
  {
    id: 'm10',
    language: 'nl',
    peopleMentioned: ['Bas', 'Annelies'],
    marked:
      '{person:Bas} en {person:Annelies} runnen het repaircafé op zaterdag. {person:Bas} is {age:71}, gepensioneerd monteur. Ze hebben 6 vrijwilligers en 40 bezoekers per keer. {person:Bas}: "Samen doen, dat is het." Website: {url:repaircafe-driemond.nl}. Tel. {phone:0294-283746}.',
  },
  {
    id: 'm11',
    language: 'nl',
    marked:
      'Mw. {person:Appiah} ({age:58}), woonachtig {address:Grubbehoeve 214}. Heeft diabetes. Haar zoon {person:Kwesi} helpt met DigiD. Ze wil meer weten over de Voedselbank en over schuldhulp bij Madi. Afspraak op woensdag 3 april om 10:00 uur in het buurthuis.',
  },
  {
    id: 'm12',
    language: 'en',
    marked:
      'Second talk with Mr {person:Haile}. Eritrean, {age:45}, 4 children. He thanked {person:Selam} from Vluchtelingenwerk. His phone {phone:06-27384950}. He says the municipality treats him "like a number". On 14 May he starts a job at PostNL.',
  },
];
