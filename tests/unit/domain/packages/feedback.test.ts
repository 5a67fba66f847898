import { describe, expect, it } from 'vitest';
import {
  envelopeFromFile,
  envelopeToFile,
  importPackageKey,
  openPackage,
  openWithPassphrase,
  sealPackage,
  sealWithPassphrase,
} from '../../../../src/domain/packages/envelope';
import {
  type CommentTarget,
  commentOn,
  emptyFeedback,
  parseReviewFeedback,
  type ReviewFeedback,
  withComment,
} from '../../../../src/domain/packages/review';

/**
 * Feedback as a coach's app sealed it before comments could be on more than a note (format 1),
 * made with the code of commit 5e18375 and kept here byte for byte: coaches' apps in the field
 * send these, and interviewers' devices keep them.
 */
const FORMAT_ONE = `{
  "format": "buurtgesprek-package",
  "version": 1,
  "kind": "feedback",
  "cipher": "AES-GCM-256",
  "iv": "FmKYzw6FafMeErRm",
  "data": "MvPOjWLGZElNbuxh7PjrYVlyHRlShuf0XnxcOoviY_SYqsoMqVGyIn13Or6CDvmbQCdJ1p9cFPpsscClbfy70RKGlFULMJhuc0F7usAkhZJ9D7cp7MbKoUSAXaFqp7SpWH5SoKZ1bELvKW5ncxw5Q78YaaFWdCjSCJ2groVgzVnWaAwV7iq4ZhwiNgc5ywGPvkYAYp4ZbPdB35A8YHBWxWBCP0o9CdrX7ogEqnik5KwmFMddP9os7JJlWjvgodcR1Ndhd23nbo0gSo8ZHQ_gchyEpWBp6r0G8qKQ_08X5VkX0NKYV-cZHArzrgWjJVXpIqbHHgh3ITBVzaKKq94-nnKiSUl8iyPhQMtgRWKPFoWtD9ud0uQy_jNia-8vZ46RXYCnvtUtbnHOvN5geOT4jE7l51rG22iMetT69qf3j2qcCtWFnCW2Ywl4waoX1CvsBHrMQKbZWz8SWnbhdsSbT_boz1zaHgidWDAAGG4Tr72HJ6l65ZJs3RTHp8WibgmQY5PpqIdcuj8nKlHt_jHDku6owaYswZ4VP2x8W4GPCrjruS_W68w_4cF1Zqu5aWtj9kKWINylQwMZWEHxN4QpfPU-EkMLCGZZz-bt8dg8DGYD4V_FaIyaNLyCQbKfG__RYCPByxf5jjFDCD3xhZG679jwLLzMOmtnU4LgIr28RTGmFP909tg"
}
`;
const LINK_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
const PASSWORD = 'twaalf tekens of meer';

const onNote: CommentTarget = { kind: 'note', noteId: 'c1-n1' };
const onQuote: CommentTarget = { kind: 'quote', noteId: 'c1-n1', quoteId: 'c1-q1' };
const onTag: CommentTarget = {
  kind: 'value-tag',
  valueId: 'autonomie',
  polarity: 'missing',
  noteId: 'c1-n1',
};
const onWholeTag: CommentTarget = {
  kind: 'value-tag',
  valueId: 'autonomie',
  polarity: 'missing',
  noteId: null,
};
const onTheme: CommentTarget = { kind: 'theme', themeId: 'mantelzorg' };
const onObstacle: CommentTarget = { kind: 'obstacle', obstacleId: 'o1' };

function commented(): ReviewFeedback {
  let draft = emptyFeedback();
  for (const [target, text] of [
    [onNote, 'Mooi doorgevraagd.'],
    [onQuote, 'Goed dat dit een citaat werd.'],
    [onTag, 'Waarom gemist en niet ervaren?'],
    [onWholeTag, 'Over het hele gesprek klopt dit.'],
    [onTheme, 'Thema past.'],
    [onObstacle, 'Zonder oordeel genoteerd.'],
  ] as const)
    draft = withComment(draft, target, text);
  return {
    ...draft,
    review: { conversationId: 'c1', sharedAt: 5_000 },
    overall: 'Over het geheel: rustig en open.',
    sentAt: 9_000,
  };
}

describe('feedback in format 2', () => {
  it('keeps one comment per thing: a new text replaces it, an empty one removes it', () => {
    let draft = withComment(emptyFeedback(), onTag, 'eerste');
    draft = withComment(draft, onWholeTag, 'over het geheel');
    draft = withComment(draft, onTag, 'tweede');
    expect(commentOn(draft, onTag)).toBe('tweede');
    // The same value on a note and in the whole conversation are two things to comment on.
    expect(commentOn(draft, onWholeTag)).toBe('over het geheel');
    expect(draft.comments).toHaveLength(2);
    draft = withComment(draft, onTag, '');
    expect(commentOn(draft, onTag)).toBe('');
    expect(draft.comments.map((comment) => comment.on)).toEqual([onWholeTag]);
  });

  it('carries comments on a note, a quote, a tag, a theme and an obstacle, and the whole, through a file and back', async () => {
    const sent = commented();
    const file = envelopeToFile(await sealWithPassphrase('feedback', sent, PASSWORD, 1_000));
    expect(file).not.toContain('doorgevraagd');
    const back = await openWithPassphrase('feedback', envelopeFromFile(file), PASSWORD, parseReviewFeedback);
    expect(back).toEqual(sent);
    expect(commentOn(back, onTag)).toBe('Waarom gemist en niet ervaren?');
    expect(commentOn(back, onObstacle)).toBe('Zonder oordeel genoteerd.');
    expect(back.overall).toBe('Over het geheel: rustig en open.');
  });

  it('does not open with another password, nor as another kind of package', async () => {
    const file = envelopeToFile(await sealWithPassphrase('feedback', commented(), PASSWORD, 1_000));
    await expect(
      openWithPassphrase('feedback', envelopeFromFile(file), 'een ander wachtwoord', parseReviewFeedback),
    ).rejects.toMatchObject({ problem: 'cannot-open' });
    await expect(
      openWithPassphrase('review', envelopeFromFile(file), PASSWORD, parseReviewFeedback),
    ).rejects.toMatchObject({ problem: 'wrong-kind' });
  });

  it('says a later format comes from a newer app, and refuses a comment on something unknown', async () => {
    const key = await importPackageKey(LINK_KEY);
    const later = await sealPackage('feedback', { ...commented(), format: 3 }, key);
    await expect(openPackage('feedback', later, key, parseReviewFeedback)).rejects.toMatchObject({
      problem: 'unsupported-version',
    });
    const strange = { ...commented(), comments: [{ on: { kind: 'resident' }, text: 'x' }] };
    expect(() => parseReviewFeedback(strange)).toThrow(/review feedback/);
  });
});

describe('feedback in format 1, as coaches sent it before', () => {
  it('still opens, its note comments read as comments on those notes', async () => {
    const opened = await openPackage(
      'feedback',
      envelopeFromFile(FORMAT_ONE),
      await importPackageKey(LINK_KEY),
      parseReviewFeedback,
    );
    expect(opened.format).toBe(2);
    expect(opened.comments).toEqual([{ on: onNote, text: 'Mooi doorgevraagd.' }]);
    expect(opened.overall).toBe('Rustig gesprek.');
    expect(opened.tip).toBe('Vraag naar wat werkt.');
    expect(opened.checklist['open-questions']).toEqual({ answer: 'yes', remark: '' });
    expect(opened.review).toBeUndefined();
  });
});
