import { describe, expect, it } from 'vitest';
import { type Note, sentencesOf, toggleSentenceQuote } from '../../../src/domain/note';

const note = (text: string): Note => ({
  id: 'n',
  conversationId: 'c',
  promptId: null,
  text,
  quotes: [],
  updatedAt: 0,
});

describe('sentences of a note', () => {
  it('cuts at sentence ends and at line breaks, with offsets into the note', () => {
    const text = 'Ze helpt de buurvrouw. "Dat geeft rust!"\n- boodschappen op woensdag\n\nNog iets?';
    const sentences = sentencesOf(text, 'nl');
    expect(sentences.map((s) => s.text)).toEqual([
      'Ze helpt de buurvrouw.',
      '"Dat geeft rust!"',
      '- boodschappen op woensdag',
      'Nog iets?',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not cut after an abbreviation or inside a number', () => {
    expect(sentencesOf('Ze sprak 3.5 uur met dhr. de Wit over zijn tuin.', 'nl')).toHaveLength(1);
  });

  it('has no sentences in an empty note', () => {
    expect(sentencesOf('  \n ', 'nl')).toEqual([]);
  });

  it('marks a sentence as a quote with one tap, and takes it away with the next', () => {
    const start = note('Het gaat goed. Ik wil zelf kiezen wie er komt.');
    const [, second] = sentencesOf(start.text, 'nl');
    if (!second) throw new Error('two sentences expected');
    const marked = toggleSentenceQuote(start, second, 'q1');
    expect(marked.quotes).toEqual([{ id: 'q1', text: 'Ik wil zelf kiezen wie er komt.' }]);
    expect(toggleSentenceQuote(marked, second, 'q2').quotes).toEqual([]);
  });
});
