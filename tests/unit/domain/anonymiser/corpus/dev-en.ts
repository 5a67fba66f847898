import type { CorpusEntry } from './labelled';

/**
 * English notes (interviewers who work in English, residents who prefer it), the development
 * part of the corpus. Invented people and numbers; hard negatives as in the Dutch part.
 */
export const DEV_EN: readonly CorpusEntry[] = [
  {
    id: 'en01',
    language: 'en',
    peopleMentioned: ['Grace Mensah'],
    marked:
      'Talked with {person:Grace} at her kitchen table in Gaasperdam. She is {age:38} and works nights at the AMC. Her email is {email:grace.mensah@yahoo.com} and her phone {phone:06 2345 6789}. She feels involvement is missing: "The council sends letters, nobody comes."',
  },
  {
    id: 'en02',
    language: 'en',
    marked:
      'Mr {person:Ahmed Benali}, {age:63 years old}, lives at {address:Bijlmerdreef 560}, {postcode:1102 CT}. He was born on {birthdate:12 March 1961} in Tangier. On 12 March we also went to the food bank together. He has 5 grandchildren.',
  },
  {
    id: 'en03',
    language: 'en',
    marked:
      'Conversation in Driemond with a {age:45-year-old} father. His daughter {person:Chloe} is {age:12}. He pays 1,100 euros rent to Eigen Haard. Monday he has an appointment at the UWV. Solidarity came up a lot: neighbours share cars and childcare.',
  },
  {
    id: 'en04',
    language: 'en',
    peopleMentioned: ['Yaw Darko', 'Efua'],
    marked:
      '{person:Yaw} and {person:Efua} run a small church choir in the Bijlmer. {person:Yaw} is {age:52}. They want a room at the community centre on Sundays. Contact: {email:yaw.darko@gmail.com}, {phone:+31 6 87654321}. Compassion experienced at the GP practice.',
  },
  {
    id: 'en05',
    language: 'en',
    marked:
      'Resident (aged {age:29}) prefers English. Her name is {person:Daniela Costa}; she came from Lisbon in 2017. She lives in Reigersbos at {address:Reigersbos 54-III}. Her bank account {iban:NL53TRIO1117773249} was blocked by mistake for 6 weeks. Autonomy missing.',
  },
  {
    id: 'en06',
    language: 'en',
    marked:
      'Follow-up with {person:Tyrone Wijngaarde}. He is now {age:24} and has found a job at Schiphol. His old address was {address:Karspeldreef 1205}. He thanked {person:Jeroen} from the Buurtteam. Date of birth {birthdate:14/07/2000}. He owes DUO about 6,000 euros.',
  },
  {
    id: 'en07',
    language: 'en',
    marked:
      'Her neighbour Mrs {person:Oduro} brought soup when she was ill in January. "That is what Ghanaians do," she said. The resident is {age:70} and has lived in Holendrecht for 25 years. Phone: {phone:020 698 7766}. Equality: she wants to be asked, not told.',
  },
  {
    id: 'en08',
    language: 'en',
    marked:
      'Notes from Wednesday. {person:Lucas Martins} ({age:33}) and his partner {person:Sofia} moved into {address:Gravenstein 77} last year. Their BSN numbers are on the rental contract; he showed me his: {bsn:377 081 954}. They pay 940 euros and have 2 children aged {age:3} and {age:6}.',
  },
  {
    id: 'en09',
    language: 'en',
    peopleMentioned: ['Abena'],
    marked:
      '{person:Abena} (born {birthdate:1987}) is a single mother of three. She works as a cleaner for 18 hours a week. She found help through Madi and the Voedselbank. Her son {person:Kwesi} is {age:9}. Website she mentioned: {url:https://www.facebook.com/groups/moedersvanzuidoost}.',
  },
  {
    id: 'en10',
    language: 'en',
    marked:
      'Spoke with {person:Peter van Dijk} ({age:58}) about the renovation of his flat at {address:Kleiburg 130}, {postcode:1104 EA}. The housing association promised new windows by September. He called them 11 times. His number: {phone:06-98765432}. Self-determination missing.',
  },
  {
    id: 'en11',
    language: 'en',
    marked:
      'The resident is {age:19}, a student at the ROC. His mother {person:Nadia Haddou} joined for part of the talk. She is {age:47}. The family pays back 75 euros a month to the Belastingdienst. Email: {email:nadia.haddou@hotmail.nl}. Involvement experienced with the school coach.',
  },
  {
    id: 'en12',
    language: 'en',
    marked:
      'Conversation in the library at the Bijlmerplein. {person:Samuel Adjei} ({age:36}) volunteers at the Kwaku festival every summer. He lives at {address:Hofgeest 8-A}. His IBAN, shared for the volunteer fee: {iban:NL93 BUNQ 3083 9225 92}. He was born on {birthdate:5 May 1988}.',
  },
  {
    id: 'en13',
    language: 'en',
    marked:
      'She asked not to be named. She is a widow, {age:81}, no wait: she turns {age:82} next week. She has lived 40 years in the same flat. Her daughter visits on Thursdays. She misses the market on the Anton de Komplein. Compassion: "The nurse holds my hand."',
  },
  {
    id: 'en14',
    language: 'en',
    marked:
      '{person:Olivia Brown} from the GGD joined the talk. The resident, {person:Marcus Kromodikoro}, is a {age:41-year-old} father. His number is {phone:0031 20 555 1234}. BSN (from the letter): {bsn:7218.47.870}. They live at {address:Zuiderzeeweg 2}, {postcode:1095 KJ}.',
  },
  {
    id: 'en15',
    language: 'en',
    peopleMentioned: ['Hassan'],
    marked:
      '{person:Hassan} is {age:27} and works at the Albert Heijn in Amsterdamse Poort. He wants to study. He heard about the meeting through WhatsApp. Contact via {url:hassan-fixt-het.nl/contact} or {email:hassan@fixt.nl}. He has 2 brothers in Rotterdam.',
  },
  {
    id: 'en16',
    language: 'en',
    marked:
      "Evening visit. {person:Linda Sewdien} ({age:50}) cares for her mother, who was born on {birthdate:30-04-1944}. Her mother's doctor is at the OLVG. Their account: {iban:NL57 KNAB 7382 5756 62}. She gets 400 euros carer support per year.",
  },
];
