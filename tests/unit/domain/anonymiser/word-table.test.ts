import { describe, expect, it } from 'vitest';
import { WORD_FLAG_TABLE, WORD_FLAGS } from '../../../../src/domain/anonymiser/lexicon';
import { wordTable } from '../../../../src/domain/anonymiser/word-table';

describe('the word table', () => {
  it('answers what the map answers, for every word in it and for words that are not', () => {
    for (const [word, flags] of WORD_FLAGS) expect(WORD_FLAG_TABLE.get(word)).toBe(flags);
    for (const word of ['', 'xqzv', 'bijlmerdreef', 'Fatima', 'ÇELIK', 'de ']) {
      expect(WORD_FLAG_TABLE.get(word)).toBe(WORD_FLAGS.get(word) ?? 0);
    }
  });

  it('answers every word of one or two small letters as the map does, listed or not', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = [...letters, ...Array.from(letters).flatMap((a) => Array.from(letters, (b) => a + b))];
    for (const word of words) expect(WORD_FLAG_TABLE.get(word)).toBe(WORD_FLAGS.get(word) ?? 0);
  });

  it('keeps words that collide apart', () => {
    const table = wordTable(new Map(Array.from({ length: 500 }, (_, n) => [`w${n}`, n + 1])));
    for (let n = 0; n < 500; n++) expect(table.get(`w${n}`)).toBe(n + 1);
    expect(table.get('w500')).toBe(0);
  });

  it('finds a word in place as get() finds it cut out, capitals read small on request', () => {
    const at = (word: string, lower = false) => {
      const text = `(${word}.`;
      return WORD_FLAG_TABLE.find(text, 1, 1 + word.length, lower);
    };
    for (const [word, flags] of WORD_FLAGS) {
      const entry = at(word);
      expect(WORD_FLAG_TABLE.key(entry)).toBe(word);
      expect(WORD_FLAG_TABLE.value(entry)).toBe(flags);
      if (/^[a-z]+$/.test(word)) expect(WORD_FLAG_TABLE.key(at(word.toUpperCase(), true))).toBe(word);
    }
    expect(at('xqzv')).toBe(0);
    expect(at('Fatima')).toBe(0);
    expect(WORD_FLAG_TABLE.value(at('FATIMA', true))).toBe(WORD_FLAGS.get('fatima'));
    // Beyond ASCII a capitalised word's key needs lookupKey(): the table does not guess it.
    expect(at('Çelik', true)).toBe(-1);
  });

  it('gives every word of one or two small letters its own string, listed or not', () => {
    for (const word of ['q', 'xq', 'de', 'en']) {
      const entry = WORD_FLAG_TABLE.find(` ${word} `, 1, 1 + word.length, false);
      expect(WORD_FLAG_TABLE.key(entry)).toBe(word);
      expect(WORD_FLAG_TABLE.value(entry)).toBe(WORD_FLAGS.get(word) ?? 0);
    }
  });
});
