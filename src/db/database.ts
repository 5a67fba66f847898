import Dexie, { type EntityTable } from 'dexie';
import type {
  AreaRecord,
  ConversationRecord,
  KeyringRecord,
  NoteRecord,
  OutboxRecord,
  RevisionRecord,
  SettingRecord,
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
  declare revisions: EntityTable<RevisionRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    defineSchema(this);
  }
}
