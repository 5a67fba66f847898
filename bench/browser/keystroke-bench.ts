import { BuurtgesprekDatabase } from '../../src/db/database';
import { type Note, saveNote } from '../../src/db/notes';
import { SaveQueue } from '../../src/db/save-queue';
import { createDataKey } from '../../src/db/sealed-box';
import { saveSearchText } from '../../src/db/search-texts';
import { searchTextOf } from '../../src/domain/note';
import { SearchIndex } from '../../src/domain/search';
import { between, noteText, seededRandom } from './dutch-text';
import type { KeystrokeSetUp, TypingMode, TypingSession } from './keystroke-bench-result';
import { freshPlainDatabase, type PlainNotesDatabase } from './plain-notes-store';

/**
 * The note field of the app, stripped to what storing a keystroke costs: Playwright types into a
 * real <textarea> (real input events, from Node, at a human pace) and each input event is stored
 * the way `mode` says. The time from an input event until the write holding it has committed is
 * what the issue promises; nothing of Preact's rendering is in it.
 */
const CONVERSATION_ID = 'bench-conversation';

/**
 * Keystroke i counts as durable once a write of a value containing it has committed: its own
 * write, or a later one the queue folded it into (typing only appends, so later values contain it).
 */
class CommitTracker {
  readonly typedAt: number[] = [];
  readonly committedAt: number[] = [];
  readonly writeMs: number[] = [];
  #upTo = -1;
  #waiting: { index: number; done: () => void } | null = null;

  typed(index: number): void {
    this.typedAt[index] = performance.now();
  }

