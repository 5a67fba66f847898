/** How the keystroke benchmark page and bench/keystroke-durability.ts talk to each other. */
export interface KeystrokeSetUp {
  /** The conversation's other notes, whose text the search text joins with the typed note's. */
  otherNotes: number;
  warmUpKeystrokes: number;
  seed: number;
}

/**
 * Where each input event of the note field goes. `plain`: a plain IndexedDB put (idb) of the plain note
 * (no encryption, no queue). `queue`: SaveQueue.save('note:…', note, saveNote, 0), as the note
 * editor does. `queue-under-load`: the same, with the conversation's search text rewritten
 * through the queue at every keystroke too (delay 0, where the app debounces it 300 ms).
 */
export type TypingMode = 'plain' | 'queue' | 'queue-under-load';

/** One typing session: per keystroke, ms from its input event to the commit of a value containing it. */
export interface TypingSession {
  latenciesMs: number[];
  /** How many writes actually ran: fewer than keystrokes when the queue folded some together. */
  writes: number;
  /** How long each of those writes took, from its start until it had committed. */
  writeMs: number[];
  /** From the input event's timeStamp to its handler: how busy the page's main thread was. */
  inputDelayMs: number[];
  searchTextChars: number;
  searchTextWrites: number;
}

declare global {
  interface Window {
    keystrokeBench?: {
      setUp(options: KeystrokeSetUp): Promise<void>;
      /** Empties the note field and sends its input events to `mode`, for a new note `noteId`. */
      start(mode: TypingMode, noteId: string): void;
      /** Waits until the last keystroke is committed, then reports the session. */
      finish(): Promise<TypingSession>;
    };
  }
}
