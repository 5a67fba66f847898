import { describe, expect, it } from 'vitest';
import {
  type Conversation,
  completeConversation,
  recordConsent,
  startConversation,
} from '../../../src/domain/conversation';
import type { Note } from '../../../src/domain/note';
import { encodeSummary } from '../../../src/domain/sharing/encode';
import {
  quoteCandidates,
  quoteProblems,
  REDACTED_BY_HAND,
  redactByHand,
  reviseQuote,
  segmentsOf,
} from '../../../src/domain/sharing/quote-review';
import { sharingStatus } from '../../../src/domain/sharing/status';
import { uuidv7 } from '../../../src/domain/uuid';
import { parseSummary } from '../../../src/domain/wire/summary';

// Invented people only.
const NAME = 'Esi Owusu';
const NOTE = `${NAME} (34) woont op de Kraaiennest 12-II, 1104 AB, en belt 06-12345678.`;
const QUOTE = 'Sinds Esi mij helpt met de post durf ik weer open te doen';

function completed(consent = { notes: true, themesAndValues: true, quotes: true }): Conversation {
  const started = startConversation(
    {
      areaId: 'gaasperdam',
      guideId: 'algemeen',
      guideVersion: 2,
      guideLanguage: 'nl',
      date: '2026-05-14',
      residentProfile: 'mantelzorger',
    },
    'c1',
    0,
  );
  return completeConversation(
    {
      ...recordConsent(started, consent, 1),
      valueTags: [
        { valueId: 'autonomie', polarity: 'experienced', noteId: 'n1' },
        { valueId: 'autonomie', polarity: 'experienced', noteId: 'n2' },
        { valueId: 'betrokkenheid', polarity: 'missing' },
      ],
      themeIds: ['geldzorgen', 'mantelzorg', 'geldzorgen'],
      obstacles: [
        { id: 'o1', text: 'Het loket is alleen op dinsdag open', themeId: 'toegang-tot-hulp' },
        { id: 'o2', text: 'Formulieren in moeilijke taal', themeId: 'toegang-tot-hulp' },
        { id: 'o3', text: 'Geen thema gekozen', themeId: null },
      ],
      followUp: `Bel ${NAME} terug`,
      peopleMentioned: [NAME],
    },
    2,
  );
}

const notes: Note[] = [
  {
    id: 'n1',
    conversationId: 'c1',
    promptId: 'p1',
    text: `${NOTE} ${QUOTE}`,
    quotes: [{ id: 'q1', text: QUOTE }],
    updatedAt: 1,
  },
];

describe('the summary encoder', () => {
  it('carries counts, ids and the period, and nothing of the notes, obstacles or follow-up', () => {
    const id = uuidv7();
    const summary = encodeSummary(completed(), id, []);
    expect(summary).toEqual({
      id,
      revision: 1,
      areaId: 'gaasperdam',
      period: { year: 2026, quarter: 2 },
      guide: { id: 'algemeen', version: 2 },
      residentProfile: 'mantelzorger',
      values: {
        autonomie: { experienced: 2, missing: 0 },
        betrokkenheid: { experienced: 0, missing: 1 },
        compassie: { experienced: 0, missing: 0 },
        gelijkwaardigheid: { experienced: 0, missing: 0 },
        solidariteit: { experienced: 0, missing: 0 },
        zelfbeschikking: { experienced: 0, missing: 0 },
      },
      themeIds: ['geldzorgen', 'mantelzorg'],
      obstacleThemeIds: ['toegang-tot-hulp'],
      quotes: [],
    });
    expect(parseSummary(summary).ok).toBe(true);
    const wire = JSON.stringify(summary);
    for (const secret of [NAME, 'Esi', 'loket', 'Bel', '2026-05-14', 'Kraaiennest'])
      expect(wire).not.toContain(secret);
  });

  it('sends approved quotes only with quote consent, and always through the anonymiser', () => {
    const raw = `Zeg maar tegen ${NAME} dat het goed gaat`;
    const withConsent = encodeSummary(completed(), uuidv7(), [{ text: raw, valueIds: ['autonomie'] }]);
    expect(withConsent.quotes).toEqual([
      { text: 'Zeg maar tegen [naam] dat het goed gaat', valueIds: ['autonomie'] },
    ]);
    const without = encodeSummary(
      completed({ notes: true, themesAndValues: true, quotes: false }),
      uuidv7(),
      [{ text: raw }],
    );
    expect(without.quotes).toEqual([]);
  });

  it('refuses a conversation that is not completed or whose resident did not agree to anonymised use', () => {
    expect(() => encodeSummary({ ...completed(), status: 'in-progress' }, uuidv7(), [])).toThrow();
    expect(() =>
      encodeSummary(completed({ notes: true, themesAndValues: false, quotes: false }), uuidv7(), []),
    ).toThrow();
  });
});

