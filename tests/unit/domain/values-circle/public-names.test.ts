import { describe, expect, it } from 'vitest';
import { ownerNamesAPerson } from '../../../../src/domain/values-circle/public-names';

/**
 * The rule, as an action's owner reads it: a proper name after an organisation's head noun names
 * the organisation; a title, initials, or a first name no article introduces mark a person, and
 * "en", "of", "&", a comma, a dash or a slash start a second owner. An organisation named after a
 * person is refused with them: the public page must not name a person by mistake.
 */
describe('whether an action owner names a person', () => {
  it.each([
    'Buurthuis De Zonnebloem',
    'Wijkcentrum Het Anker',
    'Stichting De Regenboog',
    'Basisschool De Toverfluit',
    'Vereniging Samen Sterk',
    'Moskee Al Ikhlas',
    'Kerk De Morgenster',
    'Bibliotheek Reigersbos',
    'GGD Amsterdam',
    'Team Armoede Zuidoost',
    'Huis van de Wijk Venserpolder',
    'community centre The Willow',
    'the area team',
    'het buurtteam',
    'Team Zuidoost en de GGD',
    'Buurthuis De Roos',
    'community centre The Rose',
  ])('accepts the organisation "%s"', (owner) => {
    expect(ownerNamesAPerson(owner)).toBe(false);
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
    // Named after a person, or a person after the organisation: the same words either way.
    'buurtcentrum Henk Koster',
    'Stichting Marijke Vos',
    'Speeltuinvereniging Mariam',
    'Foundation Yaw Boateng',
    'Team Fatima',
    'team Marco',
    'Buurtteam Fatima',
    'Team van Fatima',
    'Huis van Marco',
    'buurthuis van Jan de Vries',
    'GGD Marco',
    'Moskee Fatima',
    'Team Mohamed en Fatima',
    'Team Zuidoost en Marianne',
    'Buurthuis De Zonnebloem of Marco',
    'Buurthuis De Zonnebloem & Marco',
    'Buurthuis De Zonnebloem—Marco',
    'Buurthuis De Zonnebloem/Marco',
    'Buurthuis De Zonnebloem Marco',
    'Community Centre Marco Rossi',
    'Fatima van Team Zuidoost',
    'Anouk van Team Zuidoost',
  ])('refuses the person in "%s"', (owner) => {
    expect(ownerNamesAPerson(owner)).toBe(true);
  });
});
