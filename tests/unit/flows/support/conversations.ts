import {
  type Conversation,
  completeConversation,
  recordConsent,
  startConversation,
} from '../../../../src/domain/conversation';
import { markQuote, type Note } from '../../../../src/domain/note';

/** Invented people and places only. */
export const SECRET_NAME = 'Kwabena Mensah';
export const SECRET_OBSTACLE = 'het loket aan de Bijlmerdreef is alleen op dinsdag open';
export const SECRET_QUOTE = `Ik wil gewoon zelf kiezen wie er bij ${SECRET_NAME} thuis komt`;
const SECRET_NOTE = `Mevrouw Jolanda Brinkhorst belt 06-12345678. ${SECRET_QUOTE}.`;

/** A conversation as the interviewer leaves it after the talk: consent to everything, tags and one obstacle. */
export function inProgressConversation(id = 'c1', quotes = true): Conversation {
  const started = startConversation(
    {
      areaId: 'gaasperdam',
      guideId: 'algemeen',
      guideVersion: 1,
      guideLanguage: 'nl',
      date: '2026-11-20',
      residentProfile: 'mantelzorger',
    },
    id,
    1_000,
  );
  return {
    ...recordConsent(started, { notes: true, themesAndValues: true, quotes }, 1_100),
    peopleMentioned: [SECRET_NAME],
    obstacles: [{ id: 'o1', text: SECRET_OBSTACLE, themeId: 'toegang-tot-hulp' }],
    valueTags: [{ valueId: 'zelfbeschikking', polarity: 'missing', noteId: `${id}-n1` }],
    themeIds: ['mantelzorg'],
  };
}

export function completedConversation(id = 'c1', quotes = true): Conversation {
  return completeConversation(inProgressConversation(id, quotes), 2_000);
}

/** One note with the quote marked in it. */
export function noteWithQuote(conversationId = 'c1'): Note {
  const base: Note = {
    id: `${conversationId}-n1`,
    conversationId,
    promptId: 'discover-1',
    text: SECRET_NOTE,
    quotes: [],
    updatedAt: 1_200,
  };
  const start = SECRET_NOTE.indexOf(SECRET_QUOTE);
  return markQuote(base, start, start + SECRET_QUOTE.length, `${conversationId}-q1`);
}
