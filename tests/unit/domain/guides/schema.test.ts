import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import { parseGuideFile, serialiseGuide } from '../../../../src/domain/guides/file';
import { validateGuide } from '../../../../src/domain/guides/schema';
import { at, type FileJson, minimalGuide, problemsOf, promptAt } from './fixtures';

/** Breaks one thing in an otherwise valid file and returns what parseGuideFile says about it. */
function problemsAfter(mutate: (file: FileJson) => void) {
  const file = JSON.parse(serialiseGuide(minimalGuide())) as FileJson;
  mutate(file);
  return problemsOf(parseGuideFile(JSON.stringify(file)));
}

function errorsAfter(mutate: (file: FileJson) => void) {
  const file = JSON.parse(serialiseGuide(minimalGuide())) as FileJson;
  mutate(file);
  const result = parseGuideFile(JSON.stringify(file));
  return result.ok ? [] : result.errors;
}

const set = (target: object, changes: object) => Object.assign(target, changes);

describe('validateGuide', () => {
  it('accepts every built-in guide', () => {
    for (const guide of BUILT_IN_GUIDES) expect(validateGuide(guide)).toEqual({ ok: true, guide });
  });

  it('wants the builtIn flag on a guide in memory, while a file must not carry it', () => {
    const { builtIn: _, ...withoutFlag } = minimalGuide();
    expect(problemsOf(validateGuide(withoutFlag))).toEqual([{ path: 'builtIn', code: 'missing' }]);
    expect(problemsAfter((file) => set(file.guide, { builtIn: true }))).toEqual([
      { path: 'guide.builtIn', code: 'unknown-key' },
    ]);
  });
});

describe('guide file fields', () => {
  it.each([
    ['a title that is a number', { title: 42 }, 'guide.title', 'wrong-type'],
    ['a version that is text', { version: '1' }, 'guide.version', 'wrong-type'],
    ['sections that are an object', { sections: {} }, 'guide.sections', 'wrong-type'],
    ['version 0', { version: 0 }, 'guide.version', 'not-positive-integer'],
    ['version 1.5', { version: 1.5 }, 'guide.version', 'not-positive-integer'],
    ['an unsafe version', { version: 1e300 }, 'guide.version', 'not-positive-integer'],
    ['an id with capitals and spaces', { id: 'Mijn Leidraad' }, 'guide.id', 'invalid-id'],
    ['an id with a double hyphen', { id: 'mijn--leidraad' }, 'guide.id', 'invalid-id'],
    ['an overlong id', { id: 'a'.repeat(65) }, 'guide.id', 'too-long'],
    ['an unknown language', { language: 'de' }, 'guide.language', 'not-allowed'],
    ['an unknown profile', { residentProfile: 'student' }, 'guide.residentProfile', 'not-allowed'],
    ['a blank title', { title: '   ' }, 'guide.title', 'empty'],
    ['an overlong title', { title: 't'.repeat(201) }, 'guide.title', 'too-long'],
    [
      'a description with a control character',
      { description: 'a\u0000b' },
      'guide.description',
      'invalid-characters',
    ],
    ['an unknown field', { colour: 'red' }, 'guide.colour', 'unknown-key'],
  ])('reports %s, and only that', (_, changes, path, code) => {
    expect(problemsAfter((file) => set(file.guide, changes))).toEqual([{ path, code }]);
  });

  it.each(['id', 'version', 'title', 'language', 'residentProfile', 'sections'])(
    'reports a missing %s',
    (key) => {
      expect(problemsAfter((file) => Reflect.deleteProperty(file.guide, key))).toEqual([
        { path: `guide.${key}`, code: 'missing' },
      ]);
    },
  );

  it('gives the UI what it needs to say what is allowed', () => {
    expect(errorsAfter((file) => set(file.guide, { language: 'de' }))).toMatchObject([
      { params: { found: 'de', allowed: 'nl, en' } },
    ]);
    expect(errorsAfter((file) => set(file.guide, { title: 't'.repeat(201) }))).toMatchObject([
      { params: { max: 200 } },
    ]);
    expect(errorsAfter((file) => set(file.guide, { colour: 'red' }))).toMatchObject([
      { params: { key: 'colour' } },
    ]);
  });
});

