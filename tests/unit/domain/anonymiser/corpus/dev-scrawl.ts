import type { CorpusEntry } from './labelled';

/**
 * Scrawled notes: no spaces after commas, abbreviations, half-English, typos in ordinary words.
 * Development part, written after dev-rushed.ts as a third check on text the rules were not
 * shaped around; invented people and numbers.
 */
export const DEV_SCRAWL: readonly CorpusEntry[] = [
  {
    id: 's01',
    language: 'nl',
    marked:
      "mvr {person:sitaldin},{age:74},woont {address:Hogevecht 88-B} sinds 1980.kinderen in r'dam.zoon {person:rakesh} belt 1x per wk.mist haar man {person:bhola} (overl. 2021)",
  },
  {
    id: 's02',
    language: 'en',
    marked:
      'spoke w/ {person:kwesi} & his partner {person:linda} @ the playground. {person:kwesi} {age:33}, {person:linda} {age:31}, baby {person:ama} 8 months. his number {phone:06 3344 5566}. they want a bench + shade.',
  },
  {
    id: 's03',
    language: 'nl',
    marked:
      'gesprek hr. {person:boukhari}: geb {birthdate:1-1-1959}, AOW vanaf volgend jaar. schoonzus {person:latifa} tolkt. iban {iban:NL02ABNA0123456789}. ziet buurt achteruitgaan, "vroeger was er een bakker op de hoek".',
  },
  {
    id: 's04',
    language: 'nl',
    marked:
      'buurtvader {person:delroy} ({age:51}) over de jongeren bij het winkelcentrum. ongeveer 15 jongens tussen 14 en 18. {person:delroy} wil een plek voor ze. bel {phone:0640506070}.',
  },
  {
    id: 's05',
    language: 'en',
    marked:
      'notes re mrs {person:oppong}: {age:79 yrs old}? she said "79". lives alone {address:Kempering 66}, 1103 area. daughter {person:yaa} visits sundays. wants help w/ digid',
  },
  {
    id: 's06',
    language: 'nl',
    marked:
      'dhr {person:van der steen} en mw {person:van der steen-kromodimedjo}, {address:Nellesteinpad 15}. hij {age:80}, zij {age:76}. 2 katten. betrokkenheid: ze kennen iedereen in de portiek.',
  },
  {
    id: 's07',
    language: 'nl',
    marked:
      'tijdens spreekuur: {person:nermin} (zus van {person:gulsen}) vraagt naar huurtoeslag. ze is {age:45}, werkt 20u in de thuiszorg. pc {postcode:1106 BD}. tel {phone:06-19283746}.',
  },
  {
    id: 's08',
    language: 'en',
    marked:
      'quick one: {person:mohamud} says the lift in block c is broken again (3rd time this month). his mum {person:fadumo} ({age:70}) cant take the stairs. 11 floors. called ymere, ticket 45521.',
  },
  {
    id: 's09',
    language: 'nl',
    marked:
      'na de bijeenkomst nog gepraat met {person:gerrit} en {person:jannie de boer}. {person:gerrit} is {age:82} en loopt elke dag 5 km. {person:jannie} organiseert de bingo, 30 mensen, elke 2e dinsdag.',
  },
  {
    id: 's10',
    language: 'nl',
    marked:
      'moeder ({age:29}) met tweeling van {age:2}, vader werkt in belgie. naam moeder: {person:chanella}. ze wonen op {address:Bijlmerplein 401}. geb.datum {birthdate:14-02-1995}. wil een cursus nederlands.',
  },
];
