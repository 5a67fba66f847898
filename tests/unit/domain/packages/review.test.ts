import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDES } from '../../../../src/domain/guides/built-in';
import {
  checklistTally,
  emptyFeedback,
  parseReviewFeedback,
  parseReviewPackage,
  type ReviewFeedback,
  TECHNIQUE_CHECKLIST,
} from '../../../../src/domain/packages/review';
import { REMOVED_MARK, reviewCopy } from '../../../../src/domain/packages/review-copy';
import {
  conversation,
  FOLLOW_UP,
  NAME,
  NOTE_TEXT,
  notes,
  OBSTACLE,
  PHONE,
  QUOTE,
  SECOND_NOTE_TEXT,
} from './fixtures';

const guide = BUILT_IN_GUIDES[0] ?? null;
const keep = { anonymise: false, removed: [] };

describe('the copy a coach reads', () => {
  it('never carries the people-mentioned list, the area or the consent', () => {
    for (const anonymise of [false, true]) {
      const copy = reviewCopy(conversation(), notes(), guide, { anonymise, removed: [] }, 5_000);
      const json = JSON.stringify(copy);
      expect(json).not.toContain('peopleMentioned');
      expect(json).not.toContain('gaasperdam');
      expect(json).not.toContain('consent');
      expect(Object.keys(copy.conversation).sort()).toEqual(
        [
          'date',
          'followUp',
          'guideId',
          'guideLanguage',
          'guideVersion',
          'id',
          'obstacles',
          'residentProfile',
          'themeIds',
          'valueTags',
        ].sort(),
      );
    }
  });

  it("carries the names of the themes it tags, as the interviewer's codebook has them, and no others", () => {
    const themeLabels = [
      { id: 'mantelzorg', label: 'Zorgen voor een naaste' },
      { id: 'toegang-tot-hulp', label: 'Hulp vinden' },
      { id: 'wonen', label: 'Wonen' },
    ];
    const copy = reviewCopy(conversation(), notes(), guide, { ...keep, themeLabels }, 5_000);
    expect(copy.themeLabels).toEqual(themeLabels.slice(0, 2));
    expect(parseReviewPackage(JSON.parse(JSON.stringify(copy)))).toEqual(copy);
    // A package made before the names travelled still opens.
    const { themeLabels: _dropped, ...older } = copy;
    expect(parseReviewPackage(JSON.parse(JSON.stringify(older))).themeLabels).toBeUndefined();
  });

  it("carries the interviewer's pseudonym when she chose one, and a package without it still opens", () => {
    const named = reviewCopy(conversation(), notes(), guide, { ...keep, pseudonym: 'Merel' }, 5_000);
    expect(named.pseudonym).toBe('Merel');
    expect(parseReviewPackage(JSON.parse(JSON.stringify(named)))).toEqual(named);
    const unnamed = reviewCopy(conversation(), notes(), guide, { ...keep, pseudonym: null }, 5_000);
    expect('pseudonym' in unnamed).toBe(false);
    // Made by an app from before pseudonyms: no field at all.
    expect(parseReviewPackage(JSON.parse(JSON.stringify(unnamed))).pseudonym).toBeUndefined();
    expect(() => parseReviewPackage({ ...named, pseudonym: '' })).toThrow();
    expect(() => parseReviewPackage({ ...named, pseudonym: 'x'.repeat(41) })).toThrow();
  });

  it("carries the interviewer's reflection only when she includes it, anonymised like the notes", () => {
    const reflected = { ...conversation(), reflection: `Ik vroeg te weinig door bij ${NAME}.` };
    expect(reviewCopy(reflected, notes(), guide, keep, 5_000).conversation.reflection).toBeUndefined();
    const included = reviewCopy(
      reflected,
      notes(),
      guide,
      { anonymise: true, removed: [], includeReflection: true },
      5_000,
    );
    expect(included.conversation.reflection).toContain('Ik vroeg te weinig door bij');
    expect(included.conversation.reflection).not.toContain(NAME);
    expect(parseReviewPackage(JSON.parse(JSON.stringify(included)))).toEqual(included);
  });

  it('keeps the words as written when the interviewer does not anonymise', () => {
    const copy = reviewCopy(conversation(), notes(), guide, keep, 5_000);
    expect(copy.anonymised).toBe(false);
    expect(copy.sharedAt).toBe(5_000);
    expect(copy.guide).toBe(guide);
    expect(copy.notes.map((note) => note.text)).toEqual([NOTE_TEXT, SECOND_NOTE_TEXT]);
    expect(copy.notes[1]?.quotes).toEqual([{ id: 'c1-q1', text: QUOTE }]);
    expect(copy.conversation.obstacles[0]?.text).toBe(OBSTACLE);
    expect(copy.conversation.followUp).toBe(FOLLOW_UP);
  });

  it('runs notes, quotes, obstacles and follow-up through the anonymiser, finding the people mentioned', () => {
    const copy = reviewCopy(conversation(), notes(), guide, { anonymise: true, removed: [] }, 5_000);
    const json = JSON.stringify(copy);
    for (const secret of [NAME, 'Kwabena', 'Mensah', PHONE]) expect(json).not.toContain(secret);
    expect(copy.anonymised).toBe(true);
    expect(copy.notes[0]?.text).toContain('[naam]');
    expect(copy.notes[0]?.text).toContain('[telefoon]');
    expect(copy.conversation.obstacles[0]?.text).toContain('[naam]');
    expect(copy.conversation.followUp).toContain('[naam]');
    // What is no personal detail stays: the coach must still see the technique.
    expect(copy.notes[1]?.quotes[0]?.text).toBe(QUOTE);
  });

  it('cuts removed passages out of the original text before anything else, and leaves a mark', () => {
    const text = NOTE_TEXT;
    const start = text.indexOf('Hij belt');
    const removed = [
      // Reversed and overlapping offsets are one passage.
      { noteId: 'c1-n1', start: text.length, end: start },
      { noteId: 'c1-n1', start: start + 3, end: start + 10 },
    ];
    for (const anonymise of [false, true]) {
      const copy = reviewCopy(conversation(), notes(), guide, { anonymise, removed }, 5_000);
      const cut = copy.notes[0]?.text ?? '';
      expect(cut).not.toContain('belt');
      expect(cut).not.toContain('niemand');
      expect(cut.split(REMOVED_MARK)).toHaveLength(2);
      expect(cut.endsWith(REMOVED_MARK)).toBe(true);
      expect(copy.notes[1]?.text).toContain('moestuin');
    }
    expect(reviewCopy(conversation(), notes(), guide, { anonymise: false, removed }, 1).notes[0]?.text).toBe(
      `${text.slice(0, start)}${REMOVED_MARK}`,
    );
  });

  it('drops a quote whose passage was removed, and keeps one that still stands whole', () => {
    const at = SECOND_NOTE_TEXT.indexOf(QUOTE);
    const inQuote = reviewCopy(
      conversation(),
      notes(),
      guide,
      { anonymise: false, removed: [{ noteId: 'c1-n2', start: at + 5, end: at + 12 }] },
      1,
    );
    expect(JSON.stringify(inQuote)).not.toContain('gewoon zelf');
    expect(inQuote.notes[1]?.quotes).toEqual([]);
    const elsewhere = reviewCopy(
      conversation(),
      notes(),
      guide,
      { anonymise: false, removed: [{ noteId: 'c1-n2', start: 0, end: 10 }] },
      1,
    );
    expect(elsewhere.notes[1]?.quotes).toEqual([{ id: 'c1-q1', text: QUOTE }]);
    expect(elsewhere.notes[1]?.text.startsWith(REMOVED_MARK)).toBe(true);
  });

  it('takes only the notes of this conversation', () => {
    const copy = reviewCopy(conversation(), [...notes(), ...notes('c2')], guide, keep, 1);
    expect(copy.notes.map((note) => note.id)).toEqual(['c1-n1', 'c1-n2']);
  });
});