  /** A write that started at `startedAt` has committed the value of keystroke `index`. */
  committed(index: number, startedAt: number): void {
    const now = performance.now();
    this.writeMs.push(now - startedAt);
    for (let earlier = this.#upTo + 1; earlier <= index; earlier++) this.committedAt[earlier] = now;
    this.#upTo = Math.max(this.#upTo, index);
    if (this.#waiting && this.#upTo >= this.#waiting.index) this.#waiting.done();
  }

  /** Resolves once keystroke `index` (and so every earlier one) is committed. */
  settled(index: number): Promise<void> {
    if (this.#upTo >= index) return Promise.resolve();
    return new Promise((done) => {
      this.#waiting = { index, done };
    });
  }

  latencies(): number[] {
    return this.typedAt.map((typed, index) => {
      const committed = this.committedAt[index];
      if (committed === undefined) throw new Error(`keystroke ${index} was never committed`);
      return committed - typed;
    });
  }
}

interface Session {
  tracker: CommitTracker;
  keystrokes: number;
  inputDelayMs: number[];
  searchTextChars: number;
  searchTextWrites: number;
  store(index: number, text: string): void;
  /** Resolves once nothing is left to write. */
  drained(): Promise<void>;
}

interface Fixture {
  app: BuurtgesprekDatabase;
  plain: PlainNotesDatabase;
  key: CryptoKey;
  otherNotes: Note[];
}

function noteAt(id: string, text: string): Note {
  return {
    id,
    conversationId: CONVERSATION_ID,
    promptId: 'bench-prompt',
    text,
    quotes: [],
    updatedAt: Date.now(),
  };
}

function newSession(store: Session['store'], drained: Session['drained'], tracker: CommitTracker): Session {
  return {
    tracker,
    keystrokes: 0,
    inputDelayMs: [],
    searchTextChars: 0,
    searchTextWrites: 0,
    store,
    drained,
  };
}

/** One readwrite transaction per keystroke, committed when `oncomplete` fires. */
function plainSession(db: PlainNotesDatabase, noteId: string): Session {
  const tracker = new CommitTracker();
  const store = (index: number, text: string) => {
    const startedAt = performance.now();
    const transaction = db.transaction('notes', 'readwrite');
    // A failed put aborts the transaction: `done` reports it, once.
    transaction.store.put(noteAt(noteId, text)).catch(() => {});
    transaction.done.then(
      () => tracker.committed(index, startedAt),
      (error: unknown) => console.error('plain put aborted', error),
    );
  };
  return newSession(store, async () => {}, tracker);
}

/**
 * As updateNote() in use-conversation.ts stores a keystroke: the queue's key `note:<id>`, delay 0,
 * saveNote as the writer. Under load the conversation's search text (all its notes joined) is
 * folded into the in-memory index and rewritten at every keystroke too, with delay 0 rather than
 * the app's 300 ms debounce: the worst case for the note's own write.
 */
function queueSession(fixture: Fixture, noteId: string, underLoad: boolean): Session {
  const { app, key } = fixture;
  const queue = new SaveQueue();
  const tracker = new CommitTracker();
  const keystrokeOf = new WeakMap<Note, number>();
  const notes = new Map(fixture.otherNotes.map((note) => [note.id, note]));
  const index = new SearchIndex();
  const writeNote = async (note: Note) => {
    const startedAt = performance.now();
    await saveNote(app, key, note);
    const keystroke = keystrokeOf.get(note);
    if (keystroke === undefined) throw new Error('a note the benchmark did not type');
    tracker.committed(keystroke, startedAt);
  };
  const writeSearchText = async (text: string) => {
    await saveSearchText(app, key, CONVERSATION_ID, text);
    session.searchTextWrites += 1;
  };
  const store = (keystroke: number, text: string) => {
    const note = noteAt(noteId, text);
    keystrokeOf.set(note, keystroke);
    if (underLoad) {
      notes.set(note.id, note);
      const searchText = searchTextOf(notes.values());
      session.searchTextChars = searchText.length;
      index.set(CONVERSATION_ID, searchText);
      queue.save(`search:${CONVERSATION_ID}`, searchText, writeSearchText, 0);
    }
    queue.save(`note:${note.id}`, note, writeNote, 0);
  };
  const session = newSession(store, () => queue.flush(), tracker);
  return session;
}

const field = document.querySelector<HTMLTextAreaElement>('#note');
if (!field) throw new Error('the page has no note field');
let fixture: Fixture | null = null;
let session: Session | null = null;

field.addEventListener('input', (event) => {
  const handled = performance.now();
  if (!session) return;
  session.inputDelayMs.push(handled - event.timeStamp);
  const index = session.keystrokes++;
  session.tracker.typed(index);
  session.store(index, field.value);
});

window.keystrokeBench = {
  async setUp(options: KeystrokeSetUp) {
    // Unlocking and opening the database happen once per session in the app: not timed.
    const key = await createDataKey(false);
    const plain = await freshPlainDatabase('bench-keystrokes-plain');
    const app = new BuurtgesprekDatabase('bench-keystrokes');
    await app.delete();
    await app.open();
    const random = seededRandom(options.seed);
    const otherNotes = Array.from({ length: options.otherNotes }, (_, index) =>
      noteAt(`other-${index}`, noteText(random, between(random, 150, 320))),
    );
    await Promise.all(otherNotes.map((note) => saveNote(app, key, note)));
    fixture = { app, plain, key, otherNotes };
  },
  start(mode: TypingMode, noteId: string) {
    if (!fixture) throw new Error('setUp() first');
    if (session) throw new Error('finish() the previous session first');
    field.value = '';
    field.focus();
    session =
      mode === 'plain'
        ? plainSession(fixture.plain, noteId)
        : queueSession(fixture, noteId, mode === 'queue-under-load');
  },
  async finish(): Promise<TypingSession> {
    const current = session;
    if (!current) throw new Error('start() a session first');
    await current.tracker.settled(current.keystrokes - 1);
    await current.drained();
    session = null;
    return {
      latenciesMs: current.tracker.latencies(),
      writes: current.tracker.writeMs.length,
      writeMs: current.tracker.writeMs,
      inputDelayMs: current.inputDelayMs,
      searchTextChars: current.searchTextChars,
      searchTextWrites: current.searchTextWrites,
    };
  },
};
document.body.dataset.ready = 'true';
