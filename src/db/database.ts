import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Guide } from '../domain/guides/guide';
import type { GuideProposal } from '../domain/proposals/guide-proposal';
import type { AuthenticatorRecord } from './authenticator-unlock';
import type {
  AgendaRecord,
  AreaRecord,
  CircleReportRecord,
  CoachReviewSealedRecord,
  ConversationRecord,
  ErasedRecord,
  KeyringRecord,
  NoteRecord,
  OutboxRecord,
  ProposalRecord,
  RevisionRecord,
  SearchTextRecord,
  SettingRecord,
  ShareRecord,
  ShareWithdrawalRecord,
  SharingRecord,
  WithdrawalRecord,
} from './records';
import { defineSchema } from './schema';

export const DATABASE_NAME = 'buurtgesprek';

/** The one IndexedDB database of the app. Screens never touch its tables: they use the repositories. */
export class BuurtgesprekDatabase extends Dexie {
  // `declare`, not fields: a class field would overwrite the tables Dexie installs in its constructor.
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare areas: EntityTable<AreaRecord, 'id'>;
  declare conversations: EntityTable<ConversationRecord, 'id'>;
  declare notes: EntityTable<NoteRecord, 'id'>;
  declare outbox: EntityTable<OutboxRecord, 'id'>;
  declare keyring: EntityTable<KeyringRecord, 'id'>;
  declare authenticators: EntityTable<AuthenticatorRecord, 'credentialId'>;
  declare revisions: EntityTable<RevisionRecord, 'id'>;
  declare searchTexts: EntityTable<SearchTextRecord, 'conversationId'>;
  declare sharing: EntityTable<SharingRecord, 'conversationId'>;
  declare withdrawals: EntityTable<WithdrawalRecord, 'summaryId'>;
  declare erased: EntityTable<ErasedRecord, 'conversationId'>;
  declare shareWithdrawals: EntityTable<ShareWithdrawalRecord, 'shareId'>;
  declare circleReports: EntityTable<CircleReportRecord, 'id'>;
  declare agendas: EntityTable<AgendaRecord, 'id'>;
  declare shares: EntityTable<ShareRecord, 'shareId'>;
  declare coachReviews: EntityTable<CoachReviewSealedRecord, 'id'>;
  declare proposals: EntityTable<ProposalRecord, 'id'>;
  declare guideProposals: EntityTable<GuideProposal, 'id'>;
  /** Guides made on this device, keyed by [id, language, version]. */
  declare guides: Table<Guide, [string, string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    defineSchema(this);
  }
}
