import { describe, expect, it } from 'vitest';
import { findNumberedAddresses } from '../../../../src/domain/anonymiser/address';
import { findAges } from '../../../../src/domain/anonymiser/age';
import { findBirthdates } from '../../../../src/domain/anonymiser/birthdate';
import { findBsns, findIbans, findPostcodes } from '../../../../src/domain/anonymiser/identifiers';
import { findPhones } from '../../../../src/domain/anonymiser/phone';
import { DEV_CORPUS } from './corpus';

/**
 * findPersonalDetails skips these rules for a note without a digit (anonymise.ts): that is safe
 * only while none of them can find anything there. A rule that learns to (an age or a date in
 * words) must move above that check, or details in notes without digits would be missed; the
 * streets where someone lives (no number needed) are read apart for that reason.
 */
const DIGIT_RULES = {
  findNumberedAddresses,
  findAges,
  findBirthdates,
  findBsns,
  findIbans,
  findPhones,
  findPostcodes,
};

describe('the rules that start from a digit', () => {
  const texts = DEV_CORPUS.flatMap((note) => {
    const text = note.text.replace(/\d/g, '');
    return [text, text.toLowerCase(), text.toUpperCase()];
  });

  it.each(Object.entries(DIGIT_RULES))(
    '%s finds nothing in the corpus with its digits taken out',
    (_, rule) => {
      for (const text of texts) expect(rule(text)).toEqual([]);
    },
  );

  it('find something in the same notes with their digits (so the check above can fail)', () => {
    const found = DEV_CORPUS.filter((note) =>
      Object.values(DIGIT_RULES).some((rule) => rule(note.text).length > 0),
    );
    expect(found.length).toBeGreaterThan(DEV_CORPUS.length / 2);
  });
});
