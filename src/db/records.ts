import type { Consent, ConversationStatus } from '../domain/conversation';
import type { Envelope } from '../domain/packages/envelope';
import type { ProposalStatus } from '../domain/proposals/theme-proposal';
import type { SharingDecision } from '../domain/sharing/status';
import type { ValueTag } from '../domain/tallies';
import type { MergeConflict } from '../domain/values-circle/agenda';
import type { Agenda } from '../domain/wire/agenda';
import type { AggregatesReport } from '../domain/wire/aggregates';
import type { Summary } from '../domain/wire/summary';
import type { Sealed } from './sealed-box';

/**
 * What each IndexedDB table holds. Only fields that say nothing about a resident are indexed
 * or stored in the clear; everything a resident said lives inside a `Sealed` (AES-GCM) payload.
 */

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface AreaRecord {
  id: string;
  name: string;
  order: number;
}

export interface ConversationRecord {
  id: string;
  areaId: string;
  guideId: string;
  guideVersion: number;
  guideLanguage: 'nl' | 'en';
  /** Day of the conversation, ISO yyyy-mm-dd: the filter needs it, it does not identify a resident. */
  date: string;
  status: ConversationStatus;
  revision: number;
  updatedAt: number;
  // Since version 3, in the clear: what the anonymised summary carries anyway, so lists and
  // filters work without decrypting anything.
  residentProfile: string;
  consent: Consent | null;
  valueTags: ValueTag[];
  /** `valueId:polarity`, a multi-entry index for the value filter. */
  valueKeys: string[];
  themeIds: string[];
  /** Only on a practice conversation (a made-up resident): which scenario. In the clear, not indexed. */
  practice?: { scenarioId: string };
  /** Obstacles, follow-up and people mentioned: words of, or about, the resident. */
  sealed: Sealed;
}

/** A completed conversation as it stood before a correction (sealed snapshot, notes included). */
export interface RevisionRecord {
  /** `${conversationId}:${revision}` */
  id: string;
  conversationId: string;
  revision: number;
  createdAt: number;
  sealed: Sealed;
}

/** A theme proposal: what she typed sealed like a note; its state and tags in the clear. */
export interface ProposalRecord {
  id: string;
  status: ProposalStatus;
  createdAt: number;
  /** The codebook theme it became or was mapped onto: a public id from the configuration. */
  themeId?: string;
  /** Conversations tagged with it: ids only, in the clear as a conversation's theme ids are. */
  conversationIds: string[];
  /** In the clear like the device token: the service worker follows decisions while locked. */
  followKey?: string;
  /**
   * A key this device asks with for a proposal sent before follow keys, until the server answers
   * for it (then it is the follow key): never in a backup, since the server may have kept another.
   */
  askedFollowKey?: string;
  /** What she typed, and the text sent and when. */
  sealed: Sealed;
}

export interface NoteRecord {
  id: string;
  conversationId: string;
  /** The guide prompt this note answers, or null for a free note. */
  promptId: string | null;
  updatedAt: number;
  /** The note text and the passages marked as quotes. */
  sealed: Sealed;
}

export type OutboxKind = 'summary';

export interface OutboxRecord {
  /** Doubles as the idempotency key the server counts once. */
  id: string;
  kind: OutboxKind;
  /** The conversation it came from, so withdrawing consent can erase what still waits. */
  conversationId: string;
  /**
   * Only ever what may leave the device, built by the one encoder (src/domain/sharing/encode.ts)
   * and approved in the preview. It is kept in the clear on purpose: it holds nothing that is not
   * meant for the server, and the service worker must send it while the notes are locked.
   */
  payload: Summary;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** A SyncProblem code, or null before the first failure. */
  lastError: string | null;
}

/**
 * A resident withdrew consent after their conversation's summary was sent (or may have been):
 * only the summary id is kept, until the server has forgotten that summary. Nothing else of the
 * conversation remains.
 */
export interface WithdrawalRecord {
  summaryId: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

/**
 * A share for coach review of a conversation whose resident withdrew consent: its id waits here
 * until the server has deleted the share (and remembers it as withdrawn). Nothing else remains.
 */
export interface ShareWithdrawalRecord {
  shareId: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

/** A conversation erased because its resident withdrew consent: its id only, nothing else. */
export interface ErasedRecord {
  conversationId: string;
  erasedAt: number;
}

/** The last aggregates fetched for an area and period, kept to show offline with their "stand van". */
export interface CircleReportRecord {
  /** `${areaId}:${year}:${quarter or 'year'}` */
  id: string;
  report: AggregatesReport;
  fetchedAt: number;
}

/** The area team's agenda for one area and year, as edited on this device. */
export interface AgendaRecord {
  /** `${areaId}:${year}` */
  id: string;
  agenda: Agenda;
  /** The server's copy these edits started from (for a three-way merge), and its version. */
  base: Agenda | null;
  baseVersion: number | null;
  /** Edited here since the server last confirmed it. */
  dirty: boolean;
  updatedAt: number;
  /** When the server last confirmed it. */
  sharedAt: number | null;
  /**
   * Where the last merge found the same part of the circle's outcome changed here and by another
   * member (this device's version was kept), for the team to check. Absent in older records.
   */
  conflicts?: MergeConflict[];
}

/** Keyed by conversation; `summaryId` is unique, so an acknowledgement finds its conversation. */
export type SharingRecord = SharingDecision;

/** The data key, wrapped by a key derived from the interviewer's passphrase (issue: field conversations). */
export interface KeyringRecord {
  id: 'data-key';
  wrapped: ArrayBuffer;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  iv: Uint8Array<ArrayBuffer>;
}

/**
 * All notes of one conversation as one sealed text, for search. Unlock decrypts one of these per
 * conversation instead of one per note: 10,000 decryptions rather than 200,000.
 */
export interface SearchTextRecord {
  conversationId: string;
  sealed: Sealed;
}

/**
 * A conversation this device shared with a coach (since version 6). The package key and the reply
 * token are sealed, though the interviewer alone holds them: whoever has the key reads the package
 * on the server, so it gets the same protection as the notes. The feedback is kept decrypted from
 * its envelope and sealed again with the data key.
 */
export interface ShareRecord {
  shareId: string;
  conversationId: string;
  createdAt: number;
  expiresAt: number;
  /**
   * `{ keyEncoded, replyToken }`; null for a review that is not at the server: handed over as a file
   * (waiting for its feedback file, or with the feedback read in), or withdrawn there with consent
   * point (d) and kept only for the feedback that came back. Such a row is never asked for there.
   */
  secrets: Sealed | null;
  /** The coach's ReviewFeedback, or null while none came back. */
  feedback: Sealed | null;
  /** When the server received the feedback: a newer one replaces it. */
  feedbackAt: number | null;
  feedbackSeenAt: number | null;
  /**
   * Feedback the server gave out that this device has not opened yet: the package exactly as it
   * came, which only the link key (sealed in `secrets`) opens. The service worker fetches it while
   * the notes are locked; the page opens it on unlock. Absent on records from before it existed;
   * not indexed, so it needs no schema version.
   */
  fetched?: { feedback: Envelope; feedbackAt: number } | null;
}

/** A review a coach opened on this device (since version 6): package, draft feedback and keys, all sealed. */
export interface CoachReviewSealedRecord {
  /** The share id, or a made-up id for a review opened from a file. */
  id: string;
  openedAt: number;
  sealed: Sealed;
}