describe('reviewing quotes', () => {
  it('offers every marked quote anonymised and unapproved, with the values tagged on its note', () => {
    expect(quoteCandidates(notes, [NAME], completed().valueTags)).toEqual([
      {
        quoteId: 'q1',
        text: 'Sinds [naam] mij helpt met de post durf ik weer open te doen',
        valueIds: ['autonomie'],
        approved: false,
      },
    ]);
  });

  it('redacts whole words by hand and highlights every placeholder', () => {
    const text = 'Mijn buurvrouw van nummer 8 helpt mij';
    const start = text.indexOf('uurvrouw');
    const redacted = redactByHand(text, start, start + 3);
    expect(redacted).toBe(`Mijn ${REDACTED_BY_HAND} van nummer 8 helpt mij`);
    expect(segmentsOf(`Bel [naam] op [telefoon]; ${REDACTED_BY_HAND}.`)).toEqual([
      { text: 'Bel ', mark: null },
      { text: '[naam]', mark: 'person' },
      { text: ' op ', mark: null },
      { text: '[telefoon]', mark: 'phone' },
      { text: '; ', mark: null },
      { text: REDACTED_BY_HAND, mark: 'by-hand' },
      { text: '.', mark: null },
    ]);
  });

  it('runs an edited quote through the anonymiser again, and leaves an anonymised one as it is', () => {
    expect(reviseQuote('Bel me op 06-12345678 als Esi er is', [NAME])).toBe(
      'Bel me op [telefoon] als [naam] er is',
    );
    for (const text of [NOTE, QUOTE, 'Kwame Asante uit de Bijlmer, geboren 3 maart 1990']) {
      const once = reviseQuote(text, [NAME]);
      expect(reviseQuote(once, [NAME])).toBe(once);
    }
  });

  it('names approved quotes that cannot be sent: too long, too many, empty', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      quoteId: `q${i}`,
      text: 'Goed',
      valueIds: [],
      approved: true,
    }));
    many[0] = { quoteId: 'q0', text: 'x'.repeat(501), valueIds: [], approved: true };
    many[1] = { quoteId: 'q1', text: '  ', valueIds: [], approved: true };
    // Not approved: neither checked nor counted towards the ten.
    many[2] = { quoteId: 'q2', text: 'x'.repeat(501), valueIds: [], approved: false };
    const problems = quoteProblems(many);
    expect(Object.fromEntries(problems)).toEqual({
      q0: 'too-long',
      q1: 'empty',
      q11: 'too-many',
    });
  });
});

describe('sharing status', () => {
  const conversation = completed();
  const decision = {
    conversationId: 'c1',
    summaryId: uuidv7(),
    revision: 1,
    decision: 'approved' as const,
    decidedAt: 0,
    sentRevision: 0,
    sentAt: null,
  };

  it('follows a summary from check to sent', () => {
    expect(sharingStatus(conversation, undefined, undefined)).toEqual({ kind: 'to-check' });
    expect(sharingStatus(conversation, decision, { lastError: null, nextAttemptAt: 0 })).toEqual({
      kind: 'waiting',
    });
    expect(sharingStatus(conversation, decision, { lastError: 'offline', nextAttemptAt: 9 })).toEqual({
      kind: 'failed',
      problem: 'offline',
      nextTryAt: 9,
    });
    expect(sharingStatus(conversation, { ...decision, sentRevision: 1, sentAt: 5 }, undefined)).toEqual({
      kind: 'sent',
      sentAt: 5,
      revision: 1,
    });
    expect(sharingStatus(conversation, { ...decision, decision: 'held-back' }, undefined)).toEqual({
      kind: 'held-back',
    });
  });

  it('shares nothing without consent to anonymised use', () => {
    const declined = completed({ notes: true, themesAndValues: false, quotes: false });
    expect(sharingStatus(declined, undefined, undefined)).toEqual({ kind: 'not-shared' });
  });
});
