import {
  type Conversation,
  completeConversation,
  recordConsent,
  startConversation,
} from '../../../../src/domain/conversation';
import type { Note } from '../../../../src/domain/note';
import { encodeSummary } from '../../../../src/domain/sharing/encode';
import type { SharingDecision } from '../../../../src/domain/sharing/status';
import type { Summary } from '../../../../src/domain/wire/summary';

/** Invented people and places only. */
export const NAME = 'Kwabena Mensah';
export const PHONE = '06-12345678';
export const NOTE_TEXT = `Kwabena Mensah zorgt voor zijn moeder. Hij belt vaak met ${PHONE} maar krijgt niemand.`;
export const QUOTE = 'Ik wil gewoon zelf kiezen wie er bij mij thuis komt';
export const SECOND_NOTE_TEXT = `Het geheim van de buurt is de moestuin. ${QUOTE}, zegt ze.`;
export const OBSTACLE = 'Kwabena kan het loket aan de Bijlmerdreef alleen op dinsdag bereiken';
export const FOLLOW_UP = 'Over twee weken belt Kwabena terug';

export function conversation(id = 'c1', overrides: Partial<Conversation> = {}): Conversation {
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
    ...recordConsent(started, { notes: true, themesAndValues: true, quotes: true }, 1_100),
    peopleMentioned: [NAME],
    obstacles: [{ id: `${id}-o1`, text: OBSTACLE, themeId: 'toegang-tot-hulp' }],
    followUp: FOLLOW_UP,
    valueTags: [{ valueId: 'zelfbeschikking', polarity: 'missing', noteId: `${id}-n2` }],
    themeIds: ['mantelzorg'],
    ...overrides,
  };
}

export function completed(id = 'c1', at = 2_000): Conversation {
  return completeConversation(conversation(id), at);
}

export function notes(conversationId = 'c1', updatedAt = 1_200): Note[] {
  return [
    {
      id: `${conversationId}-n1`,
      conversationId,
      promptId: 'discover-1',
      text: NOTE_TEXT,
      quotes: [],
      updatedAt,
    },
    {
      id: `${conversationId}-n2`,
      conversationId,
      promptId: null,
      text: SECOND_NOTE_TEXT,
      quotes: [{ id: `${conversationId}-q1`, text: QUOTE }],
      updatedAt: updatedAt + 1,
    },
  ];
}

/** A summary id per conversation, made once: UUIDv7 as the wire format wants. */
const ids = new Map<string, string>();
export function summaryIdOf(conversationId: string): string {
  let id = ids.get(conversationId);
  if (!id) {
    const n = (ids.size + 1).toString(16).padStart(12, '0');
    id = `0190a1b2-c3d4-7e5f-8a6b-${n}`;
    ids.set(conversationId, id);
  }
  return id;
}

export function summaryOf(conversation: Conversation): Summary {
  return encodeSummary(conversation, summaryIdOf(conversation.id), []);
}

export function decision(conversationId: string, overrides: Partial<SharingDecision> = {}): SharingDecision {
  return {
    conversationId,
    summaryId: summaryIdOf(conversationId),
    revision: 1,
    decision: 'approved',
    decidedAt: 3_000,
    sentRevision: 0,
    sentAt: null,
    ...overrides,
  };
}
