/** What the scale benchmark page is asked to do and hands back to Node. */
export interface ScaleOptions {
  conversations: number;
  notesPerConversation: number;
  seed: number;
  passphrase: string;
  /** Conversations sealed and written per transaction (× notesPerConversation notes). */
  chunkConversations: number;
  /** Invented words placed in exactly `conversations` conversations each: search must find exactly those. */
  markers: { word: string; conversations: number }[];
}

export interface GenerateResult {
  /** setUpPassphrase(): PBKDF2 (to wrap, then to unwrap) once per device. */
  setUpMs: number;
  /** The PBKDF2 iterations stored in the keyring, which every unlock pays. */
  iterations: number;
  /** Building, sealing and writing every conversation, note and search text. */
  generateMs: number;
  conversations: number;
  notes: number;
  meanNoteChars: number;
  meanSearchTextChars: number;
  /** navigator.storage.estimate().usage afterwards. */
  storageBytes: number;
}

export interface MeasureOptions extends ScaleOptions {
  /** List openings timed after the first (cold) one. */
  listRepeats: number;
  /** Unlocks timed after the first (cold) one. */
  unlockRepeats: number;
  /** Times each query is searched; its median counts. */
  searchRepeats: number;
  /** How many conversations the naive per-note decryption baseline reads; the rest is extrapolated. */
  naiveConversations: number;
}

export interface UnlockTiming {
  /** unlock(): read the keyring, PBKDF2 600k, unwrap. */
  unlockMs: number;
  /** loadSearchIndex(), or for the naive baseline: every note decrypted through notesOfConversation(). */
  indexMs: number;
}

export interface MeasureResult {
  /** new BuurtgesprekDatabase().open() in a freshly started browser. */
  openMs: number;
  list: {
    /** conversationPage(db, 0, 50) + conversationCount(db), together as the list screen asks. */
    coldMs: number;
    warmMs: number[];
    /** db.conversations.toArray(): every row. */
    allRowsColdMs: number;
    allRowsWarmMs: number[];
    rows: number;
    count: number;
  };
  unlock: {
    cold: UnlockTiming;
    warm: UnlockTiming[];
    naive: UnlockTiming & { conversations: number; notes: number };
    indexSize: number;
    /** loadSearchIndex()'s work done again in separate phases: toArray(), unseal all, fold all. */
    phasesMs: { read: number; decrypt: number; fold: number };
    /** Not the app's code: the index loaded by key-range pages with read-ahead, warm, per run. */
    pagedMs: number[];
  };
  search: {
    queries: string[];
    /** SearchIndex.search(query), per query (median of its repeats). */
    indexMs: number[];
    /** The same terms checked with a bare loop over the same folded texts in an array. */
    rawScanMs: number[];
    hits: number[];
    /** search + findConversations(db, {}, hits): what the list screen does for a query alone. */
    withListMs: number[];
    /** search + findConversations(db, filter, hits), the filters taking turns. */
    withFilterMs: number[];
    /** Median ms of findConversations(db, filter) per filter (no query), keyed by the filter as JSON. */
    perFilterMs: Record<string, number>;
    /**
     * Not the app's code: every row's clear fields kept in memory since unlock (one toArray()),
     * then search, matchesFilter and the newest-first sort all in memory, the filters taking turns.
     */
    rowsInMemoryMs: number[];
    /** Marker word → conversations found, for the sanity check. */
    markerHits: Record<string, number>;
  };
}

declare global {
  interface Window {
    scaleBench?: {
      generate(options: ScaleOptions): Promise<GenerateResult>;
      measure(options: MeasureOptions): Promise<MeasureResult>;
    };
  }
}
