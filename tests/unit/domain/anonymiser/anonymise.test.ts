import { describe, expect, it } from 'vitest';
import { anonymise, PII_TYPES, PLACEHOLDERS } from '../../../../src/domain/anonymiser';
import { DEFAULT_AREA_NAMES } from '../../../../src/domain/areas';
import { VALUE_IDS } from '../../../../src/domain/values';

const NOTE =
  'Gesprek met Fatima el Amrani (42) op de Bijlmerdreef 1021-II, 1103 TV Amsterdam. Bel 06-12345678 of mail ' +
  'fatima@example.nl; zie www.example.nl. BSN 111222333, IBAN NL91 ABNA 0417 1643 00, geboren op 4 april 1982.';

describe('anonymise', () => {
  it('replaces each kind of detail with its placeholder and reports offsets into the input', () => {
    const { text, replacements } = anonymise(NOTE);
    expect(text).toBe(
      'Gesprek met [naam] ([leeftijd]) op de [adres], [postcode] Amsterdam. Bel [telefoon] of mail ' +
        '[e-mail]; zie [url]. BSN [BSN], IBAN [IBAN], geboren op [geboortedatum].',
    );
    expect(replacements.map(({ start, end, type }) => [type, NOTE.slice(start, end)])).toEqual([
      ['person', 'Fatima el Amrani'],
      ['age', '42'],
      ['address', 'Bijlmerdreef 1021-II'],
      ['postcode', '1103 TV'],
      ['phone', '06-12345678'],
      ['email', 'fatima@example.nl'],
      ['url', 'www.example.nl'],
      ['bsn', '111222333'],
      ['iban', 'NL91 ABNA 0417 1643 00'],
      ['birthdate', '4 april 1982'],
    ]);
  });

  it('has a placeholder for every type', () => {
    expect(Object.keys(PLACEHOLDERS).sort()).toEqual([...PII_TYPES].sort());
  });

  it('returns sorted replacements that never overlap', () => {
    const { replacements } = anonymise(NOTE, { peopleMentioned: ['Fatima', 'Fatima el Amrani'] });
    for (let i = 1; i < replacements.length; i++) {
      expect(replacements[i]?.start).toBeGreaterThanOrEqual(replacements[i - 1]?.end ?? 0);
    }
  });

  it('lets an e-mail address win over a name inside it', () => {
    expect(anonymise('Mail fatima.elamrani@gmail.com.', { peopleMentioned: ['Fatima'] }).text).toBe(
      'Mail [e-mail].',
    );
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = '😀 Gesprek met Kofi 🙂 Mensah.';
    const [replacement] = anonymise(text, { peopleMentioned: ['Kofi'] }).replacements;
    expect(replacement).toEqual({ start: 15, end: 19, type: 'person' });
    expect(text.slice(15, 19)).toBe('Kofi');
  });

  it('is deterministic, whatever the order of the people-mentioned list', () => {
    const a = anonymise(NOTE, { peopleMentioned: ['Fatima', 'El Amrani'] });
    const b = anonymise(NOTE, { peopleMentioned: ['El Amrani', 'Fatima'] });
    expect(b).toEqual(a);
    expect(anonymise(NOTE, { peopleMentioned: ['Fatima', 'El Amrani'] })).toEqual(a);
  });

  it('leaves text without personal details as it is', () => {
    const text =
      'Ze woont 20 jaar in de Bijlmer, heeft 3 kinderen en betaalt € 1.250,00 huur. Op 12 maart kwam het Buurtteam.';
    expect(anonymise(text)).toEqual({ text, replacements: [] });
    expect(anonymise('')).toEqual({ text: '', replacements: [] });
  });

  it('never takes a value or an area for a name', () => {
    const capitalised = (word: string) => word[0]?.toUpperCase() + word.slice(1);
    const values = VALUE_IDS.map(capitalised).join(', ');
    const areas = DEFAULT_AREA_NAMES.join(' en in ');
    const text = `Ze noemde ${values}. Ze woonde in ${areas}.`;
    expect(anonymise(text).replacements).toEqual([]);
  });
});
