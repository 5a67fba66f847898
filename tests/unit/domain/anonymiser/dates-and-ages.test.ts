import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('dates of birth', () => {
  it.each([
    ['Geboren op 4 april 1957 in Kumasi.', '4 april 1957'],
    ['Geb. 17-09-1946, weduwe.', '17-09-1946'],
    ['geb jaar 1949, aow vanaf dit jaar', '1949'],
    ['Geboortedatum: 23-11-1995.', '23-11-1995'],
    ['Haar moeder, die 12-08-1941 geboren is, woont bij haar.', '12-08-1941'],
    ['He was born on 3 February 1953 in Kumasi.', '3 February 1953'],
    ['Born on March 12, 1985.', 'March 12, 1985'],
    ['Date of birth: 14/07/2000.', '14/07/2000'],
    ['DOB 1985-03-12.', '1985-03-12'],
    ['Geboren in 1933, in Paramaribo.', '1933'],
    ['Abena (born 1987) is a single mother.', '1987'],
    ['Ze is jarig op 12 maart.', '12 maart'],
    ['mw jansen geb 12-3-1958, weduwe', '12-3-1958'],
    ['geb: 4 mei 1949', '4 mei 1949'],
    ["dhr geb. 12 mrt '54 in nickerie", "12 mrt '54"],
    ['geb 1961, woont alleen', '1961'],
    ['geboren in Paramaribo in 1941, kwam in 1975 hierheen', '1941'],
    ['she was born in kumasi, 1956', '1956'],
  ])('finds the date in "%s"', (text, date) => {
    expect(found(text).filter((item) => item.startsWith('birthdate:'))).toEqual([`birthdate:${date}`]);
  });

  it.each([
    'Op 12 maart hebben we samen de brief gelezen.',
    'Sinds 1 januari 2024 rijdt de bus niet meer.',
    'Op 12-03-2024 was het feest in het buurthuis.',
    'Ze zijn geboren in Paramaribo. Op 5 mei vierden ze Bevrijdingsdag.',
    'Ze is geboren en getogen in de Bijlmer en verhuisde in 2019.',
    'In 1996 kwam ze naar Amsterdam.',
    'Ze is geboren in Ghana, in 1998 naar Nederland gekomen.',
    'Het gebouw is uit 1971, gebeld op 12-03-2024.',
  ])('leaves the dates in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('exact ages', () => {
  it.each([
    ['Ze is 42 jaar en woont alleen.', '42 jaar'],
    ['Hij is 78 jaar oud.', '78 jaar oud'],
    ['Een 52-jarige moeder uit Reigersbos.', '52-jarige'],
    ['Een 34 jarige man.', '34 jarige'],
    ['Resident (aged 29) prefers English.', '29'],
    ['A 71-year-old retired bus driver.', '71-year-old'],
    ['She is 36 years old.', '36 years old'],
    ['Zij is 29 en studeert.', '29'],
    ['Dylano 17 jaar wil werk vinden.', '17 jaar'],
    ['haar dochter is 6 weken oud', '6 weken oud'],
    ['tienermoeder, kindje 8 maanden, slaapt slecht', '8 maanden'],
    ['baby 6 weken oud, ze is moe', '6 weken oud'],
    ['cares for her mum, who is 88, every day', '88'],
    ['jurgen 45 jaar, woont bij zijn zus', '45 jaar'],
    ['Yaw is 52.', '52'],
    ['She is now 24 and has a job.', '24'],
    ['Hij is nu 69 jaar.', '69 jaar'],
    ['she turns 82 next week', '82'],
    ['Leeftijd: 34.', '34'],
    ['Een vader van 38 jaar.', '38 jaar'],
    ['Haar zoon (14) zit op school.', '14'],
    ['Jongere, 21, met schulden.', '21'],
    ['De bewoner, Robbie, is 34 en werkt bij Schiphol.', '34'],
    ['bezoek bij dhr. (70), hij was moe', '70'],
    ['Mw. Asante (66 jaar) woont alleen.', '66 jaar'],
    ['Meneer is 95!', '95'],
    ['dhr 71 jr, weduwnaar', '71 jr'],
    ['- is 62, arbeidsongeschikt', '62'],
    ['werkt 36 uur en is 48.', '48'],
    ['de oudste is 16 en zit op het mbo', '16'],
    ['haar kleinzoon is net 3 geworden', '3'],
    ['he turned 19 last month', '19'],
    ['ze wordt volgend jaar 80', '80'],
    ['his sister 11, very shy', '11'],
    ['mvr sitaldin,74,woont alleen', '74'],
    ['met een tweeling van 2', '2'],
    ['lft. 45, alleenstaand', '45'],
    ['zij 45j, alleen', '45j'],
  ])('finds the age in "%s"', (text, age) => {
    expect(found(text).filter((item) => item.startsWith('age:'))).toEqual([`age:${age}`]);
  });

  it('finds every age of a list', () => {
    expect(found('Twee kinderen van 4 en 7.')).toEqual(['age:4', 'age:7']);
    expect(found('Drie kinderen (7, 9 en 13).')).toEqual(['age:7', 'age:9', 'age:13']);
    expect(found('Two children aged 3 and 6.')).toEqual(['age:3', 'age:6']);
    expect(found('2 kinderen (4 en 7 jaar?)')).toEqual(['age:4', 'age:7 jaar']);
    expect(found('5 jongens van 15 tot 17')).toEqual(['age:15', 'age:17']);
    expect(found('mevrouw 70, meneer 74.')).toEqual(['age:70', 'age:74']);
    expect(found('3 kids: 2, 6 and 10.')).toEqual(['age:2', 'age:6', 'age:10']);
    expect(found('hij 80, zij 76.')).toEqual(['age:80', 'age:76']);
  });

  it.each([
    'Ze heeft 3 kinderen en 2 katten.',
    'Ze woont al 20 jaar in de wijk.',
    'Hij kwam 45 jaar geleden uit Nador.',
    'He came 15 years ago.',
    'Sinds 17 jaar woont ze hier.',
    'Ze is 3 maanden zwanger en wacht al 6 weken op een woning.',
    'het brood is 2 weken oud, de folder is 3 weeks old',
    'de baby sliep 2 weken slecht',
    'Ruim 30 jaar woont ze hier, gemiddeld 3 jaar wachten',
    'Het is 20 minuten lopen naar de metro.',
    'De huur is 690 euro, de schuld is 85.',
    'Moeder van 3 kinderen.',
    'De wachtlijst van WoningNet is 14 jaar.',
    'Het 10-jarig bestaan van het buurthuis.',
    'Ze werkt 24 uur per week, 5 dagen.',
    'Er is 1 bus per uur.',
    'al 30 jr in nederland, 12 jr geleden verhuisd',
    'het wordt 20 graden, de rit werd 45 minuten',
    'kinderen 3, volwassenen 12.',
    'de huur is 690 euro. is 12 keer gebeld.',
    'zoon 2 jaar geleden overleden',
    'de lift is 40 jaar oud, the building is 50 years old',
    'kinderen: 3.',
    'koffie kost 1,50, thee 1,20.',
    'hij 3 keer gebeld, zij 2 uur gewacht.',
  ])('leaves the numbers in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Kwame 3 jaar geleden verhuisd naar Holendrecht.', 'Kwame'],
    ['Joyce 12 jaar lang mantelzorger geweest.', 'Joyce'],
  ])('leaves a span of time after a name: "%s"', (text, name) => {
    expect(found(text)).toEqual([`person:${name}`]);
  });
});