describe('reading a review package', () => {
  it('accepts what reviewCopy makes, after a trip through JSON', () => {
    for (const anonymise of [false, true]) {
      const copy = reviewCopy(conversation(), notes(), guide, { anonymise, removed: [] }, 5_000);
      expect(parseReviewPackage(JSON.parse(JSON.stringify(copy)))).toEqual(JSON.parse(JSON.stringify(copy)));
    }
    const withoutGuide = reviewCopy(conversation(), notes(), null, keep, 5_000);
    expect(parseReviewPackage(withoutGuide).guide).toBeNull();
  });

  it('refuses anything else, without quoting it', () => {
    const copy = JSON.parse(JSON.stringify(reviewCopy(conversation(), notes(), guide, keep, 5_000)));
    const bad = [
      null,
      {},
      { ...copy, extra: 1 },
      { ...copy, conversation: { ...copy.conversation, peopleMentioned: [NAME] } },
      { ...copy, notes: [{ ...copy.notes[0], text: 'x'.repeat(200_001) }] },
      { ...copy, notes: Array.from({ length: 2_001 }, () => copy.notes[0]) },
      { ...copy, guide: { ...copy.guide, sections: 'none' } },
      { ...copy, sharedAt: -1 },
    ];
    for (const input of bad) {
      expect(() => parseReviewPackage(input)).toThrow(/review package/);
      try {
        parseReviewPackage(input);
      } catch (error) {
        expect(String(error)).not.toContain(NAME);
      }
    }
  });
});

