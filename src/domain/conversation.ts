import type { GuideLanguage } from './guides/guide';
import type { ResidentProfile } from './guides/profiles';
import type { ValueTag } from './tallies';

/**
 * One conversation between an interviewer and a resident, as the interviewer's device knows it.
 * By design there is no field for a resident's name, address or contact details.
 */
/** What the resident agreed to, recorded before the first note. Withdrawing it erases the conversation. */
export interface Consent {
  /** (a) Notes may be taken. */
  notes: boolean;
  /** (b) Themes and value tallies may count, anonymised, for the values circle. */
  themesAndValues: boolean;
  /** (c) A few sentences may be quoted, anonymised. */
  quotes: boolean;
  /**
   * (d) A coach may read the notes to give the interviewer feedback on her technique. Absent on
   * consents recorded before it was asked separately: read as not given.
   */
  coachReview?: boolean;
  recordedAt: number;
}

export interface Obstacle {
  id: string;
  text: string;
  themeId: string | null;
}

export type ConversationStatus = 'draft' | 'in-progress' | 'completed';

export interface Conversation {
  id: string;
  areaId: string;
  guideId: string;
  guideVersion: number;
  /** The language of the guide text followed, so an old conversation always finds its exact words. */
  guideLanguage: GuideLanguage;
  /** ISO yyyy-mm-dd. */
  date: string;
  residentProfile: string;
  status: ConversationStatus;
  /** 0 until completed; each correction after that adds one. */
  revision: number;
  updatedAt: number;
  consent: Consent | null;
  valueTags: ValueTag[];
  themeIds: string[];
  obstacles: Obstacle[];
  followUp: string;
  /** Only to help the anonymiser; never leaves the device. */
  peopleMentioned: string[];
  /**
   * The interviewer's private reflection after the conversation (what went well, what she would
   * ask differently). Sealed like notes; a coach reads it only if she includes it in a review.
   */
  reflection?: string;
  /**
   * Present only on a practice conversation (oefengesprek): the interviewer talks with a made-up
   * resident from a shipped scenario. There is no resident, so no consent; it is never shared,
   * counted or backed up unless she chose to (see `isPractice`). Kept in the clear: it says
   * nothing about anyone.
   */
  practice?: { scenarioId: string };
}

/** The coarse profiles an interviewer picks for a resident ('algemeen' describes a guide's audience, not a person). */
export const CONVERSATION_PROFILES = [
  'mantelzorger',
  'jongere',
  'alleenstaande-ouder',
  'oudere',
  'anders',
] as const satisfies readonly ResidentProfile[];

export type ConversationProfile = (typeof CONVERSATION_PROFILES)[number];

/**
 * The profile a new conversation starts with: the audience the guide was written for, or
 * 'anders' for a guide written for anyone. The interviewer can still choose another.
 */
export function profileForGuide(guide: { residentProfile: ResidentProfile }): ConversationProfile {
  const audience: string = guide.residentProfile;
  return CONVERSATION_PROFILES.find((profile) => profile === audience) ?? 'anders';
}

export type NewConversation = Pick<
  Conversation,
  'areaId' | 'guideId' | 'guideVersion' | 'guideLanguage' | 'date' | 'residentProfile'
>;

export function startConversation(init: NewConversation, id: string, now: number): Conversation {
  return {
    ...init,
    id,
    status: 'draft',
    revision: 0,
    updatedAt: now,
    consent: null,
    valueTags: [],
    themeIds: [],
    obstacles: [],
    followUp: '',
    peopleMentioned: [],
  };
}

/** A practice conversation: never in the outbox, never in a tally, in a backup only when chosen. */
export function isPractice(conversation: Pick<Conversation, 'practice'>): boolean {
  return conversation.practice !== undefined;
}

/**
 * A practice conversation starts at the first question: there is no resident to ask consent of,
 * and `consent` stays null, so nothing that reads consent ever lets it leave the device.
 */
export function startPractice(
  init: NewConversation,
  scenarioId: string,
  id: string,
  now: number,
): Conversation {
  return { ...startConversation(init, id, now), status: 'in-progress', practice: { scenarioId } };
}

/** Whether the consent step comes first: for every conversation with a resident, until consent is recorded. */
export function needsConsent(conversation: Pick<Conversation, 'status' | 'consent' | 'practice'>): boolean {
  return !isPractice(conversation) && (conversation.status === 'draft' || !conversation.consent);
}

/** Passages may be marked as quotes with consent (c); in practice, to learn how. */
export function mayMarkQuotes(conversation: Pick<Conversation, 'consent' | 'practice'>): boolean {
  return isPractice(conversation) || conversation.consent?.quotes === true;
}

/** Notes may only be taken once the resident agreed to it. */
export function recordConsent(
  conversation: Conversation,
  consent: Omit<Consent, 'recordedAt'>,
  now: number,
): Conversation {
  return {
    ...conversation,
    consent: { ...consent, recordedAt: now },
    status: consent.notes ? 'in-progress' : conversation.status,
    updatedAt: now,
  };
}

/**
 * Whether a coach may see this conversation: only with consent point (d), or when it is practice
 * (there is no resident whose consent it would need).
 */
export function mayShareForReview(conversation: Pick<Conversation, 'practice' | 'consent'>): boolean {
  return isPractice(conversation) || conversation.consent?.coachReview === true;
}

/** The resident changes her mind about (d) later; the other points and their time stay as they were. */
export function changeCoachConsent<C extends Pick<Conversation, 'consent' | 'updatedAt'>>(
  conversation: C,
  given: boolean,
  now: number,
): C {
  if (!conversation.consent) return conversation;
  return { ...conversation, consent: { ...conversation.consent, coachReview: given }, updatedAt: now };
}

export function toggleTheme(conversation: Conversation, themeId: string): Conversation {
  const themeIds = conversation.themeIds.includes(themeId)
    ? conversation.themeIds.filter((id) => id !== themeId)
    : [...conversation.themeIds, themeId];
  return { ...conversation, themeIds };
}

/** Index keys for filtering by value and polarity without decrypting anything. */
export function valueKeys(tags: readonly ValueTag[]): string[] {
  return [...new Set(tags.map((tag) => `${tag.valueId}:${tag.polarity}`))];
}

/** Completing, and completing again after a correction: the revision goes up so the server replaces the old summary. */
export function completeConversation(conversation: Conversation, now: number): Conversation {
  return { ...conversation, status: 'completed', revision: conversation.revision + 1, updatedAt: now };
}
