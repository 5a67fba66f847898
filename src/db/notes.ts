import type { Note } from '../domain/note';
import type { BuurtgesprekDatabase } from './database';
import type { NoteRecord } from './records';
import { seal, unseal } from './sealed-box';

export type { Note } from '../domain/note';

type SealedNoteContent = Pick<Note, 'text' | 'quotes'>;

/** How a note is stored: its place in the clear, its text and quotes sealed. */
export async function noteRecord(key: CryptoKey, note: Note): Promise<NoteRecord> {
  const content: SealedNoteContent = { text: note.text, quotes: note.quotes };
  return {
    id: note.id,
    conversationId: note.conversationId,
    promptId: note.promptId,
    updatedAt: note.updatedAt,
    sealed: await seal(key, content, 'notes', note.id),
  };
}

export async function noteFromRecord(key: CryptoKey, { sealed, ...record }: NoteRecord): Promise<Note> {
  const content = await unseal<SealedNoteContent>(key, sealed, 'notes', record.id);
  // Notes sealed before quotes existed carry none.
  return { ...record, text: content.text, quotes: content.quotes ?? [] };
}

export async function saveNote(db: BuurtgesprekDatabase, key: CryptoKey, note: Note): Promise<void> {
  await db.notes.put(await noteRecord(key, note));
}

export async function notesOfConversation(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  conversationId: string,
): Promise<Note[]> {
  const records = await db.notes.where('conversationId').equals(conversationId).sortBy('updatedAt');
  return Promise.all(records.map((record) => noteFromRecord(key, record)));
}