describe('prompt fields', () => {
  const prompt = 'guide.sections.1.prompts.0';

  it.each([
    ['a question of 2,001 characters', { question: 'q'.repeat(2001) }, `${prompt}.question`, 'too-long'],
    ['a blank probe', { probes: ['Wat nog meer?', ' \n '] }, `${prompt}.probes.1`, 'empty'],
    ['probes given as text', { probes: 'Wat nog meer?' }, `${prompt}.probes`, 'wrong-type'],
    [
      '21 probes',
      { probes: Array.from({ length: 21 }, (_, i) => `Doorvraag ${i}?`) },
      `${prompt}.probes`,
      'too-many',
    ],
    ['an unknown value', { values: ['autonomie', 'vrijheid'] }, `${prompt}.values.1`, 'unknown-value'],
    ['a value listed twice', { values: ['compassie', 'compassie'] }, `${prompt}.values.1`, 'duplicate-value'],
    ['a hint that is not text', { hint: true }, `${prompt}.hint`, 'wrong-type'],
    ['an unknown field', { answer: 'ja' }, `${prompt}.answer`, 'unknown-key'],
  ])('reports %s, and only that', (_, changes, path, code) => {
    expect(problemsAfter((file) => set(promptAt(file, 1, 0), changes))).toEqual([{ path, code }]);
  });

  it('accepts a question of exactly 2,000 characters, with line breaks', () => {
    expect(
      problemsAfter((file) => set(promptAt(file, 1, 0), { question: `${'q'.repeat(1998)}\r\n` })),
    ).toEqual([]);
  });

  it('reports a missing question', () => {
    expect(problemsAfter((file) => Reflect.deleteProperty(promptAt(file, 1, 0), 'question'))).toEqual([
      { path: `${prompt}.question`, code: 'missing' },
    ]);
  });

  it('names the unknown value and the known ones', () => {
    expect(errorsAfter((file) => set(promptAt(file, 1, 0), { values: ['vrijheid'] }))).toMatchObject([
      {
        code: 'unknown-value',
        params: {
          found: 'vrijheid',
          allowed: 'autonomie, betrokkenheid, compassie, gelijkwaardigheid, solidariteit, zelfbeschikking',
        },
      },
    ]);
  });

  it('reports a prompt id used twice at the second use, pointing at the first', () => {
    const errors = errorsAfter((file) => set(promptAt(file, 4, 0), { id: 'vraag-discover' }));
    expect(errors).toMatchObject([
      {
        path: 'guide.sections.4.prompts.0.id',
        code: 'duplicate-prompt-id',
        params: { id: 'vraag-discover', firstPath: 'guide.sections.1.prompts.0.id' },
      },
    ]);
  });
});

describe('sections and the appreciative cycle', () => {
  it('wants at least one and at most 50 prompts per section', () => {
    expect(problemsAfter((file) => set(at(file.guide.sections, 2), { prompts: [] }))).toEqual([
      { path: 'guide.sections.2.prompts', code: 'too-few' },
    ]);
    const many = Array.from({ length: 51 }, (_, i) => ({
      id: `v-${i}`,
      question: 'Vraag?',
      probes: [],
      values: [],
    }));
    expect(problemsAfter((file) => set(at(file.guide.sections, 2), { prompts: many }))).toEqual([
      { path: 'guide.sections.2.prompts', code: 'too-many' },
    ]);
  });

  it('reports a missing phase', () => {
    expect(problemsAfter((file) => file.guide.sections.splice(2, 1))).toEqual([
      { path: 'guide.sections', code: 'phase-missing' },
    ]);
    expect(errorsAfter((file) => file.guide.sections.splice(2, 1))).toMatchObject([
      { params: { phase: 'dream' } },
    ]);
  });

  it('reports phases out of order at the first misplaced one', () => {
    const errors = errorsAfter((file) => file.guide.sections.reverse());
    expect(errors).toMatchObject([
      {
        path: 'guide.sections.0.phase',
        code: 'phase-out-of-order',
        params: { expected: 'opening', found: 'closing' },
      },
    ]);
    expect(errors).toHaveLength(1);
  });

  it('reports a phase given twice, and the one it pushed out', () => {
    expect(problemsAfter((file) => set(at(file.guide.sections, 3), { phase: 'dream' }))).toEqual([
      { path: 'guide.sections.3.phase', code: 'phase-duplicate' },
      { path: 'guide.sections', code: 'phase-missing' },
    ]);
  });

  it('reports a phase that does not exist, and more sections than phases', () => {
    expect(problemsAfter((file) => set(at(file.guide.sections, 2), { phase: 'dreaming' }))).toEqual([
      { path: 'guide.sections.2.phase', code: 'not-allowed' },
    ]);
    expect(problemsAfter((file) => file.guide.sections.push(at(file.guide.sections, 5)))).toEqual([
      { path: 'guide.sections', code: 'too-many' },
    ]);
  });

  it('reports an unknown field on a section', () => {
    expect(problemsAfter((file) => set(at(file.guide.sections, 0), { order: 1 }))).toEqual([
      { path: 'guide.sections.0.order', code: 'unknown-key' },
    ]);
  });
});
