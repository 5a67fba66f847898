import type { BuurtgesprekDatabase } from './database';
import type { NoteRecord } from './records';
import { seal, unseal } from './sealed-box';

/** A note as the interviewer sees it once the device is unlocked. */
export interface Note {
  id: string;
  conversationId: string;
  promptId: string | null;
  text: string;
  updatedAt: number;
}

type SealedNoteContent = Pick<Note, 'text'>;

export async function saveNote(db: BuurtgesprekDatabase, key: CryptoKey, note: Note): Promise<void> {
  const content: SealedNoteContent = { text: note.text };
  const record: NoteRecord = {
    id: note.id,
    conversationId: note.conversationId,
    promptId: note.promptId,
    updatedAt: note.updatedAt,
    sealed: await seal(key, content),
  };
  await db.notes.put(record);
}

export async function notesOfConversation(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
): Promise<Note[]> {
  const records = await db.notes.where('conversationId').equals(conversationId).sortBy('updatedAt');
  return Promise.all(
    records.map(async ({ sealed, ...record }) => ({
      ...record,
      ...(await unseal<SealedNoteContent>(key, sealed)),
    })),
  );
}
