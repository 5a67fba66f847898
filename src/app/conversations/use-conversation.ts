import { useEffect, useState } from 'preact/hooks';
import { loadConversation, saveConversation } from '../../db/conversations';
import { guideOfConversation } from '../../db/guides';
import { notesOfConversation, saveNote } from '../../db/notes';
import { saveSearchText } from '../../db/search-texts';
import type { Conversation } from '../../domain/conversation';
import type { Guide } from '../../domain/guides/guide';
import { type Note, searchTextOf } from '../../domain/note';
import { conversationSaveKey, noteSaveKey, searchTextSaveKey } from '../../flows/pending-writes';
import { useDevice, withDatabase } from '../device';
import { searchIndex } from '../search-session';

/**
 * Every keystroke is written at once: a write takes about a millisecond, the save queue folds
 * keystrokes that arrive during a write into the next one, and a debounce would only widen the
 * window in which a reload or a killed browser loses the last words.
 */
export const AUTOSAVE_DELAY_MS = 0;
/** The search text is derived from the notes and rebuilt whenever a conversation opens, so it may lag. */
const SEARCH_TEXT_DELAY_MS = 300;

export interface OpenConversation {
  conversation: Conversation;
  guide: Guide | undefined;
  notes: ReadonlyMap<string, Note>;
  update(next: Conversation): void;
  /** For deliberate steps (consent, completing): shown only once stored, so a reload right after cannot undo them. */
  commit(next: Conversation): Promise<void>;
  updateNote(next: Note): void;
  replace(next: Conversation): void;
}

interface Loaded {
  conversation: Conversation;
  guide: Guide | undefined;
  notes: Map<string, Note>;
}

export const noteIdFor = (conversationId: string, promptId: string | null) =>
  `${conversationId}:${promptId ?? 'free'}`;

/**
 * A conversation opened for work: loaded and decrypted once, then every change is shown at once
 * and stored through the save queue, so nothing typed is lost even when a write fails.
 */
export function useConversation(id: string, key: CryptoKey): OpenConversation | 'loading' | 'missing' {
  const device = useDevice();
  const db = device.db.value;
  const [state, setState] = useState<Loaded | 'loading' | 'missing'>('loading');

  useEffect(() => {
    if (!db) return;
    let current = true;
    void (async () => {
      const stored =
        device.saves.pending<Conversation>(conversationSaveKey(id)) ?? (await loadConversation(db, key, id));
      if (!stored) {
        if (current) setState('missing');
        return;
      }
      const notes = new Map<string, Note>();
      for (const note of await notesOfConversation(db, key, id)) {
        notes.set(note.id, device.saves.pending<Note>(noteSaveKey(note.id)) ?? note);
      }
      const guide = await guideOfConversation(db, stored.guideId, stored.guideVersion, stored.guideLanguage);
      // Heals a search text whose delayed write was cut short by a closed page.
      void saveSearchText(db, key, id, searchTextOf(notes.values()));
      if (current) setState({ conversation: stored, guide, notes });
    })();
    return () => {
      current = false;
    };
  }, [db, id, key, device]);

  if (typeof state === 'string') return state;

  // Functional updates: two changes in one event (a note and a tag) must both survive.
  const patch = (change: (open: Loaded) => Loaded) =>
    setState((previous) => (typeof previous === 'string' ? previous : change(previous)));

  const persistConversation = (next: Conversation, delay: number) =>
    device.saves.save(
      conversationSaveKey(id),
      next,
      (value) => withDatabase(device, (database) => saveConversation(database, key, value)),
      delay,
    );

  const open: OpenConversation = {
    ...state,
    update(next) {
      const stamped = { ...next, updatedAt: Date.now() };
      patch((open) => ({ ...open, conversation: stamped }));
      persistConversation(stamped, AUTOSAVE_DELAY_MS);
    },
    async commit(next) {
      const stamped = { ...next, updatedAt: Date.now() };
      persistConversation(stamped, 0);
      await device.saves.flush();
      patch((open) => ({ ...open, conversation: stamped }));
    },
    replace(next) {
      patch((open) => ({ ...open, conversation: next }));
    },
    updateNote(next) {
      const stamped = { ...next, updatedAt: Date.now() };
      const notes = new Map(state.notes).set(stamped.id, stamped);
      patch((open) => ({ ...open, notes: new Map(open.notes).set(stamped.id, stamped) }));
      // The search text of the whole conversation follows the notes; it may lag a moment behind.
      const text = searchTextOf(notes.values());
      searchIndex.value?.set(id, text);
      device.saves.save(
        searchTextSaveKey(id),
        text,
        (value) => withDatabase(device, (database) => saveSearchText(database, key, id, value)),
        SEARCH_TEXT_DELAY_MS,
      );
      device.saves.save(
        noteSaveKey(stamped.id),
        stamped,
        (value) => withDatabase(device, (database) => saveNote(database, key, value)),
        AUTOSAVE_DELAY_MS,
      );
    },
  };
  return open;
}
