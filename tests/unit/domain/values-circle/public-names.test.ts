import { describe, expect, it } from 'vitest';
import { namesAPerson } from '../../../../src/domain/values-circle/public-names';

/**
 * The rule, as an action's owner reads it: a proper name after an organisation's head noun names
 * the organisation; a title, initials, or a first name with a surname after the organisation's
 * own name mark a person.
 */
describe('whether an action owner names a person', () => {
  it.each([
    'Buurthuis De Zonnebloem',
    'buurtcentrum Henk Koster',
    'Wijkcentrum Het Anker',
    'Stichting De Regenboog',
    'Stichting Marijke Vos',
    'Basisschool De Toverfluit',
    'Speeltuinvereniging Mariam',
    'Vereniging Samen Sterk',
    'Moskee Al Ikhlas',
    'Kerk De Morgenster',
    'Bibliotheek Reigersbos',
    'GGD Amsterdam',
    'Team Armoede Zuidoost',
    'Huis van de Wijk Venserpolder',
    'community centre The Willow',
    'Foundation Yaw Boateng',
    'the area team',
    'het buurtteam',
  ])('accepts the organisation "%s"', (owner) => {
    expect(namesAPerson(owner)).toBe(false);
  });

  it.each([
    'Jan de Vries',
    'Marleen Bos',
    'mw. Bakker',
    'meneer Pinas',
    // A first name before the team names the one person in it who picks it up; "het buurtteam" says
    // who without her, and the public page must not name her.
    'Anouk van het buurtteam',
    'Buurthuis, Jan de Vries',
    'Buurthuis De Zonnebloem, mevrouw Koster',
    'Buurthuis mw. Bakker',
    'Stichting J. de Vries',
    'Buurthuis De Zonnebloem Henk de Wit',
    'Stichting Kees Boeke, contact Jan de Vries',
    'Stichting De Regenboog (Marleen Bos)',
  ])('refuses the person in "%s"', (owner) => {
    expect(namesAPerson(owner)).toBe(true);
  });
});
