import type { CorpusEntry } from './labelled';

/**
 * Held out: written before the anonymiser's name lists and rules were tuned, and not looked at
 * while tuning. Its figures are reported apart (bench and tests), so they show how the anonymiser
 * does on text it was not shaped around. Every person, address and number here is invented.
 * After the one blind run, three labels missing here were added (a phone number and two repeated
 * names the anonymiser had rightly found); the anonymiser was not changed for this part.
 */
export const HELD_OUT: readonly CorpusEntry[] = [
  {
    id: 'h01',
    language: 'nl',
    peopleMentioned: ['Akosua Owusu-Ansah'],
    marked:
      'Gesprek bij {person:Akosua} thuis aan de {address:Hoogoord 433}, keukentafel, thee. Ze is {age:58} en woont sinds 1996 in de Bijlmer. Haar kleinzoon {person:Kwabena} komt drie keer per week eten. "De buurt zorgt voor elkaar, dat is solidariteit," zegt ze. Ze belt de huisarts op {phone:020-6971234} niet meer, ze gaat liever langs.',
  },
  {
    id: 'h02',
    language: 'nl',
    marked:
      'Mevrouw {person:Sevda Yıldırım} ({age:46}) kwam via het Buurtteam. Vrijdag 14 juni had ze een afspraak bij de Belastingdienst over de toeslag van € 1.840,00. Ze vond het fijn dat {person:Jeroen Kuipers} van Madi meeging. Telefoon: {phone:06 4719 2283}. Postadres {address:Reigersbos 112-A}, {postcode:1107 ES} Amsterdam.',
  },
  {
    id: 'h03',
    language: 'en',
    marked:
      'Spoke with {person:Kwame Boateng}, a {age:71-year-old} retired bus driver from Holendrecht. He was born on {birthdate:3 February 1953} in Kumasi. He keeps coming back to involvement: "Nobody from the council ever calls back." His daughter {person:Abena} handles his letters; her email is {email:abena.boateng74@hotmail.com}. On Tuesday we agreed to meet again at the library.',
  },
  {
    id: 'h04',
    language: 'nl',
    peopleMentioned: ['Rachida', 'Youssef'],
    marked:
      'Moeder van drie kinderen ({age:7}, {age:9} en {age:13}). {person:Rachida} vertelt dat {person:Youssef} het zwaar heeft op school. Ze kreeg in maart een brief van DUO en begreep er niets van. Haar rekeningnummer {iban:NL61 TRIO 8795 8212 97} staat op alle formulieren, "dat vind ik eng". BSN niet gevraagd, wel genoemd: {bsn:615014707}. Ze betaalt 85 euro per maand aflossing.',
  },
  {
    id: 'h05',
    language: 'nl',
    marked:
      'Dhr. {person:Ramdin} (Surinaams-Hindoestaans, {age:63 jaar}) woont alleen op de {address:Karspeldreef 818}. Zijn buurman {person:Errol} doet boodschappen bij de Albert Heijn. Gelijkwaardigheid: "Bij de WMO praten ze over mij, niet met mij." Op 2 oktober gaat hij naar het spreekuur in Ganzenhoef.',
  },
  {
    id: 'h06',
    language: 'en',
    marked:
      'Notes, Driemond. {person:Marieke de Wit} ({age:39}) and her partner {person:Tomasz} moved here from Poland in 2019. {person:Tomasz} works nights at Schiphol. She misses a place to meet: the community centre closed last year. Reach her on {phone:+31 6 28 44 19 07} or via {url:www.facebook.com/marieke.dewit.driemond}. Autonomy matters to her: "I want to sort things out myself."',
  },
  {
    id: 'h07',
    language: 'nl',
    peopleMentioned: ['Nana Adjei'],
    marked:
      '{person:Nana} is mantelzorger voor haar moeder, die {birthdate:12-08-1941} geboren is. Samen wonen ze aan de {address:Gooioord 211}. Ze krijgt hulp van de GGD en van vrijwilligers van de kerk in de Kandelaar. 15 jaar geleden kwam ze uit Accra. Ze wil graag Nederlandse les op dinsdagavond.',
  },
  {
    id: 'h08',
    language: 'nl',
    marked:
      'Jongere, {age:19 jaar}, schulden bij Zilveren Kruis en Vodafone (samen ongeveer 2.300 euro). Noemt zichzelf {person:Dani}. Wil geen gesprek bij de gemeente maar wel bij Jongerenwerk in de K-buurt. Zijn moeder, {person:Ingrid Vreeswijk}, mag mee. Mail: {email:dani.vrsk@gmail.com}. Hij zei: "Ze behandelen je als een nummer."',
  },
  {
    id: 'h09',
    language: 'en',
    peopleMentioned: ['Fiifi'],
    marked:
      'Second conversation with {person:Fiifi} (Ghanaian-Dutch, aged {age:27}). He coaches football for kids at the Bijlmerpark on Saturdays, 20 children. Compassion came up when he spoke about his uncle {person:Kofi Asante}, who lost his job at PostNL. His IBAN {iban:NL68ASNB7565097062} was on the form he showed me; I did not copy it. Date of birth: {birthdate:21/11/1997}.',
  },
  {
    id: 'h10',
    language: 'nl',
    marked:
      'Bewoonster, {age:82}, weduwe. Haar zoon {person:Henk} woont in Almere en komt op zondag. Ze is trots op 40 jaar vrijwilligerswerk bij de Voedselbank Zuidoost. Ze woont op de {address:Egeldonk 7-III}, {postcode:1103 KM}, en heeft geen computer. Belt liever: {phone:(020) 690 31 58}. Zelfbeschikking: zelf kiezen welke thuiszorg.',
  },
  {
    id: 'h11',
    language: 'nl',
    peopleMentioned: ['Mohamed Bouzid', 'Ilham'],
    marked:
      '{person:Mohamed} ({age:51}) en {person:Ilham} hebben samen een klein bedrijf. Hij vertelt over de regels van de KvK en het UWV: "Elke keer een ander loket." Geboortedatum {birthdate:9 januari 1973} stond op de brief die hij liet zien, samen met zijn BSN {bsn:1787.11.032}. In 2021 kregen ze een boete van 450 euro.',
  },
  {
    id: 'h12',
    language: 'en',
    marked:
      'Mrs {person:Comfort Agyeman} is a {age:44-year-old} mother of four. She lives at {address:Kikkenstein 2304}, {postcode:1106CB}. Her son {person:Emmanuel} is {age:16} and plays in a band at Podium Mozaïek. She says the housing association Rochdale never fixed the mould. Phone {phone:0031 6 51 22 80 46}.',
  },
  {
    id: 'h13',
    language: 'nl',
    marked:
      'Vandaag met {person:Lotte van der Heijden} gesproken, {age:31-jarige} moeder uit Gaasperdam. Ze werkt 24 uur per week in het AMC. Op 5 mei vierden ze met de buren Bevrijdingsdag op het plein. Haar vader {person:Gerrit} is {age:67} en dementerend. Betrokkenheid: "De wijkverpleegkundige kent ons."',
  },
  {
    id: 'h14',
    language: 'nl',
    peopleMentioned: ['Esther'],
    marked:
      'Notitie: {person:Esther} heeft een klantnummer 318912055 bij Eigen Haard en een huurachterstand van 1.250 euro. Haar nummer {phone:06-81273304}. Ze woont op {address:Daalwijkdreef 45 hs}. Haar BSN is {bsn:459 110 664}. Ze vraagt of de website {url:https://www.eigenhaard.nl/huurachterstand} ook in het Engels is.',
  },
  {
    id: 'h15',
    language: 'en',
    marked:
      'Met {person:Ayşe} in the Gaasperplas park; she prefers talking outside. {person:Ayşe} is {age:36 years old} and came from Konya when she was ten. She volunteers with Humanitas on Wednesdays. "Equality means they listen to my knowledge too." Contact through her neighbour {person:Priscilla Tjon-A-Fong}, {phone:06 22 91 44 60}.',
  },
  {
    id: 'h16',
    language: 'nl',
    marked:
      'Gesprek met echtpaar {person:Pinas}. Meneer is {age:74}, mevrouw {age:70}. Ze wonen al 38 jaar in Driemond aan de {address:Ouderkerkerweg 6}. Ze zijn geboren in Paramaribo. Rekening {iban:BE68 5390 0754 7034} van hun zoon in België. Ze missen de bus 45; sinds 1 januari rijdt die niet meer.',
  },
];