describe('feedback', () => {
  const feedback = (
    answers: Partial<Record<(typeof TECHNIQUE_CHECKLIST)[number], 'yes' | 'partly' | 'no'>>,
  ) => {
    const base = emptyFeedback();
    for (const [item, answer] of Object.entries(answers)) {
      base.checklist[item as keyof typeof base.checklist] = { answer, remark: '' };
    }
    return { ...base, sentAt: 9_000 } satisfies ReviewFeedback;
  };

  it('starts empty, with every point of the checklist unanswered', () => {
    const empty = emptyFeedback();
    expect(Object.keys(empty.checklist)).toEqual([...TECHNIQUE_CHECKLIST]);
    expect(
      Object.values(empty.checklist).every((entry) => entry.answer === null && entry.remark === ''),
    ).toBe(true);
    expect(parseReviewFeedback({ ...empty, sentAt: 1 })).toEqual({ ...empty, sentAt: 1 });
  });

  it('refuses an unknown answer, a missing point or an extra field', () => {
    const good = feedback({ 'open-questions': 'yes' });
    const { 'open-questions': _dropped, ...missing } = good.checklist;
    for (const input of [
      { ...good, checklist: { ...good.checklist, 'open-questions': { answer: 'maybe', remark: '' } } },
      { ...good, checklist: missing },
      { ...good, comments: [{ on: { kind: 'note', noteId: 'n1' }, text: 'goed', resident: NAME }] },
      { ...good, comments: [{ on: { kind: 'person', name: NAME }, text: 'goed' }] },
      { ...good, sentAt: undefined },
    ]) {
      expect(() => parseReviewFeedback(input)).toThrow(/review feedback/);
    }
  });

  it('tallies each point over all feedback sent', () => {
    const tally = checklistTally([
      feedback({ 'open-questions': 'yes', 'own-words-kept': 'no' }),
      feedback({ 'open-questions': 'partly', 'own-words-kept': 'no' }),
      feedback({ 'open-questions': 'yes' }),
    ]);
    expect(tally['open-questions']).toEqual({ yes: 2, partly: 1, no: 0, unanswered: 0 });
    expect(tally['own-words-kept']).toEqual({ yes: 0, partly: 0, no: 2, unanswered: 1 });
    expect(tally['follow-up-agreed']).toEqual({ yes: 0, partly: 0, no: 0, unanswered: 3 });
    expect(Object.keys(checklistTally([]))).toEqual([...TECHNIQUE_CHECKLIST]);
  });
});
