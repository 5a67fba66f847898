import { BuurtgesprekDatabase } from '../../src/db/database';
import { type Note, saveNote } from '../../src/db/notes';
import { createDataKey } from '../../src/db/sealed-box';
import { freshPlainDatabase, plainPut } from './plain-notes-store';
import type { StorageBenchResult, WriteTimings } from './storage-bench-result';

const WARM_UP_WRITES = 50;
const BLOCKS = 4;
const PHRASES = [
  'Mevrouw vertelt dat de buren elkaar helpen met boodschappen sinds de winter.',
  'Trots op het speeltuintje dat bewoners zelf hebben opgeknapt.',
  'Zorgen over de drukte op de kruising bij de school, vooral om half negen.',
  'Wil graag meedoen aan de moestuin als er een plek vrijkomt.',
];

/** Notes of realistic length (one to four sentences, every fifth with a quote), the same for both runs. */
function notes(count: number, prefix: string): Note[] {
  return Array.from({ length: count }, (_, index) => {
    const sentences = PHRASES.slice(0, 1 + (index % PHRASES.length));
    return {
      id: `${prefix}-${index}`,
      conversationId: `conversation-${index % 20}`,
      promptId: index % 3 === 0 ? null : `prompt-${index % 7}`,
      text: sentences.join(' '),
      quotes: index % 5 === 0 ? [{ id: `${prefix}-quote-${index}`, text: sentences[0] ?? '' }] : [],
      updatedAt: 1_700_000_000_000 + index,
    };
  });
}

/** Each write awaited before the next, as autosave does: one transaction per save. */
async function timeWrites(
  items: readonly Note[],
  write: (note: Note) => Promise<void>,
): Promise<WriteTimings> {
  const perWriteMs: number[] = [];
  const start = performance.now();
  for (const note of items) {
    const before = performance.now();
    await write(note);
    perWriteMs.push(performance.now() - before);
  }
  return { totalMs: performance.now() - start, perWriteMs };
}

function joined(parts: readonly WriteTimings[]): WriteTimings {
  return {
    totalMs: parts.reduce((sum, part) => sum + part.totalMs, 0),
    perWriteMs: parts.flatMap((part) => part.perWriteMs),
  };
}

async function freshAppDatabase(name: string): Promise<BuurtgesprekDatabase> {
  const db = new BuurtgesprekDatabase(name);
  await db.delete();
  await db.open();
  return db;
}

async function runBench(writes: number): Promise<StorageBenchResult> {
  // Unlocking (the key) and opening the databases happen once per session in the app: not timed.
  const key = await createDataKey();
  const plain = await freshPlainDatabase('bench-plain');
  const app = await freshAppDatabase('bench-storage-layer');
  // Warm up both paths (JIT, IndexedDB backend, WebCrypto) on throwaway ids before timing.
  await timeWrites(notes(WARM_UP_WRITES, 'warm-up'), (note) => plainPut(plain, note));
  await timeWrites(notes(WARM_UP_WRITES, 'warm-up'), (note) => saveNote(app, key, note));

  // Four blocks, taking turns at going first (ABBA…), so drift during the run (GC, LevelDB
  // compaction, a busy core) hits both paths alike. Each path still writes every record once.
  const items = notes(writes, 'note');
  const size = Math.ceil(items.length / BLOCKS);
  const plainTimings: WriteTimings[] = [];
  const layerTimings: WriteTimings[] = [];
  for (let block = 0; block < BLOCKS; block++) {
    const part = items.slice(block * size, (block + 1) * size);
    const paths = [
      async () => plainTimings.push(await timeWrites(part, (note) => plainPut(plain, note))),
      async () => layerTimings.push(await timeWrites(part, (note) => saveNote(app, key, note))),
    ];
    if (block % 2 === 1) paths.reverse();
    for (const path of paths) await path();
  }
  plain.close();
  app.close();
  return { storageLayer: joined(layerTimings), plainIndexedDb: joined(plainTimings) };
}

window.runBench = runBench;
document.body.dataset.ready = 'true';
