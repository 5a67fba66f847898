import { describe, expect, it } from 'vitest';
import { parseNote } from './labelled';
import { precision, recall, scoreCorpus, spansMatch } from './score';

describe('corpus marks', () => {
  it('become plain text with spans at the right offsets', () => {
    const note = parseNote({ id: 't', language: 'nl', marked: 'Met {person:Kofi} op {phone:06-12345678}.' });
    expect(note.text).toBe('Met Kofi op 06-12345678.');
    expect(note.spans.map((span) => note.text.slice(span.start, span.end))).toEqual(['Kofi', '06-12345678']);
  });

  it('reject an unknown type or a stray brace', () => {
    expect(() => parseNote({ id: 't', language: 'nl', marked: '{naam:Kofi}' })).toThrow(/unknown type/);
    expect(() => parseNote({ id: 't', language: 'nl', marked: 'Kofi}' })).toThrow(/unbalanced/);
  });
});

describe('span matching', () => {
  const gold = { start: 10, end: 20, type: 'person' as const };

  it('needs the same type and half of each span covered by the other', () => {
    expect(spansMatch({ start: 10, end: 20, type: 'person' }, gold)).toBe(true);
    expect(spansMatch({ start: 12, end: 20, type: 'person' }, gold)).toBe(true);
    expect(spansMatch({ start: 10, end: 14, type: 'person' }, gold)).toBe(false);
    expect(spansMatch({ start: 0, end: 20, type: 'person' }, gold)).toBe(true);
    expect(spansMatch({ start: 0, end: 21, type: 'person' }, gold)).toBe(false);
    expect(spansMatch({ start: 10, end: 20, type: 'age' }, gold)).toBe(false);
    expect(spansMatch({ start: 10, end: 20, type: 'age' }, gold, true)).toBe(true);
  });

  it('scores recall and precision per type, and type-blind', () => {
    const note = parseNote({ id: 't', language: 'nl', marked: '{person:Kofi} {age:34} {phone:06-12345678}' });
    const score = scoreCorpus([note], () => [
      { start: 0, end: 4, type: 'person' },
      { start: 5, end: 7, type: 'person' },
      { start: 8, end: 19, type: null },
    ]);
    expect(recall(score.byType.person)).toBe(1);
    expect(precision(score.byType.person)).toBe(0.5);
    expect(recall(score.byType.age)).toBe(0);
    expect(recall(score.byType.phone)).toBe(0);
    expect(recall(score.anyType)).toBe(1);
    expect(precision(score.overall)).toBe(0.5);
    expect(recall(score.byType.email)).toBeNull();
  });
});
