import { describe, expect, it } from 'vitest';
import { estimatePassphrase, MIN_PASSPHRASE_SCORE } from '../../../src/domain/passphrase-strength';

describe('passphrase strength', () => {
  it.each([
    ['wachtwoord123', 'a common Dutch password with digits'],
    ['qwertyuiop12', 'a keyboard row'],
    ['aaaaaaaaaaaa', 'one key repeated'],
    ['gaasperdam2026', 'the area and a year'],
    ['autonomie2026', 'one of the six values and a year'],
    ['welkom01welkom', 'a common word twice'],
  ])('refuses %s (%s)', (passphrase) => {
    const strength = estimatePassphrase(passphrase);
    expect(strength.acceptable).toBe(false);
    expect(strength.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
  });

  it.each([
    'de reiger staat stil in het riet',
    'paarse-fiets-onder-de-brug-42',
    'koffie met melk en een lamp',
  ])('accepts a sentence of unrelated words: %s', (passphrase) => {
    expect(estimatePassphrase(passphrase).acceptable).toBe(true);
  });

  it('says why, as a key the screen can put into words', () => {
    expect(estimatePassphrase('aaaaaaaaaaaa').warning).toBe('simpleRepeat');
    expect(estimatePassphrase('gaasperdam2026').warning).toBe('userInputs');
  });

  it('counts what the device knows about its interviewer as guessable', () => {
    const plain = estimatePassphrase('holendrechtvalk');
    const known = estimatePassphrase('holendrechtvalk', ['holendrecht', 'valk']);
    expect(known.score).toBeLessThanOrEqual(plain.score);
    expect(known.warning).toBe('userInputs');
  });
});
