import { describe, expect, it } from 'vitest';
import { found } from './found';

const people = (text: string, peopleMentioned: readonly string[] = []) =>
  found(text, { peopleMentioned }).filter((item) => item.startsWith('person:'));

describe('names from the people-mentioned list', () => {
  it('finds the whole name and each of its parts', () => {
    const mentioned = ['Fatima el Amrani'];
    expect(
      people('Fatima el Amrani kwam binnen. Later zei Fatima dat El Amrani haar meisjesnaam is.', mentioned),
    ).toEqual(['person:Fatima el Amrani', 'person:Fatima', 'person:El Amrani']);
  });

  it('finds a listed name that no list or rule would know, written small or without accents', () => {
    expect(
      people('we spraken met zwaantje over ayse en over Xolani.', ['Zwaantje', 'Ayşe', 'Xolani']),
    ).toEqual(['person:zwaantje', 'person:ayse', 'person:Xolani']);
  });

  it('ignores titles in the list and ordinary words written small', () => {
    expect(
      people('Mevrouw Koster wil graag, en roos is haar lievelingsbloem.', ['Mevr. Koster', 'Roos']),
    ).toEqual(['person:Koster']);
  });
});

describe('names from the lists', () => {
  it.each([
    ['Gesprek met Kwaku Mensah over de buurt.', 'Kwaku Mensah'],
    ['Sanne is alleenstaande moeder.', 'Sanne'],
    ['Ze sprak met Jeroen Kuipers van Madi.', 'Jeroen Kuipers'],
    ['Zijn vrouw Esi Owusu werkt in het OLVG.', 'Esi Owusu'],
    ['Het gesprek met Hatice Yıldırım ging goed.', 'Hatice Yıldırım'],
    ['Het gesprek met Hatice Yildirim ging goed.', 'Hatice Yildirim'],
    ['Notitie over Priscilla Tjon-A-Fong.', 'Priscilla Tjon-A-Fong'],
    ['Met Akosua Owusu-Ansah gesproken.', 'Akosua Owusu-Ansah'],
    ['Lotte van der Heijden belde.', 'Lotte van der Heijden'],
    ['We spraken met mevrouw de Vries.', 'de Vries'],
    ['Mevrouw Van den Berg is 91.', 'Van den Berg'],
    ['Zijn buurman, meneer De Graaf, kan de trap niet op.', 'De Graaf'],
    ['Brief van J. de Vries ontvangen.', 'J. de Vries'],
    ['Brief van A.B. Mensah ontvangen.', 'A.B. Mensah'],
  ])('in "%s"', (text, name) => {
    expect(people(text)).toEqual([`person:${name}`]);
  });

  it('finds an unlisted name that opens a sentence before a possessive and a relation', () => {
    expect(found('Nadifa haar zoon komt ook. Het huis haar moeder is leeg.')).toEqual(['person:Nadifa']);
  });

  it("leaves a possessive 's outside the name", () => {
    expect(found("Fatima's zoon en Kofi’s moeder.")).toEqual(['person:Fatima', 'person:Kofi']);
  });

  it('needs more than a sentence-initial capital for a name that is also a word', () => {
    expect(people('Grace is what keeps her going. Ben je er morgen? Will you come?')).toEqual([]);
    expect(people('Ze zei: ik ben Ben. Her daughter Grace helps.')).toEqual(['person:Ben', 'person:Grace']);
    expect(people('Grace Mensah kwam ook.')).toEqual(['person:Grace Mensah']);
  });
});

describe('names from context', () => {
  it.each([
    ['Haar kleinzoon Kwabena komt eten.', 'Kwabena'],
    ['Buurvrouw Marleen bracht mij binnen.', 'Marleen'],
    ['Hij heet Dwayne en is aardig.', 'Dwayne'],
    ['Her neighbour Mrs Oduro brought soup.', 'Oduro'],
    ['Dhr. Ramdin woont alleen.', 'Ramdin'],
    ['Ze belde met Zwaantje over de lift.', 'Zwaantje'],
    ['Xolani vertelt dat het goed gaat.', 'Xolani'],
    ['Thandiwe (16) zit op school.', 'Thandiwe'],
    ['Dylano 17 jaar wil werk vinden.', 'Dylano'],
    ['Hij heeft een zoon. Zijn vrouw heet Marisol Quispe.', 'Marisol Quispe'],
  ])('in "%s"', (text, name) => {
    expect(people(text)).toEqual([`person:${name}`]);
  });
});

describe('capitalised words that are not people', () => {
  it.each([
    'Ze woont in Gaasperdam en gaat naar de markt in de Bijlmer en in Holendrecht.',
    'Driemond, Reigersbos en Zuidoost: overal dezelfde vragen.',
    'Het Buurtteam, de GGD, het UWV, de Belastingdienst, de DWI en Madi hielpen.',
    'Ze deed boodschappen bij Albert Heijn en daarna bij de Dirk.',
    'Autonomie en Solidariteit ervaren, Betrokkenheid gemist. Autonomy and Equality matter.',
    'Maandag 12 maart, dinsdag en in December op de Markt.',
    'She volunteers on Saturdays and Wednesdays with Humanitas.',
    'Ze spreekt Turks, Nederlands en Twi; hij is Surinaams-Hindoestaans.',
    'Vandaag kwam ze langs. Gisteren niet. Daarna gingen we samen naar Ymere.',
    'Ze kent de buurt via het Kwaku festival en de Kraanvogel.',
    'De markt op het Anton de Komplein en het Nelson Mandelapark.',
    'Via WhatsApp, Facebook en DigiD regelt ze alles.',
    'Notities: Ze wil meer hulp. Thema: Wonen.',
    'Ze gaat naar Artis en naar het Rijksmuseum; hij werkt bij Jellinek.',
    'Op Eerste Kerstdag en het Suikerfeest kwam de hele familie.',
    'We went to the Van Gogh Museum and the Vondelpark.',
    'Ze was bij de huisarts. Vervolgens ging ze naar huis.',
  ])('in "%s"', (text) => {
    expect(people(text)).toEqual([]);
  });
});
