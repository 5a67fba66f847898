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
});
