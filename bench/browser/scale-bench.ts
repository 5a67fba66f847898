import { findConversations, newestAmong } from '../../src/db/conversation-query';
import {
  conversationCount,
  conversationPage,
  conversationRecord,
  saveConversation,
} from '../../src/db/conversations';
import { BuurtgesprekDatabase } from '../../src/db/database';
import { setUpPassphrase, unlock } from '../../src/db/keyring';
import { noteRecord, notesOfConversation, saveNote } from '../../src/db/notes';
import type { ConversationRecord, NoteRecord, SearchTextRecord } from '../../src/db/records';
import { type Sealed, type SealedPlace, unseal } from '../../src/db/sealed-box';
import {
  loadSearchIndex,
  saveSearchText,
  searchTextFromRecord,
  searchTextRecord,
} from '../../src/db/search-texts';
import { type ConversationFilter, matchesFilter } from '../../src/domain/conversation-filter';
import { searchTextOf } from '../../src/domain/note';
import { foldForSearch, matchesTerms, SearchIndex, searchTerms } from '../../src/domain/search';
import { median } from '../support/stats';
import { progress } from './bench-log';
import type {
  GenerateResult,
  MeasureOptions,
  MeasureResult,
  ScaleOptions,
  UnlockTiming,
} from './scale-bench-result';
import { conversationAt, FILTERS, markerPlan, searchQueries } from './scale-data';

/**
 * The repositories write one record per transaction (200,000 of them would take minutes), so the
 * generator builds the records with the repositories' own record builders (conversationRecord,
 * noteRecord, searchTextRecord) and writes ~1,000 per transaction.
 * checkRecordsMatchRepositories() proves the two paths still produce the same records.
 */
interface Chunk {
  conversations: ConversationRecord[];
  notes: NoteRecord[];
  searchTexts: SearchTextRecord[];
  noteChars: number;
  searchTextChars: number;
}

async function sealChunk(
  key: CryptoKey,
  options: ScaleOptions,
  markers: ReadonlyMap<number, readonly string[]>,
  first: number,
  end: number,
): Promise<Chunk> {
  const built = [];
  for (let index = first; index < end; index++) built.push(conversationAt(options, index, markers));
  const texts = built.map(({ notes }) => searchTextOf(notes));
  const [conversations, notes, searchTexts] = await Promise.all([
    Promise.all(built.map(({ conversation }) => conversationRecord(key, conversation))),
    Promise.all(built.flatMap(({ notes }) => notes.map((note) => noteRecord(key, note)))),
    Promise.all(built.map(({ conversation }, at) => searchTextRecord(key, conversation.id, texts[at] ?? ''))),
  ]);
  return {
    conversations,
    notes,
    searchTexts,
    noteChars: built.reduce((sum, { notes }) => sum + notes.reduce((s, note) => s + note.text.length, 0), 0),
    searchTextChars: texts.reduce((sum, text) => sum + text.length, 0),
  };
}

function writeChunk(db: BuurtgesprekDatabase, chunk: Chunk): Promise<void> {
  return db.transaction('rw', [db.conversations, db.notes, db.searchTexts], async () => {
    await db.conversations.bulkPut(chunk.conversations);
    await db.notes.bulkPut(chunk.notes);
    await db.searchTexts.bulkPut(chunk.searchTexts);
  });
}

/** A record with its sealed part opened: what must be equal whichever path wrote it (IVs aside). */
async function opened(
  key: CryptoKey,
  record: { sealed: Sealed } | undefined,
  place: SealedPlace,
  id: string,
): Promise<string> {
  if (!record) return 'missing';
  const { sealed, ...clear } = record;
  return JSON.stringify({
    fields: Object.keys(record),
    clear,
    iv: sealed.iv.byteLength,
    bytes: sealed.data.byteLength,
    content: await unseal(key, sealed, place, id),
  });
}

