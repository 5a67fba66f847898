import { describe, expect, it } from 'vitest';
import { AGENDA_LIMITS, parseAgenda } from '../../../../src/domain/wire/agenda';

const question = (text: string, valueId: string | null = 'betrokkenheid') => ({
  id: '0192f3a4-5b6c-7d8e-9f01-23456789abcd',
  valueId,
  text,
});

describe('the agenda wire format', () => {
  it('accepts questions with or without a value, and a participation paragraph', () => {
    const agenda = {
      questions: [
        question('Wat is er nodig?'),
        { ...question('Algemeen', null), id: '0192f3a4-5b6c-7d8e-9f01-23456789abce' },
      ],
      participation: 'Het loket is langer open.',
    };
    expect(parseAgenda(agenda)).toEqual({ ok: true, agenda });
  });

  it('names what is wrong without repeating what was typed', () => {
    const secret = 'Mevrouw Owusu van de Kraaiennest';
    const result = parseAgenda({
      questions: [question(`${secret}\u0000`), question('x', 'geluk'), { ...question('y'), extra: secret }],
      participation: 'x'.repeat(AGENDA_LIMITS.participationLength + 1),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'questions/0/text',
        'questions/1/valueId',
        'questions/2/extra',
        'participation',
      ]),
    );
    expect(JSON.stringify(result.errors)).not.toContain('Owusu');
  });

  it('bounds the number of questions', () => {
    const many = Array.from({ length: AGENDA_LIMITS.questions + 1 }, (_, i) => ({
      ...question(`Vraag ${i}`),
      id: `0192f3a4-5b6c-7d8e-9f01-${String(i).padStart(12, '0')}`,
    }));
    expect(parseAgenda({ questions: many, participation: '' }).ok).toBe(false);
  });
});
