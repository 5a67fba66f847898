import { describe, expect, it } from 'vitest';
import { found } from './found';

const people = (text: string) => found(text).filter((item) => item.startsWith('person:'));

describe('names typed in lower case', () => {
  it.each([
    ['after a title', 'bezoek mevr bouzerda, ze was niet thuis', 'bouzerda'],
    ['after an abbreviated title', 'gesprek met dhr. kartosen over de lift', 'kartosen'],
    ['after a kinship word', 'haar schoonzoon tevfik regelt alles', 'tevfik'],
    ['after a neighbour', 'buurvrouw ellie kookt voor hem', 'ellie'],
    ['after "haar man"', 'haar man wouter werkt nachtdiensten', 'wouter'],
    ['after a call cue', 'bel yusuf morgen terug', 'yusuf'],
    ['before a phone number', 'contactpersoon: tamara 06-44556677', 'tamara'],
    ['whom a conversation was with', 'gesprek met nadifa over de lift', 'nadifa'],
    ['whom a conversation was with, in English', 'spoke with tarik about the lift', 'tarik'],
    ['after "volgens"', 'volgens wendela is de lift al weken stuk', 'wendela'],
    ['in caps lock', 'GESPREK MET KWABENA OVER DE LIFT', 'KWABENA'],
    ['before a possessive and a relation', 'delroy zijn moeder komt ook', 'delroy'],
    ['the host of a visit', 'koffie gedronken bij fatoumata thuis', 'fatoumata'],
    ['after a phone number', 'nummer 06 1234 5678 kwaku (zoon)', 'kwaku'],
    ['after a phone number, name unlisted', 'terugbellen: 020-6971234 mirella', 'mirella'],
    ['before a bracketed age', 'kleinzoon bij haar: jaylen (12) zit op de brede school', 'jaylen'],
    ['a listed name anywhere', 'afgesproken dat akosua de flyers rondbrengt', 'akosua'],
    ['opening a note, before a verb', 'nadifa vertelde dat de lift weer kapot is', 'nadifa'],
    ['in an English note', 'met with kwabena and his aunt at the library', 'kwabena'],
    ['a double surname', 'mw. boateng-mensah wil meedoen', 'boateng-mensah'],
    ['with particles after a title', 'dhr. van den heuvel belt zelf', 'van den heuvel'],
    ['a common surname with its particle', 'later kwam j. de vries nog langs', 'de vries'],
    ['a surname that is an adjective, after "de"', 'afspraak met de jong over de tuin', 'de jong'],
    ['with particles, no cue', 'later sprak ik met van der meulen over de tuin', 'van der meulen'],
    ['first name and surname', 'met khadija el idrissi gesproken', 'khadija el idrissi'],
    ['a name that is also a word, after a relation', 'came with his wife blessing', 'blessing'],
    ['before an origin and age in brackets', 'talked to faith (nigerian, 41) at the door', 'faith'],
    ['with an initial after a title', 'gesprek met dhr h. bosma over de lift', 'h. bosma'],
    ['with initials and particles after a title', 'mw a.b. el amrani komt ook', 'a.b. el amrani'],
    ['with an initial without a stop', 'mevr. j de boer belt morgen', 'j de boer'],
  ])('%s', (_where, text, name) => {
    expect(people(text)).toEqual([`person:${name}`]);
  });

  it('finds initials after a title as a name on their own', () => {
    expect(people('meneer k. wilde niet dat ik zijn naam noteer, mw a.b. schrok ervan')).toEqual([
      'person:k.',
      'person:a.b.',
    ]);
  });

  it('keeps an unlisted surname after a title before "niet", "wel", "nog"', () => {
    expect(people('dhr zwanenburg niet thuis, mw schoonderwoerd wel thuis')).toEqual([
      'person:zwanenburg',
      'person:schoonderwoerd',
    ]);
  });

  it('finds a surname that is a word after a written-out title without an article, and again in full', () => {
    expect(people('meneer van dam kwam langs; van dam is boos')).toEqual([
      'person:van dam',
      'person:van dam',
    ]);
  });

  it('finds a name opening a sentence before an age in years', () => {
    expect(people('dylano 17 jaar wil werk zoeken')).toEqual(['person:dylano']);
  });

  it('keeps a surname before a number that is no house number', () => {
    expect(people('mw groeneveld 3 kinderen, dhr westerveld 2 keer gebeld')).toEqual([
      'person:groeneveld',
      'person:westerveld',
    ]);
  });

  it('finds a surname that is also a word after a title and particles, and not the word again', () => {
    expect(people('dhr van de weg wil de weg naar werk leren')).toEqual(['person:van de weg']);
  });

  it('finds a name typed small once after a cue again further on', () => {
    expect(people('zus nadifa kwam mee. nadifa wil graag helpen')).toEqual([
      'person:nadifa',
      'person:nadifa',
    ]);
  });

  it('finds every name of a list once one of them is known', () => {
    expect(people('aanwezig: fatima, kees, tirzah en marvella.')).toEqual([
      'person:fatima',
      'person:kees',
      'person:tirzah',
      'person:marvella',
    ]);
  });

  it('leaves a list of things after a name', () => {
    expect(people('kofi, sleutel kwijt en thee gedronken')).toEqual(['person:kofi']);
  });

  it.each([
    ['ordinary words after "met"', 'gesproken met de buren en met vrijwilligers over de tuin'],
    ['verbs after a relation', 'haar zoon studeert in utrecht, buurman repareert fietsen'],
    ['inflected adjectives after "de"', 'de jonge moeder en de grote zaal, de lange man'],
    ['a place after "in de"', 'ze wonen al jaren in de wijk, om de hoek bij de dijk'],
    ['words after "bel"', 'bel morgen even terug, tel. nummer staat in het dossier'],
    ['a word before a date', 'geboortedatum 01-02-1980 staat op de brief'],
    ['a group a conversation was with', 'gesprek met corporatie en gesproken met bewoners'],
    ['a pronoun at home', 'wie er bij mij thuis komt, bij jou thuis, bij ons thuis'],
    ['a thing before a possessive', 'de fiets zijn vader is weg, het huis haar moeder ook'],
    ['a word after a phone number', 'bel 06-12345678 morgen, of 020 6971234 na vijf uur'],
    ['numbers after a relation', 'moeder van twee kinderen, vader van drie'],
    ['organisations typed small', 'ymere en de gvb reageren niet, duo ook niet'],
    ['placeholders of an anonymised text', '[naam] belde, buurvrouw [naam] ook'],
    ['a name word that is an ordinary word', 'de post komt laat, het water is koud, steen en hout'],
    ['a street named after a person, with its title and initials', 'woont op dr. j.m. den uylplein 4'],
    ['a verb after a title', 'mw vond het prima, mw schrok ervan'],
    ['the man from the neighbourhood', 'meneer van de wijk kwam langs, de mevrouw van de dam ook'],
    ['a time span opening a sentence', 'ruim 30 jaar woont ze hier. krap 3 jaar later verhuisd'],
  ])('leaves %s', (_what, text) => {
    expect(people(text)).toEqual([]);
  });
});