async function storedConversation(db: BuurtgesprekDatabase, key: CryptoKey, id: string): Promise<string[]> {
  const notes = await db.notes.where('conversationId').equals(id).toArray();
  return Promise.all([
    opened(key, await db.conversations.get(id), 'conversations', id),
    opened(key, await db.searchTexts.get(id), 'searchTexts', id),
    ...notes.map((note) => opened(key, note, 'notes', note.id)),
  ]);
}

/** Writes conversation 0 again through the real repositories and compares what each path stored. */
async function checkRecordsMatchRepositories(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
  options: ScaleOptions,
  markers: ReadonlyMap<number, readonly string[]>,
): Promise<void> {
  const { conversation, notes } = conversationAt(options, 0, markers);
  const generated = await storedConversation(db, key, conversation.id);
  await saveConversation(db, key, conversation);
  for (const note of notes) await saveNote(db, key, note);
  await saveSearchText(db, key, conversation.id, searchTextOf(notes));
  const repository = await storedConversation(db, key, conversation.id);
  const differs = generated.findIndex((record, at) => record !== repository[at]);
  if (differs !== -1 || generated.length !== repository.length)
    throw new Error(
      `generated records differ from the repositories' own:\n${generated[differs]}\n${repository[differs]}`,
    );
}

async function generate(options: ScaleOptions): Promise<GenerateResult> {
  const db = new BuurtgesprekDatabase();
  await db.open();
  if ((await db.conversations.count()) > 0) throw new Error('the profile is not fresh');
  const setUpStart = performance.now();
  const key = await setUpPassphrase(db, options.passphrase);
  const setUpMs = performance.now() - setUpStart;
  const markers = markerPlan(options);
  const start = performance.now();
  let noteChars = 0;
  let searchTextChars = 0;
  let notes = 0;
  // Sealing the next chunk overlaps writing the previous one (WebCrypto runs off the main thread).
  let writing: Promise<void> = Promise.resolve();
  for (let first = 0; first < options.conversations; first += options.chunkConversations) {
    const end = Math.min(first + options.chunkConversations, options.conversations);
    const chunk = await sealChunk(key, options, markers, first, end);
    await writing;
    writing = writeChunk(db, chunk);
    noteChars += chunk.noteChars;
    searchTextChars += chunk.searchTextChars;
    notes += chunk.notes.length;
    const step = Math.max(options.chunkConversations, Math.round(options.conversations / 10));
    if (end % step === 0 || end === options.conversations) {
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      progress(
        `generated ${end.toLocaleString('en')} conversations, ${notes.toLocaleString('en')} notes (${seconds} s)`,
      );
    }
  }
  await writing;
  const generateMs = performance.now() - start;
  await checkRecordsMatchRepositories(db, key, options, markers);
  const conversations = await db.conversations.count();
  const iterations = (await db.keyring.get('data-key'))?.iterations ?? 0;
  db.close();
  return {
    setUpMs,
    iterations,
    generateMs,
    conversations,
    notes,
    meanNoteChars: noteChars / notes,
    meanSearchTextChars: searchTextChars / conversations,
    storageBytes: (await navigator.storage.estimate()).usage ?? 0,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function openList(db: BuurtgesprekDatabase): Promise<[[unknown[], number], number]> {
  return timed(() => Promise.all([conversationPage(db, 0, 50), conversationCount(db)]));
}

async function timedUnlock(
  db: BuurtgesprekDatabase,
  passphrase: string,
): Promise<UnlockTiming & { index: SearchIndex }> {
  const [key, unlockMs] = await timed(() => unlock(db, passphrase));
  const [index, indexMs] = await timed(() => loadSearchIndex(db, key));
  return { unlockMs, indexMs, index };
}

/**
 * Not the app's code: loadSearchIndex() reading by key ranges (one getAll of 500 per page instead
 * of a primaryKeys() pass and 10,000 single gets through bulkGet), the next page read while this
 * one is decrypted. The same records, keys and index come out.
 */
async function loadSearchIndexPaged(db: BuurtgesprekDatabase, key: CryptoKey): Promise<SearchIndex> {
  const batch = 500;
  const index = new SearchIndex();
  const page = (after: string | null) =>
    (after === null ? db.searchTexts.orderBy(':id') : db.searchTexts.where(':id').above(after))
      .limit(batch)
      .toArray();
  let next: Promise<SearchTextRecord[]> = page(null);
  for (;;) {
    const records = await next;
    const last = records[records.length - 1];
    if (!last) break;
    next = records.length < batch ? Promise.resolve([]) : page(last.conversationId);
    const texts = await Promise.all(records.map((record) => searchTextFromRecord(key, record)));
    for (const [at, record] of records.entries()) index.set(record.conversationId, texts[at] ?? '');
  }
  return index;
}

/**
 * What a design without search texts would do on unlock: every note of every conversation
 * decrypted through notesOfConversation(), in batches like loadSearchIndex, joined as the app
 * joins them. Over the newest `conversations` conversations; field-scale.ts extrapolates if not all.
 */
async function naiveUnlock(
  db: BuurtgesprekDatabase,
  passphrase: string,
  conversations: number,
): Promise<MeasureResult['unlock']['naive']> {
  const [key, unlockMs] = await timed(() => unlock(db, passphrase));
  const ids = (await db.conversations.orderBy('updatedAt').reverse().primaryKeys()).slice(0, conversations);
  const index = new SearchIndex();
  let notes = 0;
  const [, indexMs] = await timed(async () => {
    for (let start = 0; start < ids.length; start += 25) {
      await Promise.all(
        ids.slice(start, start + 25).map(async (id) => {
          const decrypted = await notesOfConversation(db, key, id);
          notes += decrypted.length;
          index.set(id, searchTextOf(decrypted));
        }),
      );
    }
  });
  return { unlockMs, indexMs, conversations: ids.length, notes };
}

/**
 * The floor for a linear scan: the same folded texts in a plain array. Built in phases, each
 * timed, to show where loadSearchIndex()'s time goes: reading, decrypting, folding.
 */
async function foldedTexts(
  db: BuurtgesprekDatabase,
  key: CryptoKey,
): Promise<{ texts: string[]; phasesMs: MeasureResult['unlock']['phasesMs'] }> {
  const [records, read] = await timed(() => db.searchTexts.toArray());
  const [plain, decrypt] = await timed(() =>
    Promise.all(records.map((record) => searchTextFromRecord(key, record))),
  );
  const [texts, fold] = await timed(async () => plain.map(foldForSearch));
  return { texts, phasesMs: { read, decrypt, fold } };
}

function rawScan(texts: readonly string[], query: string): number {
  const terms = searchTerms(query);
  let hits = 0;
  for (const text of texts) if (matchesTerms(text, terms)) hits += 1;
  return hits;
}

/** The alternative the list could use: clear fields of every row in memory, nothing read per query. */
function findInMemory(
  rows: readonly ConversationRecord[],
  filter: ConversationFilter,
  hits: ReadonlySet<string>,
): ConversationRecord[] {
  return rows
    .filter((row) => hits.has(row.id) && matchesFilter(row, filter))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

async function measure(options: MeasureOptions): Promise<MeasureResult> {
  const db = new BuurtgesprekDatabase();
  const [, openMs] = await timed(() => db.open());

  progress('opening the conversation list (cold, then warm), baseline toArray()…');
  const [[page, count], listColdMs] = await openList(db);
  const listWarmMs: number[] = [];
  for (let n = 0; n < options.listRepeats; n++) listWarmMs.push((await openList(db))[1]);
  const [, allRowsColdMs] = await timed(() => db.conversations.toArray());
  const allRowsWarmMs: number[] = [];
  for (let n = 0; n < Math.min(3, options.listRepeats); n++)
    allRowsWarmMs.push((await timed(() => db.conversations.toArray()))[1]);

  progress('unlocking: unlock() + loadSearchIndex(), cold, then warm…');
  const { index, ...cold } = await timedUnlock(db, options.passphrase);
  const warm: UnlockTiming[] = [];
  for (let n = 0; n < options.unlockRepeats; n++) {
    const { index: _again, ...timing } = await timedUnlock(db, options.passphrase);
    warm.push(timing);
  }
  const pagedMs: number[] = [];
  for (let n = 0; n < Math.max(1, options.unlockRepeats); n++) {
    const key = await unlock(db, options.passphrase);
    const [paged, ms] = await timed(() => loadSearchIndexPaged(db, key));
    if (paged.size !== index.size) throw new Error(`the paged index holds ${paged.size} conversations`);
    pagedMs.push(ms);
  }
  progress(
    `naive baseline: decrypting every note of ${options.naiveConversations.toLocaleString('en')} conversations one by one…`,
  );
  const naive = await naiveUnlock(db, options.passphrase, options.naiveConversations);

  progress('searching…');
  const key = await unlock(db, options.passphrase);
  const { texts, phasesMs } = await foldedTexts(db, key);
  const queries = searchQueries(options);
  for (const query of queries.slice(0, 5)) {
    index.search(query);
    rawScan(texts, query);
  }
  const indexMs: number[] = [];
  const rawScanMs: number[] = [];
  const hits: number[] = [];
  for (const query of queries) {
    // Each query a few times, taking turns at going first; its median damps a moment of CPU contention.
    const indexRuns: number[] = [];
    const rawRuns: number[] = [];
    for (let run = 0; run < options.searchRepeats; run++) {
      const runIndex = () => {
        const start = performance.now();
        const found = index.search(query).size;
        indexRuns.push(performance.now() - start);
        if (run === 0) hits.push(found);
      };
      const runRaw = () => {
        const start = performance.now();
        rawScan(texts, query);
        rawRuns.push(performance.now() - start);
      };
      if (run % 2 === 0) {
        runIndex();
        runRaw();
      } else {
        runRaw();
        runIndex();
      }
    }
    indexMs.push(median(indexRuns));
    rawScanMs.push(median(rawRuns));
  }
  const markerHits = Object.fromEntries(options.markers.map(({ word }) => [word, index.search(word).size]));

  progress('searching combined with findConversations(), without and with filters…');
  const withListMs: number[] = [];
  const withFilterMs: number[] = [];
  const rowsInMemoryMs: number[] = [];
  const rows = await db.conversations.toArray();
  for (const [at, query] of queries.entries()) {
    const filter = FILTERS[at % FILTERS.length] ?? {};
    // What the list does for words alone: the newest page of hits.
    withListMs.push((await timed(() => newestAmong(db, index.search(query), 50)))[1]);
    withFilterMs.push((await timed(() => findConversations(db, filter, index.search(query))))[1]);
    rowsInMemoryMs.push((await timed(async () => findInMemory(rows, filter, index.search(query))))[1]);
  }
  const perFilterMs: Record<string, number> = {};
  for (const filter of FILTERS) {
    const times: number[] = [];
    for (let n = 0; n < 3; n++) times.push((await timed(() => findConversations(db, filter)))[1]);
    perFilterMs[JSON.stringify(filter)] = median(times);
  }
  db.close();
  return {
    openMs,
    list: {
      coldMs: listColdMs,
      warmMs: listWarmMs,
      allRowsColdMs,
      allRowsWarmMs,
      rows: page.length,
      count,
    },
    unlock: { cold, warm, naive, indexSize: index.size, phasesMs, pagedMs },
    search: {
      queries,
      indexMs,
      rawScanMs,
      hits,
      withListMs,
      withFilterMs,
      perFilterMs,
      rowsInMemoryMs,
      markerHits,
    },
  };
}

window.scaleBench = { generate, measure };
document.body.dataset.ready = 'true';
